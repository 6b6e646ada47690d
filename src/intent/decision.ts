import type { OutOfScopeArea } from '../kb/types';
import type { MatcherSettings } from './settings';
import type { Candidate, Decision } from './types';

type DecisionSettings = Pick<MatcherSettings, 'answerAbove' | 'clarifyAbove' | 'suggestAbove' | 'tieShare' | 'maxClarify'>;

/**
 * Answer when the confidence says the best entry is very likely right; a little lower, offer the
 * entries that are really tied with it, or answer it when nothing is; lower still, where the best
 * entry is often wrong but the right one is usually among the first few, offer those few ("Did you
 * mean", with "None of these"); below that, say honestly that this isn't covered, naming the area it
 * belongs to when the question names one.
 */
export function decide(candidates: readonly Candidate[], confidence: number, settings: DecisionSettings, area?: OutOfScopeArea): Decision {
  const top = candidates[0];
  if (!top || confidence < Math.min(settings.suggestAbove, settings.clarifyAbove)) return { kind: 'fallback', score: confidence, ...(area ? { area } : {}) };
  if (confidence < settings.clarifyAbove) {
    const few = candidates.slice(0, settings.maxClarify);
    return few.length > 1 ? { kind: 'clarify', candidates: few } : { kind: 'fallback', score: confidence, ...(area ? { area } : {}) };
  }
  const best = top.raw ?? top.score;
  const tied = candidates.slice(0, settings.maxClarify).filter((candidate) => (candidate.raw ?? candidate.score) >= best * settings.tieShare);
  if (confidence >= settings.answerAbove || tied.length < 2) return { kind: 'answer', id: top.id, score: confidence };
  return { kind: 'clarify', candidates: tied };
}
