import type { OutOfScopeArea } from '../kb/types';
import type { MatcherSettings } from './settings';
import type { Candidate, Decision } from './types';

type DecisionSettings = Pick<MatcherSettings, 'answerAbove' | 'inScopeAbove' | 'tieShare' | 'maxClarify'>;

/**
 * Two questions, two models: is this a question the knowledge covers at all (`inScope`), and is the
 * best entry the right one (`confidence`)? Not covered → say so honestly, naming the area it belongs
 * to when the question names one. Covered and the best entry likely right, or nothing tied with it →
 * answer. Covered but the best entries really tied → offer them ("Did you mean").
 */
export function decide(candidates: readonly Candidate[], confidence: number, inScope: number, settings: DecisionSettings, area?: OutOfScopeArea): Decision {
  const top = candidates[0];
  if (!top || inScope < settings.inScopeAbove) return { kind: 'fallback', score: inScope, ...(area ? { area } : {}) };
  const best = top.raw ?? top.score;
  const tied = candidates.slice(0, settings.maxClarify).filter((candidate) => (candidate.raw ?? candidate.score) >= best * settings.tieShare);
  if (confidence >= settings.answerAbove || tied.length < 2) return { kind: 'answer', id: top.id, score: confidence };
  return { kind: 'clarify', candidates: tied };
}
