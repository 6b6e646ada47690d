import type { OutOfScopeArea, Role } from '../kb/types';
import type { MatchFeatures } from './confidence';

export interface Candidate {
  id: string;
  /** Calibrated 0..1: how well the question fits the entry. */
  score: number;
  /** The blended score before calibration, which ties are judged on. */
  raw?: number;
}

/** What the conversation already knows, used to read short follow-up questions. */
export interface MatchContext {
  previousEntryId?: string;
  /** The side the person said they are on in an earlier turn. */
  role?: Role;
}

export type Decision =
  | { kind: 'answer'; id: string; score: number }
  | { kind: 'clarify'; candidates: Candidate[] }
  | { kind: 'fallback'; score: number; area?: OutOfScopeArea };

export interface MatchResult {
  /** Best first; at most ten. */
  candidates: Candidate[];
  decision: Decision;
  /** How likely the best candidate is the right answer, 0..1 (1 for an exact phrasing). */
  confidence: number;
  /** How likely the question is one the knowledge covers at all, 0..1. */
  inScope: number;
  /** The evidence behind `confidence`; absent for an exact phrasing. */
  features?: MatchFeatures;
}
