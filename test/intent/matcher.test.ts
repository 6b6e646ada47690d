import { describe, expect, it } from 'vitest';
import { closeCandidates } from '../../src/intent/clarify';
import { normalizeText } from '../../src/intent/normalize';
import { detectRole } from '../../src/intent/role';
import { detectSmallTalk } from '../../src/intent/smalltalk';
import { shippedKnowledge } from '../support/testBot';

const { matcher } = shippedKnowledge();
const top3 = (text: string, context = {}) => matcher.match(text, context).candidates.slice(0, 3).map((candidate) => candidate.id);

describe('When people misspell words', () => {
  it.each([
    ['garnsh his wagez', 'wage-garnishment'],
    ['stament of asets', 'statement-of-assets'],
    ['how do i apel the judgement', 'appeal'],
    ['bank levvy on his acount', 'bank-levy'],
    ['satisfacion of judgment form', 'satisfaction-of-judgment'],
  ])('"%s" still finds %s in the top 3', (text, id) => {
    expect(top3(text)).toContain(id);
  });
});

describe('When people use everyday words for legal terms', () => {
  it.each([
    ['how much of my paycheck can they take', 'garnishment-limit'],
    ['they froze my bank account what can i do', 'exemption-bank-account'],
    ['can i get my deposit back from my old landlord', 'security-deposit'],
    ['SC-120', 'defendants-claim'],
    ['sc 100 how do i fill it out', 'how-to-file'],
  ])('"%s" finds %s first', (text, id) => {
    expect(matcher.match(text).candidates[0]!.id).toBe(id);
  });
});

describe('When a question is outside California small claims', () => {
  it.each([
    'how do i file for divorce',
    'i was charged with a misdemeanor do i need a public defender',
    'how do i apply for a green card',
    'what is the weather in fresno today',
    'asdf qwer zxcv',
    'my landlord served me a 3 day notice to pay rent or quit',
    'what is the small claims limit in texas',
  ])('"%s" falls back instead of answering', (text) => {
    expect(matcher.match(text).decision.kind).toBe('fallback');
  });

  it.each([
    ['will they issue a warrant for my arrest if i skip the debtor exam', 'debtor-ignores-orders'],
    ['the defendant lives in another state can i still sue', 'where-to-file'],
  ])('"%s" is still a small claims question (an out-of-scope word with a small claims context)', (text, id) => {
    const { decision, candidates } = matcher.match(text);
    expect(decision.kind).not.toBe('fallback');
    expect(candidates.slice(0, 3).map((candidate) => candidate.id)).toContain(id);
  });

  it('names the area and where to go for evictions', () => {
    const { decision } = matcher.match('im being evicted next week');
    expect(decision.kind === 'fallback' && decision.area?.id).toBe('eviction');
  });
});

describe('When a short follow-up depends on the previous answer', () => {
  it('"what about my car?" after wage garnishment is about the vehicle exemption', () => {
    expect(matcher.match('what about my car?', { previousEntryId: 'garnishment-limit' }).candidates[0]!.id).toBe('exemption-vehicle');
  });

  it('"how long do I have?" after collecting is about how long the judgment lasts', () => {
    expect(matcher.match('how long do I have?', { previousEntryId: 'collect-judgment' }).candidates[0]!.id).toBe('judgment-expires-renewal');
  });

  it('"how long do I have?" after asking about suing over a car accident is about the statute of limitations', () => {
    expect(matcher.match('how long do I have?', { previousEntryId: 'car-accident-claims' }).candidates[0]!.id).toBe('statute-of-limitations');
  });
});

describe('Scores', () => {
  it('are calibrated to [0, 1] and sorted best first', () => {
    for (const text of ['bank levy', 'he will not pay me', 'x', 'what can they take from me if i lose']) {
      const { candidates } = matcher.match(text);
      for (const candidate of candidates) {
        expect(candidate.score).toBeGreaterThanOrEqual(0);
        expect(candidate.score).toBeLessThanOrEqual(1);
      }
      expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
    }
  });
});

describe('The "Did you mean" rule (QnA Maker active learning)', () => {
  it('keeps candidates within a square-root band of the top one', () => {
    const kept = closeCandidates([{ id: 'a', score: 0.6 }, { id: 'b', score: 0.56 }, { id: 'c', score: 0.4 }]);
    expect(kept.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('lets a top score above 95 stand alone', () => {
    expect(closeCandidates([{ id: 'a', score: 0.96 }, { id: 'b', score: 0.95 }]).map((c) => c.id)).toEqual(['a']);
  });

  it('offers nothing when even the top score is 20 or less', () => {
    expect(closeCandidates([{ id: 'a', score: 0.2 }, { id: 'b', score: 0.19 }])).toEqual([]);
  });
});

describe('Normalizing text', () => {
  it('expands contractions, folds accents and joins form numbers', () => {
    expect(normalizeText("He won't pay — Cuánto? SC-100")).toBe('he will not pay cuanto sc100');
  });
});

describe('Reading small talk and the person\'s role', () => {
  it.each([
    ['hello', 'greeting'],
    ['thank you so much', 'thanks'],
    ['help', 'help'],
    ['start over', 'startOver'],
    ['bye', 'goodbye'],
    ['hi how r u', 'greeting'],
    ['can I talk to a real person', 'human'],
    ['are you a bot?', 'human'],
    ['i want to speak with a lawyer', 'human'],
  ])('"%s" is %s', (text, kind) => {
    expect(detectSmallTalk(normalizeText(text))).toBe(kind);
  });

  it('does not treat a question that starts with thanks as small talk', () => {
    expect(detectSmallTalk(normalizeText('thanks, but how do I garnish wages?'))).toBeUndefined();
  });

  it.each([
    ['I won but he won\'t pay', 'creditor'],
    ['I lost and I can\'t pay', 'debtor'],
    ['can they take my car', 'debtor'],
    ["can i garnish my ex roommate's wages", 'creditor'],
    ['what is small claims', undefined],
  ])('"%s" reveals role %s', (text, role) => {
    expect(detectRole(normalizeText(text))).toBe(role);
  });
});
