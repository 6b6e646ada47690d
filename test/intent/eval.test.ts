import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, rates, readQuestions, splitOf } from '../../src/intent/evaluation';
import { shippedKnowledge } from '../support/testBot';

const { kb, matcher } = shippedKnowledge();
const selfWritten = readQuestions(join(__dirname, '..', 'eval', 'questions.tsv'));
const real = readQuestions(join(__dirname, '..', 'eval', 'real.tsv'));
const test = real.filter((q) => q.split === 'test');

describe('Real questions (test/eval/real.tsv)', () => {
  it('holds at least 300 in-scope and 120 off-topic questions, each with its source', () => {
    expect(real.filter((q) => q.label !== 'none').length).toBeGreaterThanOrEqual(300);
    expect(real.filter((q) => q.label === 'none').length).toBeGreaterThanOrEqual(120);
    expect(real.filter((q) => !q.source?.startsWith('http'))).toEqual([]);
  });

  it('keeps a held-out test split of at least 150 in-scope and 50 off-topic questions', () => {
    expect(test.filter((q) => q.label !== 'none').length).toBeGreaterThanOrEqual(150);
    expect(test.filter((q) => q.label === 'none').length).toBeGreaterThanOrEqual(50);
  });

  it('puts every question in the split its text hashes to, so nothing moves between dev and test', () => {
    expect(real.filter((q) => q.split !== splitOf(q.question)).map((q) => q.question)).toEqual([]);
  });

  it('labels in-scope questions only with entries that exist', () => {
    expect(real.flatMap((q) => q.expected).filter((id) => !kb.byId.has(id))).toEqual([]);
  });
});

describe('Spanish questions (test/eval/es.tsv)', () => {
  const spanish = readQuestions(join(__dirname, '..', 'eval', 'es.tsv'));
  const inScope = spanish.filter((q) => q.label !== 'none');

  it('holds at least 150 in-scope questions, half of them rewrites of real ones with their source, and 40 off-topic', () => {
    expect(inScope.length).toBeGreaterThanOrEqual(150);
    expect(inScope.filter((q) => q.source?.startsWith('http')).length).toBeGreaterThanOrEqual(inScope.length / 2);
    expect(spanish.filter((q) => q.label === 'none').length).toBeGreaterThanOrEqual(40);
    expect(spanish.filter((q) => !q.source?.startsWith('http') && q.source !== 'written')).toEqual([]);
  });

  it('splits by the same hash, keeps a test split, and labels only entries that exist', () => {
    expect(spanish.filter((q) => q.split !== splitOf(q.question)).map((q) => q.question)).toEqual([]);
    expect(spanish.filter((q) => q.split === 'test' && q.label !== 'none').length).toBeGreaterThanOrEqual(75);
    expect(spanish.flatMap((q) => q.expected).filter((id) => !kb.byId.has(id))).toEqual([]);
  });
});

describe('Self-written questions (test/eval/questions.tsv)', () => {
  const report = rates(evaluate(matcher, selfWritten));

  it('labels every question with an entry that exists, or none', () => {
    expect(selfWritten.flatMap((q) => q.expected).filter((id) => !kb.byId.has(id))).toEqual([]);
  });

  it('still ranks the right entry first for at least 90% of them (no regression in ranking)', () => {
    expect(report.top1).toBeGreaterThanOrEqual(0.9);
  });

  it('turns away at least 90% of the off-topic ones', () => {
    expect(report.outOfScopeTurnedAway).toBeGreaterThanOrEqual(0.9);
  });
});
