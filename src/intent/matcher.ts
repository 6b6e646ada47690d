import { FIGURE_PLACEHOLDER } from '../kb/figures';
import type { KnowledgeBase, KnowledgeEntry, OutOfScopeArea, Role } from '../kb/types';
import { Bm25Index, type WeightedTerm } from './bm25';
import { confidenceOf, type MatchFeatures } from './confidence';
import { decide } from './decision';
import { focusParts } from './focus';
import { normalizeText } from './normalize';
import { DEFAULT_MATCHER_SETTINGS, LANGUAGE_SETTINGS, type MatcherSettings } from './settings';
import { SpellingCorrector } from './spelling';
import { SynonymRewriter } from './synonyms';
import { TEXT_PROFILES, type TextProfile } from './textProfile';
import type { MatchContext, MatchResult } from './types';

interface AnalyzedQuery {
  terms: WeightedTerm[];
  unknown: number;
  /** The cleaned-up text, for exact-phrase lookups and out-of-scope signals. */
  normalized: string;
  /** The side of the judgment the message itself reveals, if any. */
  role?: Role;
}

const MAX_CANDIDATES = 10;

interface Ranked {
  index: number;
  /** Blended score with context, before calibration. */
  raw: number;
  score: number;
  /** The three signals blended into `raw`: best phrasing overlap, BM25 over phrasings, over the answer. */
  phrased: number;
  whole: number;
  body: number;
}

/**
 * Maps a free-form question to knowledge entries: normalise → correct words → expand synonyms →
 * stem → rank with BM25 → apply conversation context → decide answer / clarify / fallback.
 */
export class IntentMatcher {
  private readonly settings: MatcherSettings;
  private readonly text: TextProfile;
  private readonly synonyms: SynonymRewriter;
  private readonly speller: SpellingCorrector;
  private readonly entryIndex = new Bm25Index();
  private readonly phrasingIndex = new Bm25Index();
  private readonly bodyIndex = new Bm25Index();
  private readonly entryOfPhrasing: number[] = [];
  private readonly entries: KnowledgeEntry[];
  private readonly exactPhrases = new Map<string, number>();
  /** Per area, its signals (and its exceptions) as one alternation: one scan of the text instead of one per phrase. */
  private readonly areas: ReadonlyArray<{ area: OutOfScopeArea; signal: RegExp | undefined; exception: RegExp | undefined }>;

  constructor(
    private readonly kb: KnowledgeBase,
    settings: Partial<MatcherSettings> = {},
  ) {
    this.settings = { ...DEFAULT_MATCHER_SETTINGS, ...LANGUAGE_SETTINGS[kb.language], ...settings };
    // The knowledge's language decides how questions are read: new IntentMatcher(kb.spanish) reads Spanish.
    this.text = TEXT_PROFILES[kb.language];
    const { contentWords, stem } = this.text;
    this.synonyms = new SynonymRewriter(kb.synonyms);
    this.entries = kb.entries;
    const vocabulary = new Set<string>();
    this.phrasingIndex.groupDocuments(this.entryOfPhrasing);
    this.entries.forEach((entry, index) => {
      const phrasings = [entry.question, ...entry.alternates];
      const entryTerms: string[] = [];
      for (const phrasing of phrasings) {
        const normalized = normalizeText(phrasing);
        this.exactPhrases.set(normalized, index);
        const rewritten = this.synonyms.rewrite(normalized);
        for (const word of normalized.split(' ')) vocabulary.add(word);
        for (const word of rewritten.split(' ')) vocabulary.add(word);
        const terms = contentWords(rewritten).map(stem);
        entryTerms.push(...terms);
        this.phrasingIndex.add(terms);
        this.entryOfPhrasing.push(index);
      }
      for (const form of entry.forms) entryTerms.push(normalizeText(form));
      this.entryIndex.add(entryTerms);
      const body = this.synonyms.rewrite(normalizeText(entry.body.replace(FIGURE_PLACEHOLDER, ' ')));
      for (const word of body.split(' ')) vocabulary.add(word);
      this.bodyIndex.add(contentWords(body).map(stem));
    });
    for (const group of kb.synonyms) for (const phrase of group) for (const word of normalizeText(phrase).split(' ')) vocabulary.add(word);
    for (const word of this.text.stopwords) vocabulary.delete(word);
    this.speller = new SpellingCorrector(vocabulary);
    this.areas = kb.outOfScope.map((area) => ({ area, signal: anyPhrase(area.signals), exception: anyPhrase(area.unless ?? []) }));
  }

  /** The thresholds and model this matcher decides with (for reports). */
  get settingsInUse(): Readonly<MatcherSettings> {
    return this.settings;
  }

