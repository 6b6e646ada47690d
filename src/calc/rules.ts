import { FigureError } from './errors';
import type { Figure, KnowledgeBase } from '../kb/types';

/** A figure the calculators need, read from figures.yaml so no number lives in calculator code. */
export function figure(kb: KnowledgeBase, id: string): Figure {
  const found = kb.figures.get(id);
  if (!found) throw new FigureError(id);
  return found;
}

export function numberFigure(kb: KnowledgeBase, id: string): number {
  const { value } = figure(kb, id);
  if (typeof value !== 'number') throw new FigureError(id, 'must be a number');
  return value;
}

/** The citation and source of a rule, for "the rule behind it" lines. */
export interface RuleSource {
  citation: string;
  source: string;
}

export function sourceOf(kb: KnowledgeBase, id: string): RuleSource {
  const { citation, source } = figure(kb, id);
  return { citation, source };
}

/**
 * The newest figure whose id starts with `prefix` and that took effect on or before `date`: used for
 * values with a history, such as the state minimum wage.
 */
export function figureInEffect(kb: KnowledgeBase, prefix: string, date: string): DatedFigure | undefined {
  return [...kb.figures.values()]
    .filter((candidate): candidate is DatedFigure => candidate.id.startsWith(prefix) && typeof candidate.value === 'number' && candidate.asOf !== undefined && candidate.asOf <= date)
    .sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
}

/** A figure whose effective date is known. */
export type DatedFigure = Figure & { asOf: string };
