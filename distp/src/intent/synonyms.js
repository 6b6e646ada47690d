"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SynonymRewriter = void 0;
const normalize_1 = require("./normalize");
/**
 * Rewrites every phrase of a synonym group to the group's first phrase, longest phrases first so
 * "garnish my paycheck" wins over "paycheck". Applied to both the knowledge and the question.
 *
 * Phrases are looked up by their first word, one pass over the words: a single regular expression
 * alternating every phrase tried each of hundreds of phrases at every position of every answer's
 * text, and made building the matcher cost most of a second once the synonym list grew.
 */
class SynonymRewriter {
    byFirstWord = new Map();
    constructor(groups) {
        const seen = new Set();
        for (const group of groups) {
            const canonical = (0, normalize_1.normalizeText)(group[0]);
            for (const phrase of group.slice(1)) {
                const normalized = (0, normalize_1.normalizeText)(phrase);
                if (!normalized || normalized === canonical || seen.has(normalized))
                    continue;
                seen.add(normalized);
                const words = normalized.split(' ');
                const list = this.byFirstWord.get(words[0]) ?? [];
                list.push({ words, canonical });
                this.byFirstWord.set(words[0], list);
            }
        }
        for (const list of this.byFirstWord.values())
            list.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
    }
    /** `normalized` must already have gone through normalizeText. */
    rewrite(normalized) {
        if (!this.byFirstWord.size || !normalized)
            return normalized;
        const words = normalized.split(' ');
        const out = [];
        for (let at = 0; at < words.length;) {
            const match = this.byFirstWord.get(words[at])?.find((phrase) => phrase.words.every((word, k) => words[at + k] === word));
            out.push(match ? match.canonical : words[at]);
            at += match ? match.words.length : 1;
        }
        return out.join(' ');
    }
}
exports.SynonymRewriter = SynonymRewriter;
