"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SpellingCorrector = exports.MAX_LENGTH_TO_CORRECT = void 0;
const fastest_levenshtein_1 = require("fastest-levenshtein");
const passjoin_index_1 = __importDefault(require("mnemonist/passjoin-index"));
const levenshtein_distance_1 = require("natural/lib/natural/distance/levenshtein_distance");
const MIN_LENGTH_TO_CORRECT = 3;
/**
 * Longer "words" are pasted links, ids or keyboard mashing, not typos of a domain word; the
 * candidate search grows with length, so one such word must not cost a message its time budget.
 */
exports.MAX_LENGTH_TO_CORRECT = 24;
const MAX_CACHE = 5000;
/** Passjoin finds every vocabulary word within this many edits (Levenshtein). */
const MAX_INDEX_EDITS = 2;
/**
 * One typo in a short word, two in a long one: more than that is a different word. Dropped letters
 * are the commonest phone typo, so a short word that is the candidate with letters missing
 * ("apel" for "appeal") may differ by two.
 */
function maxEdits(word, candidate) {
    if (word.length > 5)
        return 2;
    const droppedLetters = isSubsequence(word, candidate);
    if (word.length === 3)
        return droppedLetters ? 1 : 0;
    return droppedLetters ? 2 : 1;
}
function isSubsequence(short, long) {
    let at = 0;
    for (const char of long)
        if (char === short[at])
            at += 1;
    return at === short.length;
}
/**
 * Corrects each word of a question against the knowledge vocabulary. mnemonist's Passjoin index
 * finds every vocabulary word within two edits in tens of microseconds (fuse.js scanned the whole
 * vocabulary per word: 2–10 ms for a question seen the first time); natural's Damerau-Levenshtein
 * distance then decides, counting a swap of two letters ("recieve") as one typo.
 */
class SpellingCorrector {
    known;
    index;
    cache = new Map();
    constructor(vocabulary) {
        this.known = new Set(vocabulary);
        this.index = passjoin_index_1.default.from([...this.known].filter((word) => word.length >= 2), fastest_levenshtein_1.distance, MAX_INDEX_EDITS);
    }
    has(word) {
        return this.known.has(word);
    }
    /** The vocabulary word closest to `word`, or null when nothing is close enough to trust. */
    correct(word) {
        if (this.known.has(word))
            return { word, confidence: 1 };
        if (word.length < MIN_LENGTH_TO_CORRECT || word.length > exports.MAX_LENGTH_TO_CORRECT || /\d/.test(word))
            return null;
        const cached = this.cache.get(word);
        if (cached !== undefined)
            return cached;
        const correction = this.search(word);
        if (this.cache.size >= MAX_CACHE)
            this.cache.clear();
        this.cache.set(word, correction);
        return correction;
    }
    search(word) {
        let best = null;
        let bestDistance = Infinity;
        // Sorted so that ties go the same way on every run and every machine.
        for (const item of [...this.index.search(word)].sort()) {
            const distance = (0, levenshtein_distance_1.DamerauLevenshteinDistance)(word, item, { restricted: true });
            if (distance <= maxEdits(word, item) && distance < bestDistance) {
                bestDistance = distance;
                best = { word: item, confidence: 1 - distance / (word.length + 1) };
            }
        }
        return best;
    }
}
exports.SpellingCorrector = SpellingCorrector;
