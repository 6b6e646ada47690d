/**
 * A small BM25 index over pre-processed terms. Scores are normalised by the best score the query's
 * terms could reach, so they land in [0, 1] and can be compared against fixed thresholds.
 */
export interface Bm25Options {
  k1: number;
  b: number;
}

export const DEFAULT_BM25_OPTIONS: Readonly<Bm25Options> = Object.freeze({ k1: 1.2, b: 0.5 });

export interface WeightedTerm {
  term: string;
  /** 0..1: lower for words that were corrected with less certainty. */
  weight: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private averageLength = 0;
  private readonly docTerms: Array<ReadonlySet<string>> = [];
  private docMass: number[] | undefined;
  private readonly options: Bm25Options;

  constructor(options: Partial<Bm25Options> = {}) {
    this.options = { ...DEFAULT_BM25_OPTIONS, ...options };
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Adds a document (its terms, repeated as often as they occur); returns its number. */
  add(terms: readonly string[]): number {
    const doc = this.lengths.length;
    this.lengths.push(terms.length);
    this.docTerms.push(new Set(terms));
    this.docMass = undefined;
    for (const term of terms) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = new Map()));
      posting.set(doc, (posting.get(doc) ?? 0) + 1);
    }
    this.averageLength = this.lengths.reduce((sum, n) => sum + n, 0) / this.lengths.length;
    return doc;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  idf(term: string): number {
    const n = this.postings.get(term)?.size ?? 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** The idf an unseen term would have: the rarest possible. */
  get maxIdf(): number {
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  /**
   * Scores every document that shares a term with the query. `unknownWeight` is how much the
   * query's unknown terms count against every score (0 = ignore them).
   */
  search(query: readonly WeightedTerm[], unknownTerms = 0, unknownWeight = 1): Map<number, number> {
    const { k1, b } = this.options;
    const raw = new Map<number, number>();
    let best = unknownTerms * unknownWeight * this.maxIdf * (k1 + 1);
    for (const { term, weight } of query) {
      const posting = this.postings.get(term);
      const idf = this.idf(term);
      // Full weight here, reduced weight in the match: an uncertain correction lowers the score.
      best += idf * (k1 + 1);
      if (!posting) continue;
      for (const [doc, tf] of posting) {
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]!) / this.averageLength);
        raw.set(doc, (raw.get(doc) ?? 0) + weight * idf * ((tf * (k1 + 1)) / norm));
      }
    }
    if (best <= 0) return new Map();
    for (const [doc, score] of raw) raw.set(doc, Math.min(1, score / best));
    return raw;
  }

  /**
   * idf-weighted Dice overlap between the query's terms and each document's: 1 when they share
   * every term, lower when either side has terms the other lacks. Suited to short documents (one
   * phrasing each), where BM25's length normalisation says little.
   */
  overlap(query: readonly WeightedTerm[], unknownTerms = 0, unknownWeight = 1): Map<number, number> {
    const mass = (this.docMass ??= this.docTerms.map((terms) => [...terms].reduce((sum, term) => sum + this.idf(term), 0)));
    let queryMass = unknownTerms * unknownWeight * this.maxIdf;
    const shared = new Map<number, number>();
    for (const { term, weight } of query) {
      const idf = this.idf(term);
      queryMass += idf;
      for (const doc of this.postings.get(term)?.keys() ?? []) shared.set(doc, (shared.get(doc) ?? 0) + idf * weight);
    }
    const scores = new Map<number, number>();
    for (const [doc, common] of shared) scores.set(doc, (2 * common) / (queryMass + mass[doc]!));
    return scores;
  }
}
