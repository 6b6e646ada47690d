/**
 * Tuning for the intent matcher. The thresholds were set by running `npm run eval` over
 * test/eval/questions.tsv and picking the values that best separate right answers from
 * out-of-scope questions; change them only with the eval in hand.
 */
export interface MatcherSettings {
  /** Below this calibrated score nothing fits: fall back. */
  fallbackBelow: number;
  /** At or above this (0..1) the top candidate is answered outright, as QnA Maker does above 95. */
  certainAbove: number;
  /** An out-of-scope signal ("divorce", "evict") wins unless the best entry scores at least this. */
  outOfScopeOverride: number;
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
  /** Longest text matched, in characters; longer messages are matched on their last part. */
  maxMatchChars: number;
}

export const DEFAULT_MATCHER_SETTINGS: Readonly<MatcherSettings> = Object.freeze({
  fallbackBelow: 0.01,
  certainAbove: 0.95,
  outOfScopeOverride: 0.64,
  followUpBoost: 0.15,
  topicBoost: 0.05,
  roleBoost: 0.12,
  shortQuestionWords: 5,
  maxClarify: 3,
  unknownWordWeight: 0.3,
  phrasingShare: 0.4,
  bodyShare: 0.15,
  scoreExponent: 2,
  maxMatchChars: 600,
});