  match(text: string, context: MatchContext = {}): MatchResult {
    const query = this.analyze(text);
    const exact = this.exactPhrases.get(query.normalized);
    if (exact !== undefined) {
      const id = this.entries[exact]!.id;
      return { candidates: [{ id, score: 1 }], decision: { kind: 'answer', id, score: 1 }, confidence: 1, inScope: 1 };
    }
    const ranked = this.rank(query, context);
    const candidates = ranked.map(({ index, score, raw }) => ({ id: this.entries[index]!.id, score, raw }));
    const area = this.outOfScopeArea(query.normalized);
    const features = this.features(query, ranked, area);
    const confidence = round(confidenceOf(features, this.settings.confidence));
    const inScope = round(confidenceOf(features, this.settings.inScope));
    return { candidates, decision: decide(candidates, confidence, inScope, this.settings, area), confidence, inScope, features };
  }

  private analyze(text: string): AnalyzedQuery {
    // In a long story the question usually comes last.
    const clipped = text.length > this.settings.maxMatchChars ? text.slice(-this.settings.maxMatchChars).replace(/^\S*\s/, '') : text;
    const parts = focusParts(clipped, this.settings.storyWeight);
    const normalized = parts.map((part) => part.normalized).join(' ');
    const weights = new Map<string, number>();
    let unknown = 0;
    const unknownSeen = new Set<string>();
    for (const part of parts) {
      const corrections = new Map<string, number>();
      const corrected = part.normalized.split(' ').map((word) => this.correctWord(word, corrections)).join(' ');
      for (const word of this.text.contentWords(this.synonyms.rewrite(corrected))) {
        const term = this.text.stem(word);
        if (!this.isIndexed(term)) {
          if (!unknownSeen.has(term)) unknown += part.weight;
          unknownSeen.add(term);
          continue;
        }
        const weight = (corrections.get(word) ?? 1) * part.weight;
        if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
      }
    }
    const terms: WeightedTerm[] = [...weights].map(([term, weight]) => ({ term, weight }));
    return { terms, unknown, normalized, role: this.text.detectRole(normalized) };
  }

  /** The word as the knowledge spells it, noting how sure a correction was. */
  private correctWord(word: string, corrections: Map<string, number>): string {
    if (this.text.stopwords.has(word) || this.speller.has(word) || this.isIndexed(this.text.stem(word))) return word;
    // A real word the knowledge doesn't use ("pizza", "router") is not a typo of one it does.
    if (this.text.isCommonWord(word)) return word;
    const correction = this.speller.correct(word);
    if (!correction) return word;
    corrections.set(correction.word, correction.confidence);
    return correction.word;
  }

  private isIndexed(term: string): boolean {
    return this.entryIndex.has(term) || this.bodyIndex.has(term);
  }

