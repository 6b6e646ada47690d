import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

/**
 * Whether `word` (lowercase, no accents) is an ordinary Spanish word, so a real word the knowledge
 * never uses ("arroz", "futbol") is not "corrected" into a domain word. The list (an-array-of-spanish-words,
 * from the hunspell dictionary) holds every inflection, about 640,000 words: loaded on first use only.
 */
export function isSpanishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}

function load(): ReadonlySet<string> {
  const file = require.resolve('an-array-of-spanish-words/index.json');
  const all = new Set<string>();
  for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) all.add(word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
  return all;
}
