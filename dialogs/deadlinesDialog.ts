import { WaterfallDialog, type DateTimeResolution, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { computeDeadlines } from '../src/calc/deadlines';
import { InterruptibleDialog } from './interruptibleDialog';
import { setMatchTag } from './matchTag';
import { deadlinesText } from './calcReplies';
import { choicePrompt, pastDate, pastDatePrompt } from './prompts';
import { choiceStyle } from './replies';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

export interface DeadlinesOptions {
  noticeDate?: string;
}

interface DeadlinesValues {
  noticeDate?: string;
}

const ATTENDED: ReadonlyArray<{ label: string; value: boolean | undefined }> = [
  { label: 'Yes, they were there', value: true },
  { label: 'No, they missed it', value: false },
  { label: 'Not sure', value: undefined },
];

/** Works out the dates that follow a judgment from the day its notice was mailed or handed over. */
export class DeadlinesDialog extends InterruptibleDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.deadlines, deps);
    this.addDialog(pastDatePrompt(deps))
      .addDialog(choicePrompt())
      .addDialog(new WaterfallDialog(DIALOG_IDS.deadlinesFlow, [this.askNoticeDate.bind(this), this.askAttended.bind(this), this.answer.bind(this)]));
    this.initialDialogId = DIALOG_IDS.deadlinesFlow;
  }

  private async askNoticeDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const given = (step.options as DeadlinesOptions | undefined)?.noticeDate;
    if (given) return step.next(given);
    setMatchTag(step.context, { kind: 'dialog', id: 'deadlines' });
    return step.prompt(DIALOG_IDS.date, {
      prompt: 'What date was the Notice of Entry of Judgment (SC-130) mailed or handed to you? It is printed on the notice, for example 3/3/2026.',
      retryPrompt: 'Please type a past date, like 3/3/2026 or March 3, 2026.',
    });
  }

  private async askAttended(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const noticeDate = typeof step.result === 'string' ? step.result : pastDate(step.result as DateTimeResolution[], todayOf(this.deps));
    (step.values as DeadlinesValues).noticeDate = noticeDate;
    setMatchTag(step.context, { kind: 'dialog', id: 'deadlines' });
    return step.prompt(DIALOG_IDS.choice, {
      prompt: 'Was the person ordered to pay at the hearing? (It decides whether the 30 days to ask to cancel the judgment apply.)',
      choices: ATTENDED.map(({ label }) => label),
      style: choiceStyle(step.context),
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const noticeDate = (step.values as DeadlinesValues).noticeDate!;
    const payerAttended = ATTENDED[(step.result as FoundChoice).index]!.value;
    const result = computeDeadlines(this.deps.kb, { noticeDate, today: todayOf(this.deps), ...(payerAttended === undefined ? {} : { payerAttended }) });
    const data = await this.deps.conversationData.get(step.context, {});
    data.lastCalculation = { kind: 'deadlines', noticeDate };
    data.lastEntryId = 'when-can-i-collect';
    data.followUps = [];
    setMatchTag(step.context, { kind: 'dialog', id: 'deadlines' });
    await step.context.sendActivity(deadlinesText(result));
    return step.endDialog();
  }
}
