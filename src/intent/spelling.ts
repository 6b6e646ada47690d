import Fuse from 'fuse.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';

export interface Correction {
  word: string;
  /** How sure the correction is, 0..1 (1 = the word was already known). */
  confidence: number;
}

const MIN_LENGTH_TO_CORRECT = 3;
const MAX_CACHE = 5000;
const SHORT_WORD = 4;
// Longer "words" are pasted codes or noise, and fuse's search time grows with the pattern's length.
const MAX_LENGTH_TO_CORRECT = 18;

/**
 * One typo in a short word, two in a long one: more than that is a different word. Dropped letters
 * are the commonest phone typo, so a short word that is the candidate with letters missing
 * ("apel" for "appeal") may differ by two.
 */
function maxEdits(word: string, candidate: string): number {
  if (word.length > 5) return 2;
  const droppedLetters = isSubsequence(word, candidate);
  if (word.length === 3) return droppedLetters ? 1 : 0;
  return droppedLetters ? 2 : 1;
}

/** Letters of `word` that `candidate` lacks (counting repeats); each needs an edit, so distance ≥ this. */
function lettersMissing(word: string, candidate: string): number {
  const left = [...candidate];
  let missing = 0;
  for (const char of word) {
    const at = left.indexOf(char);
    if (at < 0) missing += 1;
    else left[at] = '';
  }
  return missing;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

/**
 * Corrects each word of a question against the knowledge vocabulary. fuse.js is fast on short strings
 * and this is the one place it sees them: a few thousand single words, not whole questions.
 */
export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, Correction | null>();
  private readonly byLength: string[];

  constructor(vocabulary: Iterable<string>) {
    this.known = new Set(vocabulary);
    this.byLength = [...this.known].filter((word) => word.length <= SHORT_WORD + 2);
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
    if (word.length < MIN_LENGTH_TO_CORRECT || word.length > MAX_LENGTH_TO_CORRECT || /\d/.test(word)) return null;
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
    let best: Correction | null = null;
    let bestDistance = Infinity;
    for (const item of this.nearWords(word)) {
      // natural's distance is slow (objects per cell); a cheap lower bound skips most of a short word's candidates.
      if (lettersMissing(word, item) > maxEdits(word, item)) continue;
      const distance = DamerauLevenshteinDistance(word, item, { restricted: true });
      if (distance <= maxEdits(word, item) && distance < bestDistance) {
        bestDistance = distance;
        best = { word: item, confidence: 1 - distance / (word.length + 1) };
      }
    }
    return best;
  }

  /**
   * For very short words fuse's scores tie across hundreds of words ("lng" scores the same against
   * "long" and "belong"), so those are checked against every word of similar length instead.
   */
  private nearWords(word: string): string[] {
    if (word.length > SHORT_WORD) return this.fuse.search(word, { limit: 20 }).map(({ item }) => item);
    return this.byLength.filter((item) => Math.abs(item.length - word.length) <= 2);
  }
}
