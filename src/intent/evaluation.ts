import { readFileSync } from 'node:fs';
import type { IntentMatcher } from './matcher';

export const NONE = 'none';

export interface LabeledQuestion {
  question: string;
  expected: string;
}

export interface Miss {
  question: string;
  expected: string;
  got: string;
  kind: string;
  score: number;
}

export interface EvalReport {
  total: number;
  inScope: number;
  outOfScope: number;
  /** In-scope questions whose decision answered or offered (first) the expected entry. */
  top1Accuracy: number;
  /** In-scope questions whose expected entry ranks in the top three. */
  top3Recall: number;
  /** Out-of-scope questions that fell back. */
  outOfScopeRecall: number;
  /** Of all fallbacks, the share that were out-of-scope questions. */
  outOfScopePrecision: number;
  /** In-scope questions that got a clarification (counted right for top-1 if it lists the entry first). */
  clarifyRate: number;
  /** In-scope questions answered with the right entry straight away, without a clarifying question. */
  directAccuracy: number;
  byTopic: Map<string, { total: number; correct: number }>;
  misses: Miss[];
}

export function readQuestions(path: string): LabeledQuestion[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [question = '', expected = ''] = line.split('\t');
      return { question: question.trim(), expected: expected.trim() };
    });
}

/** Scores the matcher on labeled questions, each asked with no conversation context. */
export function evaluate(matcher: IntentMatcher, questions: readonly LabeledQuestion[], topicOf: (id: string) => string): EvalReport {
  let inScope = 0;
  let top1 = 0;
  let top3 = 0;
  let clarified = 0;
  let direct = 0;
  let oos = 0;
  let oosFellBack = 0;
  let fallbacks = 0;
  const byTopic = new Map<string, { total: number; correct: number }>();
  const misses: Miss[] = [];
  for (const { question, expected } of questions) {
    const { candidates, decision } = matcher.match(question);
    const fellBack = decision.kind === 'fallback';
    if (fellBack) fallbacks += 1;
    const first = decision.kind === 'answer' ? decision.id : decision.kind === 'clarify' ? decision.candidates[0]!.id : NONE;
    const score = decision.kind === 'clarify' ? decision.candidates[0]!.score : decision.score;
    const topic = expected === NONE ? NONE : topicOf(expected);
    const tally = byTopic.get(topic) ?? { total: 0, correct: 0 };
    byTopic.set(topic, tally);
    tally.total += 1;
    if (expected === NONE) {
      oos += 1;
      if (fellBack) {
        oosFellBack += 1;
        tally.correct += 1;
      } else misses.push({ question, expected, got: first, kind: decision.kind, score });
      continue;
    }
    inScope += 1;
    if (decision.kind === 'clarify') clarified += 1;
    if (candidates.slice(0, 3).some((candidate) => candidate.id === expected)) top3 += 1;
    if (first === expected && decision.kind === 'answer') direct += 1;
    if (first === expected) {
      top1 += 1;
      tally.correct += 1;
    } else misses.push({ question, expected, got: first, kind: decision.kind, score });
  }
  const ratio = (part: number, whole: number): number => (whole ? part / whole : 1);
  return {
    total: questions.length,
    inScope,
    outOfScope: oos,
    top1Accuracy: ratio(top1, inScope),
    top3Recall: ratio(top3, inScope),
    outOfScopeRecall: ratio(oosFellBack, oos),
    outOfScopePrecision: ratio(oosFellBack, fallbacks),
    clarifyRate: ratio(clarified, inScope),
    directAccuracy: ratio(direct, inScope),
    byTopic,
    misses,
  };
}
