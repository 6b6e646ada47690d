import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedKnowledge } from '../support/testBot';

const { kb, matcher } = shippedKnowledge();

/** One typo of the kinds people make on phones: a dropped, doubled, swapped or wrong letter. */
function withTypo(text: string, position: number, kind: number, letter: string): string {
  const letters = [...text].map((char, index) => ({ char, index })).filter(({ char }) => /[a-z]/i.test(char));
  if (letters.length < 2) return text;
  const at = letters[position % letters.length]!.index;
  switch (kind % 4) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text[at] + text.slice(at);
    case 2:
      // Swap two neighbouring letters of one word (a letter swapped with a space splits words).
      return /[a-z]/i.test(text[at + 1] ?? '') ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
    default:
      return text.slice(0, at) + letter + text.slice(at + 1);
  }
}

describe('Typo tolerance', () => {
  it('finds every entry in the top 3 from its own question with one typo', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kb.entries),
        fc.nat(200),
        fc.nat(3),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
        (entry, position, kind, letter) => {
          const typo = withTypo(entry.question, position, kind, letter);
          const ids = matcher.match(typo).candidates.slice(0, 3).map((candidate) => candidate.id);
          expect(ids, `"${typo}"`).toContain(entry.id);
        },
      ),
      { numRuns: 400, seed: 20261127 },
    );
  });
});
