"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.focusParts = focusParts;
const normalize_1 = require("./normalize");
// A sentence that asks something: ends with "?" or opens the way English questions open.
const QUESTION_OPENING = /^(how|what|whats|when|where|who|why|which|can|could|do|does|did|is|are|am|was|will|would|should|shall|may|must|any|if|so|and|but|also)\b/;
/**
 * Splits a message into sentences and weighs them: people tell the story first and ask last
 * ("I lent my friend $800... he moved to Texas. Can I still sue him?"), and the story's words
 * (friend, Texas, lent) say less about which answer they need than the question's do.
 * A message with no question-like sentence counts its last sentence as the question.
 */
function focusParts(text, storyWeight) {
    const sentences = text
        .split(/(?<=[.?!])\s+|\n+/)
        .map((raw) => ({ raw: raw.trim(), normalized: (0, normalize_1.normalizeText)(raw) }))
        .filter((sentence) => sentence.normalized);
    if (sentences.length <= 1)
        return sentences.map(({ normalized }) => ({ normalized, weight: 1 }));
    const asks = sentences.map(({ raw, normalized }) => raw.endsWith('?') || QUESTION_OPENING.test(normalized));
    if (!asks.some(Boolean))
        asks[asks.length - 1] = true;
    return sentences.map(({ normalized }, i) => ({ normalized, weight: asks[i] ? 1 : storyWeight }));
}
