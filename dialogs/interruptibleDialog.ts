import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { normalizeText } from '../src/intent/normalize';
import { detectSmallTalk } from '../src/intent/smalltalk';
import { setMatchTag } from './matchTag';
import { helpActivity, SMALL_TALK_REPLIES } from './replies';
import type { DialogDependencies } from './state';

/** Ends a dialog when the user asked something new; the main dialog starts over with this text. */
export interface RerouteResult {
  reroute: string;
}

export function isReroute(value: unknown): value is RerouteResult {
  return typeof value === 'object' && value !== null && typeof (value as RerouteResult).reroute === 'string';
}

// Answers to a prompt are short ("my car", "2", "yes"); a longer message that matches an entry well
// is a new question, not an answer.
const NEW_QUESTION_MIN_WORDS = 4;
const NEW_QUESTION_MIN_SCORE = 0.5;

/**
 * Interruptions handled once for every guided dialog, as BotBuilder-Samples' core bot does with its
 * cancel-and-help dialog: "help" answers and keeps the dialog waiting, "start over" clears the
 * conversation, and a brand-new question leaves the dialog so the main dialog can answer it.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly deps: DialogDependencies,
  ) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { activity } = innerDc.context;
    if (activity.type !== ActivityTypes.Message || !activity.text) return undefined;
    const normalized = normalizeText(activity.text);
    const smallTalk = detectSmallTalk(normalized);
    if (smallTalk === 'help') {
      setMatchTag(innerDc.context, { kind: 'smalltalk', id: 'help' });
      await innerDc.context.sendActivity(helpActivity(innerDc.context));
      return { status: DialogTurnStatus.waiting };
    }
    if (smallTalk === 'startOver') {
      await this.deps.conversationData.set(innerDc.context, {});
      setMatchTag(innerDc.context, { kind: 'smalltalk', id: 'startOver' });
      await innerDc.context.sendActivity(SMALL_TALK_REPLIES.startOver);
      return innerDc.cancelAllDialogs();
    }
    if (this.isNewQuestion(normalized)) {
      await innerDc.cancelAllDialogs();
      const reroute: RerouteResult = { reroute: activity.text };
      return { status: DialogTurnStatus.complete, result: reroute };
    }
    return undefined;
  }

  private isNewQuestion(normalized: string): boolean {
    if (normalized.split(' ').length < NEW_QUESTION_MIN_WORDS) return false;
    const { decision } = this.deps.matcher.match(normalized);
    const score = decision.kind === 'answer' ? decision.score : decision.kind === 'clarify' ? decision.candidates[0]!.score : 0;
    return score >= NEW_QUESTION_MIN_SCORE;
  }
}
