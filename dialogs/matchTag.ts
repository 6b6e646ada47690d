import type { TurnContext } from 'botbuilder';

export type MatchKind = 'answer' | 'clarify' | 'fallback' | 'smalltalk' | 'dialog';

/** Attached to every reply as channelData.match, for analytics, the web page and tests. */
export interface MatchTag {
  kind: MatchKind;
  id?: string;
  score?: number;
}

const MATCH_TAG = Symbol('matchTag');

/** Records how this turn was understood; the bot stamps it on every reply sent after this call. */
export function setMatchTag(context: TurnContext, tag: MatchTag): void {
  context.turnState.set(MATCH_TAG, tag);
}

export function getMatchTag(context: TurnContext): MatchTag | undefined {
  return context.turnState.get(MATCH_TAG) as MatchTag | undefined;
}
