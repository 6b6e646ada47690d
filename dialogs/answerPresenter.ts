import type { TurnContext } from 'botbuilder';
import type { CalculatorAnswer } from '../src/conversation/calculators';
import type { KnowledgeEntry } from '../src/kb/types';
import { setMatchTag, type MatchKind } from './matchTag';
import { answerActivity, calculationActivity, followUpsActivity } from './replies';
import { replyLanguage, say } from './replyLanguage';
import { knowledgeFor, type DialogDependencies } from './state';

export interface PresentOptions {
  withFollowUps?: boolean;
  answer?: boolean;
  /** Offer the two side buttons even though the answer itself is the same for both. */
  offerSides?: boolean;
}

/**
 * Sends an entry's answer or a worked-out result and makes it the conversation's current topic, so
 * short follow-ups ("what about my car?", "2", "yes") are read against it. Shared by the main and the
 * guided dialogs.
 */
export class AnswerPresenter {
  constructor(private readonly deps: DialogDependencies) {}

  /** An entry in the turn's language (English before a turn, to check at start-up that it exists). */
  entry(id: string, context?: TurnContext): KnowledgeEntry {
    const entry = this.kb(context).byId.get(id);
    if (!entry) throw new Error(`Knowledge entry "${id}" is missing; the dialogs depend on it.`);
    return entry;
  }

  private kb(context: TurnContext | undefined) {
    return knowledgeFor(this.deps, context ? replyLanguage(context) : 'en').kb;
  }

  /**
   * `withFollowUps: false` when a prompt comes next (its choices would clash with numbered
   * follow-ups); `answer: false` only re-offers the entry's follow-ups.
   */
  async present(
    context: TurnContext,
    id: string,
    tag: { kind: MatchKind; score?: number } = { kind: 'answer' },
    { withFollowUps = true, answer = true, offerSides = false }: PresentOptions = {},
  ): Promise<void> {
    const entry = this.entry(id, context);
    const profile = await this.deps.userProfile.get(context, {});
    const data = await this.deps.conversationData.get(context, {});
    data.lastEntryId = entry.id;
    data.followUps = withFollowUps ? [...entry.followUps] : [];
    data.clarifying = false;
    data.offer = withFollowUps ? entry.calculator : undefined;
    setMatchTag(context, { kind: tag.kind, id: entry.id, ...(tag.score === undefined ? {} : { score: tag.score }) });
    if (answer) {
      await context.sendActivity(answerActivity(context, entry, this.kb(context), profile.role, withFollowUps, offerSides));
    } else if (withFollowUps) {
      await context.sendActivity(followUpsActivity(context, entry, this.kb(context), say(context).alsoWantToKnow));
    }
  }

  /** A worked-out result, remembered for follow-ups ("what was step 2 again?", "and if they pay $100 a month?"). */
  async presentCalculation(context: TurnContext, tagId: string, answer: CalculatorAnswer): Promise<void> {
    const data = await this.deps.conversationData.get(context, {});
    Object.assign(data, answer.remember);
    data.lastEntryId = answer.entryId;
    data.followUps = answer.next.flatMap((step) => ('entryId' in step ? [step.entryId] : []));
    data.clarifying = false;
    data.offer = answer.next.flatMap((step) => ('calculator' in step ? [step.calculator] : []))[0];
    setMatchTag(context, { kind: 'dialog', id: tagId });
    await context.sendActivity(calculationActivity(context, answer, this.kb(context)));
  }
}
