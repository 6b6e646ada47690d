"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntentMatcher = void 0;
const figures_1 = require("../kb/figures");
const bm25_1 = require("./bm25");
const confidence_1 = require("./confidence");
const decision_1 = require("./decision");
const englishWords_1 = require("./englishWords");
const focus_1 = require("./focus");
const normalize_1 = require("./normalize");
const role_1 = require("./role");
const settings_1 = require("./settings");
const spelling_1 = require("./spelling");
const synonyms_1 = require("./synonyms");
const tokenize_1 = require("./tokenize");
const MAX_CANDIDATES = 10;
/**
 * Maps a free-form question to knowledge entries: normalise → correct words → expand synonyms →
 * stem → rank with BM25 → apply conversation context → decide answer / clarify / fallback.
 */
class IntentMatcher {
    kb;
    settings;
    synonyms;
    speller;
    entryIndex = new bm25_1.Bm25Index();
    phrasingIndex = new bm25_1.Bm25Index();
    bodyIndex = new bm25_1.Bm25Index();
    entryOfPhrasing = [];
    entries;
    exactPhrases = new Map();
    areas;
    constructor(kb, settings = {}) {
        this.kb = kb;
        this.settings = { ...settings_1.DEFAULT_MATCHER_SETTINGS, ...settings };
        this.synonyms = new synonyms_1.SynonymRewriter(kb.synonyms);
        this.entries = kb.entries;
        const vocabulary = new Set();
        this.entries.forEach((entry, index) => {
            const phrasings = [entry.question, ...entry.alternates];
            const entryTerms = [];
            for (const phrasing of phrasings) {
                const normalized = (0, normalize_1.normalizeText)(phrasing);
                this.exactPhrases.set(normalized, index);
                const rewritten = this.synonyms.rewrite(normalized);
                for (const word of normalized.split(' '))
                    vocabulary.add(word);
                for (const word of rewritten.split(' '))
                    vocabulary.add(word);
                const terms = (0, tokenize_1.contentWords)(rewritten).map(tokenize_1.stem);
                entryTerms.push(...terms);
                this.phrasingIndex.add(terms);
                this.entryOfPhrasing.push(index);
            }
            for (const form of entry.forms)
                entryTerms.push((0, normalize_1.normalizeText)(form));
            this.entryIndex.add(entryTerms);
            const body = this.synonyms.rewrite((0, normalize_1.normalizeText)(entry.body.replace(figures_1.FIGURE_PLACEHOLDER, ' ')));
            for (const word of body.split(' '))
                vocabulary.add(word);
            this.bodyIndex.add((0, tokenize_1.contentWords)(body).map(tokenize_1.stem));
        });
        for (const group of kb.synonyms)
            for (const phrase of group)
                for (const word of (0, normalize_1.normalizeText)(phrase).split(' '))
                    vocabulary.add(word);
        for (const word of tokenize_1.STOPWORDS)
            vocabulary.delete(word);
        this.speller = new spelling_1.SpellingCorrector(vocabulary);
        this.areas = kb.outOfScope.map((area) => ({
            area,
            patterns: area.signals.map((signal) => new RegExp(`\\b${(0, normalize_1.normalizeText)(signal)}`)),
            exceptions: (area.unless ?? []).map((phrase) => new RegExp(`\\b${(0, normalize_1.normalizeText)(phrase)}`)),
        }));
    }
    /** The thresholds and model this matcher decides with (for reports). */
    get settingsInUse() {
        return this.settings;
    }
    match(text, context = {}) {
        const query = this.analyze(text);
        const exact = this.exactPhrases.get(query.normalized);
        if (exact !== undefined) {
            const id = this.entries[exact].id;
            return { candidates: [{ id, score: 1 }], decision: { kind: 'answer', id, score: 1 }, confidence: 1, inScope: 1 };
        }
        const ranked = this.rank(query, context);
        const candidates = ranked.map(({ index, score, raw }) => ({ id: this.entries[index].id, score, raw }));
        const features = this.features(query, ranked);
        const confidence = round((0, confidence_1.confidenceOf)(features, this.settings.confidence));
        const inScope = round((0, confidence_1.confidenceOf)(features, this.settings.inScope));
        const area = this.outOfScopeArea(query.normalized);
        return { candidates, decision: (0, decision_1.decide)(candidates, confidence, inScope, this.settings, area), confidence, inScope, features };
    }
    analyze(text) {
        // In a long story the question usually comes last.
        const clipped = text.length > this.settings.maxMatchChars ? text.slice(-this.settings.maxMatchChars).replace(/^\S*\s/, '') : text;
        const parts = (0, focus_1.focusParts)(clipped, this.settings.storyWeight);
        const normalized = parts.map((part) => part.normalized).join(' ');
        const weights = new Map();
        let unknown = 0;
        const unknownSeen = new Set();
        for (const part of parts) {
            const corrections = new Map();
            const corrected = part.normalized.split(' ').map((word) => this.correctWord(word, corrections)).join(' ');
            for (const word of (0, tokenize_1.contentWords)(this.synonyms.rewrite(corrected))) {
                const term = (0, tokenize_1.stem)(word);
                if (!this.isIndexed(term)) {
                    if (!unknownSeen.has(term))
                        unknown += part.weight;
                    unknownSeen.add(term);
                    continue;
                }
                const weight = (corrections.get(word) ?? 1) * part.weight;
                if (weight > (weights.get(term) ?? 0))
                    weights.set(term, weight);
            }
        }
        const terms = [...weights].map(([term, weight]) => ({ term, weight }));
        return { terms, unknown, normalized, role: (0, role_1.detectRole)(normalized) };
    }
    /** The word as the knowledge spells it, noting how sure a correction was. */
    correctWord(word, corrections) {
        if (tokenize_1.STOPWORDS.has(word) || this.speller.has(word) || this.isIndexed((0, tokenize_1.stem)(word)))
            return word;
        // A real word the knowledge doesn't use ("pizza", "router") is not a typo of one it does.
        if ((0, englishWords_1.isEnglishWord)(word))
            return word;
        const correction = this.speller.correct(word);
        if (!correction)
            return word;
        corrections.set(correction.word, correction.confidence);
        return correction.word;
    }
    isIndexed(term) {
        return this.entryIndex.has(term) || this.bodyIndex.has(term);
    }
    rank(query, context) {
        const { phrasingShare, bodyShare, unknownWordWeight, scoreExponent } = this.settings;
        const count = this.entries.length;
        const whole = new Float64Array(count);
        const bodies = new Float64Array(count);
        const phrased = new Float64Array(count);
        const touched = [];
        const seen = new Uint8Array(count);
        const touch = (entry) => {
            if (!seen[entry]) {
                seen[entry] = 1;
                touched.push(entry);
            }
        };
        this.entryIndex.search(query.terms, query.unknown, unknownWordWeight, (entry, score) => {
            whole[entry] = score;
            touch(entry);
        });
        this.bodyIndex.search(query.terms, query.unknown, unknownWordWeight, (entry, score) => {
            bodies[entry] = score;
            touch(entry);
        });
        this.phrasingIndex.overlap(query.terms, query.unknown, unknownWordWeight, (doc, score) => {
            const entry = this.entryOfPhrasing[doc];
            if (score > phrased[entry])
                phrased[entry] = score;
            touch(entry);
        });
        // Keep only the best few, in order: sorting every touched entry would dominate at large sizes.
        const top = [];
        for (const entry of touched) {
            const blended = (1 - bodyShare) * (phrasingShare * phrased[entry] + (1 - phrasingShare) * whole[entry]) + bodyShare * bodies[entry];
            const raw = Math.min(1, Math.max(0, blended + this.contextBoost(this.entries[entry], query, context)));
            const score = round(raw ** scoreExponent);
            if (top.length === MAX_CANDIDATES && score <= top[top.length - 1].score)
                continue;
            let at = top.length;
            while (at > 0 && (top[at - 1].score < score || (top[at - 1].score === score && this.entries[top[at - 1].index].id > this.entries[entry].id)))
                at -= 1;
            top.splice(at, 0, { index: entry, raw, score, phrased: phrased[entry], whole: whole[entry], body: bodies[entry] });
            if (top.length > MAX_CANDIDATES)
                top.pop();
        }
        return top;
    }
    /** The evidence the confidence model weighs; see confidence.ts. */
    features(query, ranked) {
        const best = ranked[0];
        const words = query.terms.length + query.unknown;
        let total = query.unknown * this.entryIndex.maxIdf;
        let covered = 0;
        for (const { term, weight } of query.terms) {
            const idf = this.entryIndex.idf(term);
            total += idf;
            if (best && (this.entryIndex.contains(best.index, term) || this.bodyIndex.contains(best.index, term)))
                covered += idf * weight;
        }
        return {
            score: best?.raw ?? 0,
            margin: best ? best.raw - (ranked[1]?.raw ?? 0) : 0,
            phrased: best?.phrased ?? 0,
            whole: best?.whole ?? 0,
            body: best?.body ?? 0,
            matched: covered / this.entryIndex.maxIdf,
            coverage: total > 0 ? covered / total : 0,
            domainShare: words ? query.terms.length / words : 0,
            length: Math.log1p(words),
            outOfScope: this.outOfScopeArea(query.normalized) ? 1 : 0,
        };
    }
    contextBoost(entry, query, context) {
        const { followUpBoost, topicBoost, roleBoost, shortQuestionWords } = this.settings;
        let boost = 0;
        const previous = context.previousEntryId ? this.kb.byId.get(context.previousEntryId) : undefined;
        if (previous && query.terms.length + query.unknown <= shortQuestionWords) {
            if (previous.followUps.includes(entry.id))
                boost += followUpBoost;
            else if (previous.topic === entry.topic && previous.id !== entry.id)
                boost += topicBoost;
        }
        // A side named in this very message ("they froze MY account") is strong evidence; a side
        // remembered from earlier turns counts half, since people can be on both sides of different cases.
        if (query.role) {
            if (entry.audience === query.role)
                boost += roleBoost;
            else if (entry.audience === 'creditor' || entry.audience === 'debtor')
                boost -= roleBoost;
        }
        else if (context.role) {
            if (entry.audience === context.role)
                boost += roleBoost / 2;
            else if (entry.audience === 'creditor' || entry.audience === 'debtor')
                boost -= roleBoost / 2;
        }
        return boost;
    }
    outOfScopeArea(normalized) {
        return this.areas.find(({ patterns, exceptions }) => patterns.some((pattern) => pattern.test(normalized)) && !exceptions.some((pattern) => pattern.test(normalized)))?.area;
    }
}
exports.IntentMatcher = IntentMatcher;
function round(score) {
    return Math.round(score * 1000) / 1000;
}
