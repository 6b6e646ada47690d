"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decide = decide;
/**
 * Two questions, two models: is this a question the knowledge covers at all (`inScope`), and is the
 * best entry the right one (`confidence`)? Not covered → say so honestly, naming the area it belongs
 * to when the question names one. Covered and the best entry likely right, or nothing tied with it →
 * answer. Covered but the best entries really tied → offer them ("Did you mean").
 */
function decide(candidates, confidence, inScope, settings, area) {
    const top = candidates[0];
    if (!top || inScope < settings.inScopeAbove)
        return { kind: 'fallback', score: inScope, ...(area ? { area } : {}) };
    const best = top.raw ?? top.score;
    const tied = candidates.slice(0, settings.maxClarify).filter((candidate) => (candidate.raw ?? candidate.score) >= best * settings.tieShare);
    if (confidence >= settings.answerAbove || tied.length < 2)
        return { kind: 'answer', id: top.id, score: confidence };
    return { kind: 'clarify', candidates: tied };
}
