"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.closeCandidates = closeCandidates;
// Constants of botbuilder-ai's QnA Maker active learning ("Did you mean"), scores on a 0..100 scale.
const PREVIOUS_LOW_SCORE_VARIATION_MULTIPLIER = 0.7;
const MAX_LOW_SCORE_VARIATION_MULTIPLIER = 1.0;
const MAXIMUM_SCORE_FOR_LOW_SCORE_VARIATION = 95;
const MINIMUM_SCORE_FOR_LOW_SCORE_VARIATION = 20;
/**
 * The candidates too close to the top one to pick between, by the rule QnA Maker's dialog uses for
 * "Did you mean": each next candidate must be within a square-root band of both the previous
 * candidate and the top. A single result means the top one stands alone.
 */
function closeCandidates(ranked) {
    if (ranked.length <= 1)
        return [...ranked];
    const top = ranked[0].score * 100;
    if (top > MAXIMUM_SCORE_FOR_LOW_SCORE_VARIATION)
        return [ranked[0]];
    if (top <= MINIMUM_SCORE_FOR_LOW_SCORE_VARIATION)
        return [];
    const kept = [ranked[0]];
    let previous = top;
    for (const candidate of ranked.slice(1)) {
        const score = candidate.score * 100;
        if (withinBand(previous, score, PREVIOUS_LOW_SCORE_VARIATION_MULTIPLIER) && withinBand(top, score, MAX_LOW_SCORE_VARIATION_MULTIPLIER)) {
            previous = score;
            kept.push(candidate);
        }
    }
    return kept;
}
function withinBand(reference, score, multiplier) {
    return reference - score < multiplier * Math.sqrt(reference);
}
//# sourceMappingURL=clarify.js.map