import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IntentMatcher } from './matcher';
import type { MatchResult } from './types';

/** The label of a question no entry should answer (outside California small claims). */
export const NONE = 'none';
/** The label of an in-scope question that no entry answers yet (a gap in the knowledge). */
export const GAP = 'gap';

export type Split = 'dev' | 'test';

export interface LabeledQuestion {
  question: string;
  /** Every entry that would answer it correctly; empty for NONE and GAP. */
  expected: string[];
  label: 'entry' | typeof NONE | typeof GAP;
  split?: Split;
  source?: string;
}

/**
 * The split a real question belongs to, fixed once by a hash of its text so that no later edit to
 * the matcher, the entries or the file's order can move a question between dev and test.
 */
export function splitOf(question: string): Split {
  return createHash('sha256').update(question).digest()[0]! < 128 ? 'test' : 'dev';
}

function parseLabel(raw: string): Pick<LabeledQuestion, 'expected' | 'label'> {
  const value = raw.trim();
  if (value === NONE || value === '') return { expected: [], label: NONE };
  if (value === GAP) return { expected: [], label: GAP };
  return { expected: value.split('|').map((id) => id.trim()).filter(Boolean), label: 'entry' };
}

/** Reads a TSV with a header naming at least `question` and `expected` (and optionally `split`, `source`). */
export function readQuestions(path: string): LabeledQuestion[] {
  const [header = '', ...lines] = readFileSync(path, 'utf8').split(/\r?\n/);
  const columns = header.split('\t').map((name) => name.trim());
  const at = (name: string): number => columns.indexOf(name);
  return lines
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.split('\t');
      const cell = (name: string): string | undefined => (at(name) >= 0 ? cells[at(name)]?.trim() : undefined);
      const split = cell('split');
      const source = cell('source');
      return {
        question: cell('question') ?? '',
        ...parseLabel(cell('expected') ?? ''),
        ...(split === 'dev' || split === 'test' ? { split } : {}),
        ...(source ? { source } : {}),
      };
    });
}

export interface Outcome {
  item: LabeledQuestion;
  result: MatchResult;
  /** The entry shown first: the answer, or the first of a clarification; undefined on fallback. */
  first?: string;
  /** The best-ranked candidate is one of the expected entries. */
  topRight: boolean;
}

export interface EvalReport {
  total: number;
  /** In-scope questions that some entry answers. */
  answerable: number;
  gaps: number;
  outOfScope: number;
  /** Answerable questions answered outright with a right entry. */
  answeredRight: number;
  /** ... answered outright or offered among a clarification's choices. */
  withinClarify: number;
  /** Answerable questions given a wrong entry outright. */
  answeredWrong: number;
  /** Answerable questions that got a clarification. */
  clarified: number;
  /** In-scope questions (answerable or gap) turned away. */
  inScopeTurnedAway: number;
  /** Gap questions turned away: the honest reply when no entry answers. */
  gapsTurnedAway: number;
  /** Out-of-scope questions turned away. */
  outOfScopeTurnedAway: number;
  /** Answerable questions whose expected entry ranks in the top three. */
  top3: number;
  /** Answerable questions whose first shown entry (answer, or first choice offered) is right. */
  firstRight: number;
  /** Answerable questions whose best-ranked entry is right, whatever was decided. */
  top1: number;
  outcomes: Outcome[];
}

export function runMatcher(matcher: IntentMatcher, questions: readonly LabeledQuestion[]): Outcome[] {
  return questions.map((item) => {
    const result = matcher.match(item.question);
    const { decision } = result;
    const first = decision.kind === 'answer' ? decision.id : decision.kind === 'clarify' ? decision.candidates[0]?.id : undefined;
    const topRight = item.expected.includes(result.candidates[0]?.id ?? '');
    return { item, result, ...(first ? { first } : {}), topRight };
  });
}

/** Scores the matcher on labeled questions, each asked with no conversation context. */
export function evaluate(matcher: IntentMatcher, questions: readonly LabeledQuestion[]): EvalReport {
  return summarize(runMatcher(matcher, questions));
}

export function summarize(outcomes: Outcome[]): EvalReport {
  const report: EvalReport = {
    total: outcomes.length, answerable: 0, gaps: 0, outOfScope: 0, answeredRight: 0, withinClarify: 0, answeredWrong: 0,
    clarified: 0, inScopeTurnedAway: 0, gapsTurnedAway: 0, outOfScopeTurnedAway: 0, top3: 0, firstRight: 0, top1: 0, outcomes,
  };
  for (const { item, result, first } of outcomes) {
    const { decision } = result;
    const fellBack = decision.kind === 'fallback';
    if (item.label === NONE) {
      report.outOfScope += 1;
      if (fellBack) report.outOfScopeTurnedAway += 1;
      continue;
    }
    if (fellBack) report.inScopeTurnedAway += 1;
    if (item.label === GAP) {
      report.gaps += 1;
      if (fellBack) report.gapsTurnedAway += 1;
      continue;
    }
    report.answerable += 1;
    const right = (id: string): boolean => item.expected.includes(id);
    if (result.candidates.slice(0, 3).some((candidate) => right(candidate.id))) report.top3 += 1;
    if (first && right(first)) report.firstRight += 1;
    if (right(result.candidates[0]?.id ?? '')) report.top1 += 1;
    if (decision.kind === 'answer') {
      if (right(decision.id)) report.answeredRight += 1;
      else report.answeredWrong += 1;
    }
    if (decision.kind === 'clarify') report.clarified += 1;
    if ((decision.kind === 'answer' && right(decision.id)) || (decision.kind === 'clarify' && decision.candidates.some((candidate) => right(candidate.id)))) {
      report.withinClarify += 1;
    }
  }
  return report;
}

export interface Rates {
  answeredRight: number;
  withinClarify: number;
  answeredWrong: number;
  clarified: number;
  inScopeTurnedAway: number;
  outOfScopeTurnedAway: number;
  top3: number;
  firstRight: number;
  top1: number;
  /** Share of in-scope questions that some entry answers. */
  coverage: number;
}

export function rates(report: EvalReport): Rates {
  const ratio = (part: number, whole: number): number => (whole ? part / whole : 1);
  return {
    answeredRight: ratio(report.answeredRight, report.answerable),
    withinClarify: ratio(report.withinClarify, report.answerable),
    answeredWrong: ratio(report.answeredWrong, report.answerable),
    clarified: ratio(report.clarified, report.answerable),
    inScopeTurnedAway: ratio(report.inScopeTurnedAway, report.answerable + report.gaps),
    outOfScopeTurnedAway: ratio(report.outOfScopeTurnedAway, report.outOfScope),
    top3: ratio(report.top3, report.answerable),
    firstRight: ratio(report.firstRight, report.answerable),
    top1: ratio(report.top1, report.answerable),
    coverage: ratio(report.answerable, report.answerable + report.gaps),
  };
}

export interface ReliabilityBand {
  from: number;
  to: number;
  count: number;
  /** Share whose best-ranked entry is right (out-of-scope questions never are). */
  right: number;
}

/** For each confidence band: how many questions fell in it and how often the best entry was right. */
export function reliability(outcomes: readonly Outcome[], bands = 10): ReliabilityBand[] {
  return Array.from({ length: bands }, (_, band) => {
    const from = band / bands;
    const to = (band + 1) / bands;
    const inBand = outcomes.filter(({ result }) => result.confidence >= from && (result.confidence < to || (band === bands - 1 && result.confidence <= 1)));
    return { from, to, count: inBand.length, right: inBand.length ? inBand.filter((outcome) => outcome.topRight).length / inBand.length : 0 };
  });
}
