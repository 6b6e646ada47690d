"use strict";
/**
 * Text clean-up shared by the index and the queries, so both sides are compared in the same form.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeText = normalizeText;
const CONTRACTIONS = [
    [/\bwon'?t\b/g, 'will not'],
    [/\bcan'?t\b/g, 'can not'],
    [/\bcannot\b/g, 'can not'],
    [/\bain'?t\b/g, 'is not'],
    [/\b(\w+)n't\b/g, '$1 not'],
    [/\b(i|you|we|they|he|she|it|that|what|there)'(re|ve|ll|d|m|s)\b/g, '$1'],
    [/'s\b/g, ''],
    [/\bim\b/g, 'i'],
];
// Form numbers are written "SC-100", "sc 100" or "sc100"; one token keeps them matchable.
const FORM_NUMBER = /\b(sc|ej|wg|fw|mc|int|jl|dl|civ)[\s-]?(\d{1,3}[a-z]?)\b/g;
function normalizeText(text) {
    let out = text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc`´]/g, "'")
        .replace(/[\u201c\u201d]/g, '"');
    for (const [pattern, replacement] of CONTRACTIONS)
        out = out.replace(pattern, replacement);
    out = out.replace(FORM_NUMBER, '$1$2');
    out = out.replace(/\$\s?([\d,]+(\.\d+)?)/g, ' $1 dollars ');
    out = out.replace(/(\d),(\d)/g, '$1$2');
    return out
        .replace(/[^a-z0-9]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
