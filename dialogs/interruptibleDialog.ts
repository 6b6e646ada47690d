import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnStatus, recognizeChoices, type Choice, type DialogContext, type DialogTurnResult, type PromptOptions } from 'botbuilder-dialogs';
import { normalizeText } from '../src/intent/normalize';
import { detectSmallTalk } from '../src/intent/smalltalk';
import { setMatchTag } from './matchTag';
import { helpActivity, SMALL_TALK_REPLIES } from './replies';
import type { DialogDependencies } from './state';
import { CHOICE_REPLY_CHARS } from '../src/calc/recognizerWindows';

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
const NEW_QUESTION_MIN_SCORE = 0.12;

/** True when the text picks one of the choices of the prompt waiting deepest in the stack. */
function answersOpenPrompt(dc: DialogContext, text: string): boolean {
  let deepest: DialogContext = dc;
  while (deepest.child) deepest = deepest.child;
  const options = (deepest.activeDialog?.state as { options?: PromptOptions } | undefined)?.options;
  const choices = (options?.choices ?? []).map((choice): Choice => (typeof choice === 'string' ? { value: choice } : choice));
  // recognizeChoices also finds a choice from one shared word ("my" in "My car"); only a match that
  // covers most of the message counts as an answer.
  // A choice of a few words cannot cover half of a long message, and the recognizer's cost grows with length.
  if (text.length > 2 * CHOICE_REPLY_CHARS) return false;
  return recognizeChoices(text, choices).some((found) => (found.end - found.start + 1) / text.length >= 0.5);
}

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
      const { turns } = await this.deps.conversationData.get(innerDc.context, {});
      await this.deps.conversationData.set(innerDc.context, { turns });
      setMatchTag(innerDc.context, { kind: 'smalltalk', id: 'startOver' });
      await innerDc.context.sendActivity(SMALL_TALK_REPLIES.startOver);
      return innerDc.cancelAllDialogs();
    }
    if (!answersOpenPrompt(innerDc, activity.text) && this.isNewQuestion(normalized)) {
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
