import type { OutOfScopeArea } from '../kb/types';
import type { MatcherSettings } from './settings';
import type { Candidate, Decision } from './types';

type DecisionSettings = Pick<MatcherSettings, 'answerAbove' | 'clarifyAbove' | 'tieShare' | 'maxClarify'>;

/**
 * Answer when the confidence says the best entry is very likely right; between the thresholds, offer
 * the entries that are really tied with it, or answer it when nothing is; below, say honestly that
 * this isn't covered, naming the area it belongs to when the question names one.
 */
export function decide(candidates: readonly Candidate[], confidence: number, settings: DecisionSettings, area?: OutOfScopeArea): Decision {
  const top = candidates[0];
  if (!top || confidence < settings.clarifyAbove) return { kind: 'fallback', score: confidence, ...(area ? { area } : {}) };
  const best = top.raw ?? top.score;
  const tied = candidates.slice(0, settings.maxClarify).filter((candidate) => (candidate.raw ?? candidate.score) >= best * settings.tieShare);
  if (confidence >= settings.answerAbove || tied.length < 2) return { kind: 'answer', id: top.id, score: confidence };
  return { kind: 'clarify', candidates: tied };
}
