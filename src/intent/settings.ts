import type { Language } from '../kb/types';
import type { ConfidenceModel } from './confidence';

/**
 * Tuning for the intent matcher. The confidence model and its thresholds are fitted by
 * `npm run eval:tune` on the dev split of test/eval/real.tsv plus the self-written set; the test
 * split is never used to choose them. Change them only with the eval in hand.
 */
export interface MatcherSettings {
  /** Logistic model from the match's features to the chance the best entry is right. */
  confidence: ConfidenceModel;
  /** Logistic model from the same features to the chance the question is one the knowledge covers. */
  inScope: ConfidenceModel;
  /** Below this in-scope chance the bot says the question isn't one it covers. */
  inScopeAbove: number;
  /** At or above this confidence the best entry is answered outright. */
  answerAbove: number;
  /** Below answerAbove, entries scoring at least this share of the best are offered together. */
  tieShare: number;
  /** Added to entries the previous answer offered as follow-ups, when the question is short. */
  followUpBoost: number;
  /** Added to entries on the previous answer's topic, when the question is short. */
  topicBoost: number;
  /** Added to entries written for the user's known role, and taken from those for the other side. */
  roleBoost: number;
  /** A question with at most this many content words counts as short (a follow-up). */
  shortQuestionWords: number;
  /** Most candidates offered when clarifying (QnA Maker's "Did you mean" shows the top 3). */
  maxClarify: number;
  /** How much each unknown word counts against a score (0 ignores unknown words). */
  unknownWordWeight: number;
  /** Share of the score from the best single phrasing (the rest from the entry as a whole). */
  phrasingShare: number;
  /** Share of the score from the answer's own text (the rest from its phrasings). */
  bodyShare: number;
  /**
   * Calibration: the blended score is raised to this power. Lexical scores bunch up near the top for
   * short questions ("collect judgment" matches every collecting entry); spreading them lets the
   * "Did you mean" rule tell a clear winner from a real tie. Chosen with the evaluation set.
   */
  scoreExponent: number;
  /** How much a story sentence's words count next to the question sentence's (see focus.ts). */
  storyWeight: number;
  /** Longest text matched, in characters; longer messages are matched on their last part. */
  maxMatchChars: number;
}

export const DEFAULT_MATCHER_SETTINGS: Readonly<MatcherSettings> = Object.freeze({
  confidence: {
    bias: 1.702,
    weights: { score: 0.266, margin: 1.654, phrased: 3.004, whole: 0.784, body: -1.241, matched: 1.037, coverage: 0.552, domainShare: 0.282, length: -1.601, outOfScope: 0.669 },
  },
  inScope: {
    bias: -10.335,
    weights: { score: 2.191, margin: 0.843, phrased: 3.351, whole: 1.94, body: -0.507, matched: 0.236, coverage: 2.452, domainShare: 1.975, length: 2.41, outOfScope: -2.979 },
  },
  inScopeAbove: 0.725,
  answerAbove: 0.75,
  tieShare: 0.85,
  followUpBoost: 0.15,
  topicBoost: 0.05,
  roleBoost: 0.12,
  shortQuestionWords: 5,
  maxClarify: 3,
  unknownWordWeight: 0.3,
  phrasingShare: 0.4,
  bodyShare: 0.15,
  scoreExponent: 2,
  storyWeight: 0.5,
  maxMatchChars: 600,
});

/**
 * What differs for a language: Spanish questions score differently (another stemmer, fewer phrasings,
 * Spanglish), so its models and operating point are fitted on the Spanish dev split
 * (`npm run eval:tune -- es`). Everything not named here is the same as English.
 */
export const LANGUAGE_SETTINGS: Readonly<Record<Language, Partial<MatcherSettings>>> = Object.freeze({
  en: {},
  // The confidence model and answer threshold are fitted on the Spanish dev split (87 in scope, 34
  // off-topic; `npm run eval:tune -- es`, 2026-12-02). The in-scope model stays the English one: fitted
  // on so few rows it turned away one-word questions ("bancarrota") and short follow-ups ("y mi carro?").
  es: {
    confidence: {
      bias: -2.41,
      weights: { score: 0.84, margin: 4.213, phrased: 4.789, whole: 1.223, body: -1.444, matched: 1.475, coverage: -0.577, domainShare: 0.337, length: -0.886, outOfScope: -1.763 },
    },
    answerAbove: 0.6,
    tieShare: 0.85,
  },
});
