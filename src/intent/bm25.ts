/**
 * A small BM25 index over pre-processed terms. Scores are normalised by the best score the query's
 * terms could reach, so they land in [0, 1] and can be compared against fixed thresholds.
 *
 * Documents are added one by one, then compiled on first search into typed arrays: scoring a query
 * walks each term's posting list once and accumulates into a reused buffer, with no per-query maps,
 * so it stays fast at tens of thousands of documents.
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

/** Receives each document that shares a term with the query, and its normalised score. */
export type ScoreVisitor = (doc: number, score: number) => void;

interface Posting {
  docs: Int32Array;
  tfs: Float32Array;
}

interface ScoredTerm extends WeightedTerm {
  posting: Posting;
  idf: number;
}

interface Compiled {
  postings: Map<string, Posting>;
  termIds: Map<string, number>;
  /** Each document's distinct term ids (sorted) and their counts, flattened; offsets per document. */
  docOffsets: Int32Array;
  docTermIds: Int32Array;
  docTermTfs: Float32Array;
  /** k1 × (1 − b + b × length / average length), per document. */
  lengthNorm: Float32Array;
  /** Sum of idf over each document's distinct terms (for the overlap score). */
  mass: Float64Array;
  scratch: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
}

/**
 * Above this many documents, a term found in more than COMMON_SHARE of them is only added to documents
 * that rarer query terms already found: documents sharing nothing but very common words ("claim",
 * "judgment") with the question cannot win, and walking their long posting lists would dominate.
 */
const PRUNE_ABOVE_DOCS = 5000;
const COMMON_SHARE = 0.02;