  private rank(query: AnalyzedQuery, context: MatchContext): Ranked[] {
    const { phrasingShare, bodyShare, unknownWordWeight, scoreExponent } = this.settings;
    const count = this.entries.length;
    const whole = new Float64Array(count);
    const bodies = new Float64Array(count);
    const phrasedBound = new Float64Array(count);
    const touched: number[] = [];
    const seen = new Uint8Array(count);
    const touch = (entry: number): void => {
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
    const phrasing = this.phrasingIndex.prepareOverlap(query.terms, query.unknown, unknownWordWeight);
    this.phrasingIndex.overlapBounds(phrasing, (entry, bound) => {
      phrasedBound[entry] = bound;
      touch(entry);
    });
    const boosts = this.contextBoosts(touched, query, context);
    const blend = (entry: number, phrased: number): number => {
      const blended = (1 - bodyShare) * (phrasingShare * phrased + (1 - phrasingShare) * whole[entry]!) + bodyShare * bodies[entry]!;
      return Math.min(1, Math.max(0, blended + boosts[entry]!));
    };
    // Scoring an entry's best phrasing exactly walks all its phrasings, so it is done only for entries
    // whose bound could still reach the top few: the bound's score is never below the exact score.
    const bounds = new Float64Array(count);
    for (const entry of touched) bounds[entry] = round(blend(entry, phrasedBound[entry]!) ** scoreExponent);
    const phrasedOf = new Map<number, number>();
    const exactPhrased = (entry: number): number => {
      let phrased = phrasedOf.get(entry);
      if (phrased === undefined) phrasedOf.set(entry, (phrased = phrasedBound[entry]! > 0 ? this.phrasingIndex.bestOverlap(phrasing, entry) : 0));
      return phrased;
    };
    const cutoff = this.cutoff(touched, bounds, (entry) => round(blend(entry, exactPhrased(entry)) ** scoreExponent));
    // Keep only the best few, in order: sorting every touched entry would dominate at large sizes.
    // Entries scoring below the cutoff could not have entered, and leaving them out changes no tie.
    const top: Ranked[] = [];
    for (const entry of touched) {
      if (bounds[entry]! < cutoff) continue;
      const phrased = exactPhrased(entry);
      const raw = blend(entry, phrased);
      const score = round(raw ** scoreExponent);
      if (top.length === MAX_CANDIDATES && score <= top[top.length - 1]!.score) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && this.entries[top[at - 1]!.index]!.id > this.entries[entry]!.id))) at -= 1;
      top.splice(at, 0, { index: entry, raw, score, phrased, whole: whole[entry]!, body: bodies[entry]! });
      if (top.length > MAX_CANDIDATES) top.pop();
    }
    return top;
  }

  /**
   * A score the final top few all reach: the MAX_CANDIDATES-th best exact score, found by scoring
   * entries exactly in order of their bounds until the next bound falls below it.
   */
  private cutoff(touched: readonly number[], bounds: Float64Array, exactScore: (entry: number) => number): number {
    if (touched.length <= MAX_CANDIDATES) return -Infinity;
    // First a rough cutoff from the entries with the best bounds, so only a few are sorted.
    const rough: number[] = [];
    for (const entry of touched) {
      if (rough.length === MAX_CANDIDATES && bounds[entry]! <= bounds[rough[MAX_CANDIDATES - 1]!]!) continue;
      let at = rough.length;
      while (at > 0 && bounds[rough[at - 1]!]! < bounds[entry]!) at -= 1;
      rough.splice(at, 0, entry);
      if (rough.length > MAX_CANDIDATES) rough.pop();
    }
    const floor = Math.min(...rough.map(exactScore));
    const byBound = touched.filter((entry) => !(bounds[entry]! < floor)).sort((a, b) => bounds[b]! - bounds[a]!);
    const best: number[] = [];
    for (const entry of byBound) {
      if (best.length === MAX_CANDIDATES && bounds[entry]! < best[MAX_CANDIDATES - 1]!) break;
      const score = exactScore(entry);
      let at = best.length;
      while (at > 0 && best[at - 1]! < score) at -= 1;
      best.splice(at, 0, score);
      if (best.length > MAX_CANDIDATES) best.pop();
    }
    return best[MAX_CANDIDATES - 1]!;
  }

  private contextBoosts(touched: readonly number[], query: AnalyzedQuery, context: MatchContext): Float64Array {
    const boosts = new Float64Array(this.entries.length);
    for (const entry of touched) boosts[entry] = this.contextBoost(this.entries[entry]!, query, context);
    return boosts;
  }

  /** The evidence the confidence model weighs; see confidence.ts. */
  private features(query: AnalyzedQuery, ranked: readonly Ranked[], area: OutOfScopeArea | undefined): MatchFeatures {
    const best = ranked[0];
    const words = query.terms.length + query.unknown;
    let total = query.unknown * this.entryIndex.maxIdf;
    let covered = 0;
    for (const { term, weight } of query.terms) {
      const idf = this.entryIndex.idf(term);
      total += idf;
      if (best && (this.entryIndex.contains(best.index, term) || this.bodyIndex.contains(best.index, term))) covered += idf * weight;
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
      outOfScope: area ? 1 : 0,
    };
  }

  private contextBoost(entry: KnowledgeEntry, query: AnalyzedQuery, context: MatchContext): number {
    const { followUpBoost, topicBoost, roleBoost, shortQuestionWords } = this.settings;
    let boost = 0;
    const previous = context.previousEntryId ? this.kb.byId.get(context.previousEntryId) : undefined;
    if (previous && query.terms.length + query.unknown <= shortQuestionWords) {
      if (previous.followUps.includes(entry.id)) boost += followUpBoost;
      else if (previous.topic === entry.topic && previous.id !== entry.id) boost += topicBoost;
    }
    // A side named in this very message ("they froze MY account") is strong evidence; a side
    // remembered from earlier turns counts half, since people can be on both sides of different cases.
    if (query.role) {
      if (entry.audience === query.role) boost += roleBoost;
      else if (entry.audience === 'creditor' || entry.audience === 'debtor') boost -= roleBoost;
    } else if (context.role) {
      if (entry.audience === context.role) boost += roleBoost / 2;
      else if (entry.audience === 'creditor' || entry.audience === 'debtor') boost -= roleBoost / 2;
    }
    return boost;
  }

  private outOfScopeArea(normalized: string): OutOfScopeArea | undefined {
    return this.areas.find(({ signal, exception }) => signal?.test(normalized) && !exception?.test(normalized))?.area;
  }
}

/** Matches text where any of `phrases` starts at a word boundary; normalized phrases hold only [a-z0-9 ]. */
function anyPhrase(phrases: readonly string[]): RegExp | undefined {
  return phrases.length ? new RegExp(`\\b(?:${phrases.map(normalizeText).join('|')})`) : undefined;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
