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

/** A query split as `overlap` splits it, for `overlapBounds` and `bestOverlap`. */
export interface OverlapQuery {
  /** Index term ids walked through their posting lists, in query order, and each one's weight × idf. */
  walkedIds: Int32Array;
  walkedScaled: Float64Array;
  /** Common terms only counted in documents a walked term found (large indexes; see PRUNE_ABOVE_DOCS). */
  commonIds: Int32Array;
  commonScaled: Float64Array;
  /** The query's idf mass, the Dice denominator's query half. */
  mass: number;
  /** The largest term weight: a document's own mass is at least its shared score divided by it. */
  maxWeight: number;
}

/** Documents grouped into consecutive runs (a knowledge entry's phrasings), with per-group term lists. */
interface Groups {
  start: Int32Array;
  /** Each group's distinct term ids, sorted, flattened; offsets per group. */
  offsets: Int32Array;
  termIds: Int32Array;
  /** Per term id, the groups holding it, ascending. */
  postings: Int32Array[];
  /** The smallest document mass in each group. */
  minMass: Float64Array;
  scratch: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
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
  private groupOf: readonly number[] = [];
  private groups: Groups | undefined;
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
    this.groups = undefined;
    return doc;
  }

  /**
   * Groups the documents for `overlapBounds` / `bestOverlap`: `groupOf[doc]` is document `doc`'s
   * group, and never decreases (each group's documents are consecutive).
   */
  groupDocuments(groupOf: readonly number[]): void {
    this.groupOf = groupOf;
    this.groups = undefined;
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

  /** The query as `overlap` would walk it: which terms are walked, which only counted where found. */
  prepareOverlap(query: readonly WeightedTerm[], unknownTerms: number, unknownWeight: number): OverlapQuery {
    const index = this.compile();
    // The same sums, in the same order, as `overlap`, so scores come out bit for bit the same.
    let mass = unknownTerms * unknownWeight * this.maxIdf;
    for (const { term, weight } of query) mass += weight * this.idf(term);
    const { walked, common } = this.split(this.scoredTerms(index, query));
    const ids = (terms: readonly ScoredTerm[]) => Int32Array.from(terms, ({ term }) => index.termIds.get(term)!);
    const scaled = (terms: readonly ScoredTerm[]) => Float64Array.from(terms, ({ weight, idf }) => weight * idf);
    const maxWeight = query.reduce((max, { weight }) => Math.max(max, weight), 0);
    return { walkedIds: ids(walked), walkedScaled: scaled(walked), commonIds: ids(common), commonScaled: scaled(common), mass, maxWeight };
  }

  /**
   * Visits every group `overlap` would touch, in the order it would first touch them, with an upper
   * bound on the group's best overlap score. Walks one posting per group instead of one per
   * document: at 10,000 entries a group holds ~22 phrasings.
   */
  overlapBounds(query: OverlapQuery, visit: ScoreVisitor): void {
    const groups = this.groupIndex();
    const { scratch, seen, touched: list } = groups;
    let touched = 0;
    for (let t = 0; t < query.walkedIds.length; t += 1) {
      const posting = groups.postings[query.walkedIds[t]!]!;
      const scaled = query.walkedScaled[t]!;
      for (let i = 0; i < posting.length; i += 1) {
        const group = posting[i]!;
        if (seen[group] === 0) {
          seen[group] = 1;
          list[touched++] = group;
        }
        scratch[group]! += scaled;
      }
    }
    // A common term counts only in groups a walked term found (the bound's sum may run in any order).
    for (let t = 0; t < query.commonIds.length; t += 1) {
      const posting = groups.postings[query.commonIds[t]!]!;
      const scaled = query.commonScaled[t]!;
      for (let i = 0; i < posting.length; i += 1) if (seen[posting[i]!] === 1) scratch[posting[i]!]! += scaled;
    }
    for (let i = 0; i < touched; i += 1) {
      const group = list[i]!;
      const shared = scratch[group]!;
      // No phrasing shares more than the group does; its own mass is at least its smallest
      // phrasing's and at least what it shares. The slack covers rounding in a different order of sums.
      const ownMass = Math.max(groups.minMass[group]!, query.maxWeight > 0 ? shared / query.maxWeight : 0);
      visit(group, ((2 * shared) / (query.mass + ownMass)) * (1 + 1e-9));
      scratch[group] = 0;
      seen[group] = 0;
    }
  }

  /** The best `overlap` score among `group`'s documents (0 when `overlap` would touch none of them). */
  bestOverlap(query: OverlapQuery, group: number): number {
    const index = this.compile();
    const groups = this.groupIndex();
    let best = 0;
    for (let doc = groups.start[group]!; doc < groups.start[group + 1]!; doc += 1) {
      const from = index.docOffsets[doc]!;
      const to = index.docOffsets[doc + 1]!;
      let shared = 0;
      let found = false;
      for (let t = 0; t < query.walkedIds.length; t += 1) {
        if (findTerm(index.docTermIds, from, to, query.walkedIds[t]!) < 0) continue;
        shared += query.walkedScaled[t]!;
        found = true;
      }
      if (!found) continue;
      for (let t = 0; t < query.commonIds.length; t += 1) if (findTerm(index.docTermIds, from, to, query.commonIds[t]!) >= 0) shared += query.commonScaled[t]!;
      const score = (2 * shared) / (query.mass + index.mass[doc]!);
      if (score > best) best = score;
    }
    return best;
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
    const { walked, common } = this.split(this.scoredTerms(index, query));
    let touched = 0;
    // Two copies of the loop (BM25, or plain idf overlap) keep the hot path free of function calls.
    for (const { weight, idf, posting } of walked) {
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

  /** The query's terms that occur in the index, in query order, with their postings and idf. */
  private scoredTerms(index: Compiled, query: readonly WeightedTerm[]): ScoredTerm[] {
    // A plain loop: on Node 20 an object spread per term (`{ ...item, posting }`) cost more than the
    // whole posting walk at the shipped size.
    const terms: ScoredTerm[] = [];
    for (const { term, weight } of query) {
      const posting = index.postings.get(term);
      if (posting) terms.push({ term, weight, posting, idf: this.idf(term) });
    }
    return terms;
  }

  /** Terms walked through their postings, and common ones only looked up where a walked term was found. */
  private split(terms: ScoredTerm[]): { walked: ScoredTerm[]; common: ScoredTerm[] } {
    const commonAt = this.size > PRUNE_ABOVE_DOCS ? this.size * COMMON_SHARE : Infinity;
    const rare = terms.filter((item) => item.posting.docs.length <= commonAt);
    if (!rare.length) return { walked: terms, common: [] };
    return { walked: rare, common: terms.filter((item) => item.posting.docs.length > commonAt) };
  }

  private groupIndex(): Groups {
    if (this.groups) return this.groups;
    const index = this.compile();
    const size = this.size;
    const count = size ? this.groupOf[size - 1]! + 1 : 0;
    const start = new Int32Array(count + 1);
    for (let doc = size - 1; doc >= 0; doc -= 1) start[this.groupOf[doc]!] = doc;
    start[count] = size;
    const minMass = new Float64Array(count).fill(Infinity);
    const postings: number[][] = Array.from({ length: index.termIds.size }, () => []);
    const offsets = new Int32Array(count + 1);
    const termIds: number[] = [];
    for (let group = 0; group < count; group += 1) {
      offsets[group] = termIds.length;
      const ids = new Set<number>();
      for (let doc = start[group]!; doc < start[group + 1]!; doc += 1) {
        minMass[group] = Math.min(minMass[group]!, index.mass[doc]!);
        for (let at = index.docOffsets[doc]!; at < index.docOffsets[doc + 1]!; at += 1) ids.add(index.docTermIds[at]!);
      }
      const sorted = [...ids].sort((a, b) => a - b);
      for (const id of sorted) postings[id]!.push(group);
      termIds.push(...sorted);
    }
    offsets[count] = termIds.length;
    this.groups = {
      start,
      offsets,
      termIds: Int32Array.from(termIds),
      postings: postings.map((groups) => Int32Array.from(groups)),
      minMass,
      scratch: new Float64Array(count),
      seen: new Uint8Array(count),
      touched: new Int32Array(count),
    };
    return this.groups;
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
