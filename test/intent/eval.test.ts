import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, readQuestions } from '../../src/intent/evaluation';
import { shippedKnowledge } from '../support/testBot';

const { kb, matcher } = shippedKnowledge();
const questions = readQuestions(join(__dirname, '..', 'eval', 'questions.tsv'));
const report = evaluate(matcher, questions, (id) => kb.byId.get(id)?.topic ?? 'unknown');

describe('Evaluation set (test/eval/questions.tsv)', () => {
  it('is large enough to mean something', () => {
    expect(report.total).toBeGreaterThanOrEqual(400);
    expect(report.outOfScope).toBeGreaterThanOrEqual(60);
  });

  it('labels every question with an entry that exists, or none', () => {
    const unknown = questions.filter(({ expected }) => expected !== 'none' && !kb.byId.has(expected));
    expect(unknown).toEqual([]);
  });

  it('answers at least 90% of in-scope questions with the right entry first', () => {
    expect(report.top1Accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks the right entry in the top 3 for at least 97% of in-scope questions', () => {
    expect(report.top3Recall).toBeGreaterThanOrEqual(0.97);
  });

  it('falls back on at least 90% of out-of-scope questions', () => {
    expect(report.outOfScopeRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('falls back mostly on questions that are really out of scope (precision at least 90%)', () => {
    expect(report.outOfScopePrecision).toBeGreaterThanOrEqual(0.9);
  });
});
