/**
 * How likely the matcher's best entry is the right answer, from evidence about the question as a
 * whole rather than from the ranking score alone: a long real question scores low against every
 * entry even when one of them is plainly right, and a question about cooking rice can score well on
 * "take" and "furniture". The weights are a logistic regression fitted by `npm run eval:tune` on the
 * dev split of the real-question set (never on the test split).
 */
export interface MatchFeatures {
  /** The best entry's blended ranking score, 0..1, before calibration. */
  score: number;
  /** Its lead over the runner-up's blended score. */
  margin: number;
  /** The blend's parts for the best entry: its best phrasing's overlap, BM25 over its phrasings, over its answer. */
  phrased: number;
  whole: number;
  body: number;
  /** idf mass of the question's words that the best entry contains, in units of the rarest word's idf. */
  matched: number;
  /** idf-weighted share of the question's content words that the best entry contains. */
  coverage: number;
  /** Share of the question's content words that occur in the knowledge at all. */
  domainShare: number;
  /** Number of content words, log-scaled (long stories score lower on every entry). */
  length: number;
  /** 1 when the question names an area outside small claims ("divorce", "speeding ticket"). */
  outOfScope: number;
}

export type FeatureName = keyof MatchFeatures;

export const FEATURE_NAMES: readonly FeatureName[] = ['score', 'margin', 'phrased', 'whole', 'body', 'matched', 'coverage', 'domainShare', 'length', 'outOfScope'];

export interface ConfidenceModel {
  bias: number;
  weights: Readonly<Record<FeatureName, number>>;
}

export function confidenceOf(features: MatchFeatures, model: ConfidenceModel): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}
