"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.STOPWORDS = void 0;
exports.contentWords = contentWords;
exports.stem = stem;
const porter_stemmer_1 = __importDefault(require("natural/lib/natural/stemmers/porter_stemmer"));
const regexp_tokenizer_1 = require("natural/lib/natural/tokenizers/regexp_tokenizer");
const stopwords_1 = require("natural/lib/natural/util/stopwords");
// natural's English stopword list drops words that carry intent in this domain: "when"/"how long"
// ask about deadlines, "how much" about amounts, "not"/"never" flip a situation, "take" is what a
// creditor does to property. Keep them.
const KEEP = new Set(['when', 'how', 'much', 'long', 'after', 'before', 'take', 'never', 'not', 'where', 'who', 'out', 'over', 'under', 'back', 'get', 'got', 'more', 'same', 'other']);
// Every question here is about California; naming the state says nothing about which answer it needs.
const DOMAIN_STOPWORDS = ['california', 'calif', 'ca', 'cali'];
const EXTRA_STOPWORDS = [...DOMAIN_STOPWORDS, 'whether', 'please', 'hi', 'hello', 'um', 'ok', 'okay', 'just', 'really', 'so', 'guy', 'thing', 'stuff', 'know', 'need', 'want', 'does', 'doe', 'am', 'im', 'will', 'the', 'a', 'an'];
exports.STOPWORDS = new Set([...stopwords_1.words.filter((word) => !KEEP.has(word)), ...EXTRA_STOPWORDS]);
const tokenizer = new regexp_tokenizer_1.WordTokenizer();
/** Words of an already-normalized text, stopwords removed, not stemmed. */
function contentWords(normalized) {
    // Bare numbers (amounts, dates) say nothing about which question it is; form numbers keep their
    // letters ("sc100") and stay.
    return tokenizer.tokenize(normalized).filter((word) => !exports.STOPWORDS.has(word) && !/^\d+$/.test(word));
}
// Irregular verb forms the Porter stemmer leaves apart from their base ("paid" vs "pay").
const IRREGULAR = {
    paid: 'pay', took: 'take', taken: 'take', gave: 'give', given: 'give', got: 'get', gotten: 'get',
    lost: 'lose', won: 'win', sold: 'sell', left: 'leave', went: 'go', gone: 'go', bought: 'buy',
    came: 'come', told: 'tell', kept: 'keep', found: 'find', brought: 'bring', sent: 'send',
    owed: 'owe', sued: 'sue', served: 'serve', wrote: 'write', written: 'write', hit: 'hit',
    spent: 'spend', stole: 'steal', stolen: 'steal', broke: 'break', broken: 'break', froze: 'freeze', frozen: 'freeze',
};
// The same few thousand words are stemmed over and over (every phrasing, every question).
const stems = new Map();
const MAX_CACHED_STEMS = 50_000;
function stem(word) {
    if (/\d/.test(word))
        return word;
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
        stemmed = porter_stemmer_1.default.stem(IRREGULAR[word] ?? word);
        if (stems.size >= MAX_CACHED_STEMS)
            stems.clear();
        stems.set(word, stemmed);
    }
    return stemmed;
}
