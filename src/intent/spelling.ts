import { distance as levenshtein } from 'fastest-levenshtein';
import PassjoinIndex from 'mnemonist/passjoin-index';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';

export interface Correction {
  word: string;
  /** How sure the correction is, 0..1 (1 = the word was already known). */
  confidence: number;
}

const MIN_LENGTH_TO_CORRECT = 3;
/**
 * Longer "words" are pasted links, ids or keyboard mashing, not typos of a domain word; the
 * candidate search grows with length, so one such word must not cost a message its time budget.
 */
export const MAX_LENGTH_TO_CORRECT = 24;
const MAX_CACHE = 5000;
/** Passjoin finds every vocabulary word within this many edits (Levenshtein). */
const MAX_INDEX_EDITS = 2;

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

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
}

/**
 * Corrects each word of a question against the knowledge vocabulary. mnemonist's Passjoin index
 * finds every vocabulary word within two edits in tens of microseconds (fuse.js scanned the whole
 * vocabulary per word: 2–10 ms for a question seen the first time); natural's Damerau-Levenshtein
 * distance then decides, counting a swap of two letters ("recieve") as one typo.
 */
export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly index: PassjoinIndex<string>;
  private readonly cache = new Map<string, Correction | null>();

  constructor(vocabulary: Iterable<string>) {
    this.known = new Set(vocabulary);
    this.index = PassjoinIndex.from([...this.known].filter((word) => word.length >= 2), levenshtein, MAX_INDEX_EDITS);
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

  private search(word: string): Correction | null {
    let best: Correction | null = null;
    let bestDistance = Infinity;
    // Sorted so that ties go the same way on every run and every machine.
    for (const item of [...this.index.search(word)].sort()) {
      const distance = DamerauLevenshteinDistance(word, item, { restricted: true });
      if (distance <= maxEdits(word, item) && distance < bestDistance) {
        bestDistance = distance;
        best = { word: item, confidence: 1 - distance / (word.length + 1) };
      }
    }
    return best;
  }
}
