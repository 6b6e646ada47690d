import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DeadlinesOptions } from '../src/conversation/calculators';
import { GuidedDialog } from './guidedDialog';
import { say } from './replyLanguage';
import { pastDatePrompt, promptedDate } from './prompts';
import { DIALOG_IDS, type DialogDependencies } from './state';

/** The dates that follow a judgment; asks for the notice date only when the question gave no date. */
export class DeadlinesDialog extends GuidedDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.deadlines, deps, 'deadlines');
    this.addDialog(pastDatePrompt(deps)).addDialog(new WaterfallDialog(DIALOG_IDS.deadlinesFlow, [this.askNoticeDate.bind(this), this.answer.bind(this)]));
    this.initialDialogId = DIALOG_IDS.deadlinesFlow;
  }

  private options(step: WaterfallStepContext): DeadlinesOptions {
    return (step.options as DeadlinesOptions | undefined) ?? {};
  }

  private async askNoticeDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { noticeDate, entryDate } = this.options(step);
    if (noticeDate ?? entryDate) return step.next(noticeDate ?? entryDate);
    const { deadlines } = say(step.context);
    return this.askDate(step, deadlines.askNoticeDate, deadlines.retryNoticeDate, true);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const given = options.noticeDate ?? options.entryDate;
    const noticeDate = given ?? promptedDate(step.result, this.today());
    if (!noticeDate) {
      // Without the date, the general answer: the wait is counted from the notice, and the clerk has it.
      await this.presenter.present(step.context, 'when-can-i-collect', { kind: 'dialog' });
      return step.endDialog();
    }
    return this.finish(step, { calculator: 'deadlines', options: given ? options : { ...options, noticeDate } });
  }
}
