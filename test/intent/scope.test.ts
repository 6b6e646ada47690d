import { describe, expect, it } from 'vitest';
import { shippedKnowledge } from '../support/testBot';

const { matcher } = shippedKnowledge();

// The questions the outside review found answered with confident legal answers on other subjects.
describe('Off-topic questions are turned away, not answered with something unrelated', () => {
  it.each([
    'what time does the giants game start',
    'whats a good way to cook rice',
    'how do I reset my wifi router',
    'how do i file for divorce in orange county',
    'my landlord gave me a 3 day notice to pay or quit',
    'how do I fight a speeding ticket',
  ])('"%s"', (text) => {
    expect(matcher.match(text).decision.kind).toBe('fallback');
  });

  it('names the area and where to go when the question names one', () => {
    const { decision } = matcher.match('how do i file for divorce in orange county');
    expect(decision.kind === 'fallback' && decision.area?.id).toBe('family');
  });
});

// Words that also name another area must not send a small claims question away.
describe('In-scope questions that use another area\'s words are still answered', () => {
  it.each([
    ['I clear $850 a week after taxes, how much of that can they garnish', ['garnishment-limit', 'exemption-wages']],
    ['can they take my workers comp', ['exemption-benefits']],
    ['how do i enforce my judgment in another state', ['collect-out-of-state']],
    ['if I declare bankruptcy does the judgement against me go away', ['bankruptcy']],
    ['whats the most I can sue for in small claims', ['claim-limits']],
    ['how much money can i sue for in small claims in california', ['claim-limits']],
    ['is interest added to a small claims judgment?', ['interest-and-costs']],
  ])('"%s"', (text, ids) => {
    const { decision } = matcher.match(text);
    expect(decision.kind).toBe('answer');
    expect(ids).toContain(decision.kind === 'answer' ? decision.id : '');
  });
});

describe('Confidence', () => {
  it('is higher for a plain in-scope question than for an off-topic one that shares a word', () => {
    expect(matcher.match('can they take my furniture').confidence).toBeGreaterThan(matcher.match('whats a good way to cook rice and take it to work').confidence);
  });

  it('reports how likely the question is in scope at all', () => {
    expect(matcher.match('how do I serve the defendant').inScope).toBeGreaterThan(0.9);
    expect(matcher.match('how do I reset my wifi router').inScope).toBeLessThan(0.5);
  });
});

describe('Spelling', () => {
  it('does not "correct" an ordinary English word the knowledge never uses into a domain word', () => {
    // "pizza" is a word, not a typo of "levy" or "lien".
    const { candidates } = matcher.match('pizza');
    expect(candidates.length === 0 || matcher.match('pizza').decision.kind === 'fallback').toBe(true);
  });

  it('still corrects real typos of domain words', () => {
    const { candidates } = matcher.match('how do i garnsh his wagez');
    expect(candidates.slice(0, 3).map((c) => c.id)).toContain('wage-garnishment');
  });
});