export class Bm25Index {
  private readonly building = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly lengths: number[] = [];
  private readonly distinct: string[][] = [];
  private totalLength = 0;
  private compiled: Compiled | undefined;
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
    this.totalLength += terms.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let posting = this.building.get(term);
      if (!posting) this.building.set(term, (posting = { docs: [], tfs: [] }));
      posting.docs.push(doc);
      posting.tfs.push(tf);
    }
    this.distinct.push([...counts.keys()]);
    this.compiled = undefined;
    return doc;
  }

  has(term: string): boolean {
    return this.building.has(term);
  }

  /** Whether document `doc` contains `term`. */
  contains(doc: number, term: string): boolean {
    const index = this.compile();
    const id = index.termIds.get(term);
    return id !== undefined && findTerm(index.docTermIds, index.docOffsets[doc]!, index.docOffsets[doc + 1]!, id) >= 0;
  }

  idf(term: string): number {
    const n = this.building.get(term)?.docs.length ?? 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** The idf an unseen term would have: the rarest possible. */
  get maxIdf(): number {
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  /**
   * BM25 for every document that shares a term with the query. `unknownWeight` is how much each of the
   * query's unknown terms counts against every score (0 = ignore them).
   */
  search(query: readonly WeightedTerm[], unknownTerms: number, unknownWeight: number, visit: ScoreVisitor): void {
    const index = this.compile();
    const k1plus1 = this.options.k1 + 1;
    let best = unknownTerms * unknownWeight * this.maxIdf * k1plus1;
    for (const { term, weight } of query) best += weight * this.idf(term) * k1plus1;
    const touched = this.accumulate(index, query, true);
    for (let i = 0; i < touched; i += 1) {
      const doc = index.touched[i]!;
      if (best > 0) visit(doc, Math.min(1, index.scratch[doc]! / best));
      index.scratch[doc] = 0;
      index.seen[doc] = 0;
    }
  }

  /**
   * idf-weighted Dice overlap between the query's terms and each document's: 1 when they share every
   * term, lower when either side has terms the other lacks. Suited to short documents (one phrasing
   * each), where BM25's length normalisation says little.
   */
  overlap(query: readonly WeightedTerm[], unknownTerms: number, unknownWeight: number, visit: ScoreVisitor): void {
    const index = this.compile();
    let queryMass = unknownTerms * unknownWeight * this.maxIdf;
    for (const { term, weight } of query) queryMass += weight * this.idf(term);
    const touched = this.accumulate(index, query, false);
    for (let i = 0; i < touched; i += 1) {
      const doc = index.touched[i]!;
      visit(doc, (2 * index.scratch[doc]!) / (queryMass + index.mass[doc]!));
      index.scratch[doc] = 0;
      index.seen[doc] = 0;
    }
  }

  /**
   * Adds each query term's contribution into the scratch buffer and returns how many documents were
   * touched (listed in `touched`). Rare terms walk their posting lists; at large sizes, common terms are
   * looked up only in the documents already found.
   */
  private accumulate(index: Compiled, query: readonly WeightedTerm[], bm25: boolean): number {
    const k1plus1 = this.options.k1 + 1;
    const { scratch, seen, lengthNorm } = index;
    const list = index.touched;
    const commonAt = this.size > PRUNE_ABOVE_DOCS ? this.size * COMMON_SHARE : Infinity;
    // A plain loop: on Node 20 an object spread per term (`{ ...item, posting }`) cost more than the
    // whole posting walk at the shipped size.
    const terms: ScoredTerm[] = [];
    for (const { term, weight } of query) {
      const posting = index.postings.get(term);
      if (posting) terms.push({ term, weight, posting, idf: this.idf(term) });
    }
    const rare = terms.filter((item) => item.posting.docs.length <= commonAt);
    const common = rare.length ? terms.filter((item) => item.posting.docs.length > commonAt) : [];
    let touched = 0;
    // Two copies of the loop (BM25, or plain idf overlap) keep the hot path free of function calls.
    for (const { weight, idf, posting } of rare.length ? rare : terms) {
      const { docs, tfs } = posting;
      const scaled = weight * idf;
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i]!;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          list[touched++] = doc;
        }
        if (bm25) {
          const tf = tfs[i]!;
          scratch[doc]! += (scaled * tf * k1plus1) / (tf + lengthNorm[doc]!);
        } else scratch[doc]! += scaled;
      }
    }
    for (const { term, weight, idf } of common) {
      const id = index.termIds.get(term)!;
      const scaled = weight * idf;
      for (let i = 0; i < touched; i += 1) {
        const doc = list[i]!;
        const tf = termFrequency(index, doc, id);
        if (tf === 0) continue;
        scratch[doc]! += bm25 ? (scaled * tf * k1plus1) / (tf + lengthNorm[doc]!) : scaled;
      }
    }
    return touched;
  }

  private compile(): Compiled {
    if (this.compiled) return this.compiled;
    const size = this.size;
    const average = size ? this.totalLength / size : 0;
    const { k1, b } = this.options;
    const postings = new Map<string, Posting>();
    for (const [term, { docs, tfs }] of this.building) postings.set(term, { docs: Int32Array.from(docs), tfs: Float32Array.from(tfs) });
    const lengthNorm = Float32Array.from(this.lengths, (length) => k1 * (1 - b + (b * length) / (average || 1)));
    const mass = Float64Array.from(this.distinct, (terms) => terms.reduce((sum, term) => sum + this.idf(term), 0));
    const termIds = new Map([...this.building.keys()].map((term, id) => [term, id]));
    const docOffsets = new Int32Array(size + 1);
    const total = this.distinct.reduce((sum, terms) => sum + terms.length, 0);
    const docTermIds = new Int32Array(total);
    const docTermTfs = new Float32Array(total);
    let at = 0;
    this.distinct.forEach((terms, doc) => {
      docOffsets[doc] = at;
      const ids = terms.map((term) => termIds.get(term)!).sort((a, b) => a - b);
      for (const id of ids) docTermIds[at++] = id;
    });
    docOffsets[size] = at;
    for (const [term, { docs, tfs }] of this.building) {
      const id = termIds.get(term)!;
      docs.forEach((doc, i) => {
        docTermTfs[findTerm(docTermIds, docOffsets[doc]!, docOffsets[doc + 1]!, id)] = tfs[i]!;
      });
    }
    this.compiled = { postings, termIds, docOffsets, docTermIds, docTermTfs, lengthNorm, mass, scratch: new Float64Array(size), seen: new Uint8Array(size), touched: new Int32Array(size) };
    return this.compiled;
  }
}

/** Position of `id` in the sorted slice [from, to) of `ids`, or -1. */
function findTerm(ids: Int32Array, from: number, to: number, id: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = ids[mid]!;
    if (value === id) return mid;
    if (value < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function termFrequency(index: Compiled, doc: number, id: number): number {
  const at = findTerm(index.docTermIds, index.docOffsets[doc]!, index.docOffsets[doc + 1]!, id);
  return at < 0 ? 0 : index.docTermTfs[at]!;
}
