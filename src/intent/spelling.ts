import Fuse from 'fuse.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';

export interface Correction {
  word: string;
  /** How sure the correction is, 0..1 (1 = the word was already known). */
  confidence: number;
}

const MIN_LENGTH_TO_CORRECT = 4;
const MAX_CACHE = 5000;

/** One typo in a short word, two in a long one: more than that is a different word. */
function maxEdits(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/**
 * Corrects each word of a question against the knowledge vocabulary. fuse.js is fast on short strings
 * and this is the one place it sees them: a few thousand single words, not whole questions.
 */
export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, Correction | null>();

  constructor(vocabulary: Iterable<string>) {
    this.known = new Set(vocabulary);
    this.fuse = new Fuse([...this.known], {
      includeScore: true,
      threshold: 0.34,
      // Typos happen anywhere in a word; don't favour matches at its start.
      ignoreLocation: true,
      minMatchCharLength: 2,
    });
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** The vocabulary word closest to `word`, or null when nothing is close enough to trust. */
  correct(word: string): Correction | null {
    if (this.known.has(word)) return { word, confidence: 1 };
    if (word.length < MIN_LENGTH_TO_CORRECT || /\d/.test(word)) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const correction = this.search(word);
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(word, correction);
    return correction;
  }

  /**
   * fuse.js finds the near words quickly; natural's Damerau-Levenshtein distance then decides, since
   * fuse's bitap score alone accepts words that share letters but not spelling ("joke" for "job").
   */
  private search(word: string): Correction | null {
    const allowed = maxEdits(word);
    let best: Correction | null = null;
    let bestDistance = Infinity;
    for (const { item } of this.fuse.search(word, { limit: 8 })) {
      const distance = DamerauLevenshteinDistance(word, item, { restricted: true });
      if (distance <= allowed && distance < bestDistance) {
        bestDistance = distance;
        best = { word: item, confidence: 1 - distance / (word.length + 1) };
      }
    }
    return best;
  }
}
