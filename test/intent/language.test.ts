import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGE_SURE } from '../../src/intent/language';

// Written for this table (not taken from any evaluation data): short and long messages in both
// languages, Spanglish, and the one-word replies a chat is full of. "-" means too short to tell.
const TABLE = readFileSync(join(__dirname, 'language.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

function decided(text: string): string {
  const guess = detectLanguage(text);
  return guess && guess.confidence >= LANGUAGE_SURE ? guess.language : '-';
}

describe('The language of a message', () => {
  it('has a table of at least 80 messages in both languages', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(TABLE.map(([, expected]) => expected))).toEqual(new Set(['en', 'es', '-']));
  });

  it.each(TABLE)('"%s" reads as %s', (text, expected) => {
    expect(decided(text)).toBe(expected);
  });

  it('is less sure of a mixed message than of a plain one', () => {
    expect(detectLanguage('me garnishearon el check')!.confidence).toBeLessThan(detectLanguage('me embargaron el sueldo')!.confidence);
  });
});
