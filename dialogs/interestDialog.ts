import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { InterestOptions } from '../src/conversation/calculators';
import { GuidedDialog } from './guidedDialog';
import { say } from './replyLanguage';
import { moneyPrompt, pastDatePrompt, promptedDate } from './prompts';
import { DIALOG_IDS, type DialogDependencies } from './state';

/**
 * What a judgment comes to now with interest. Asks only for the amount and the entry date when the
 * question did not give them; the rate and payments are assumed (and the answer says so) unless given.
 */
export class InterestDialog extends GuidedDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.interest, deps, 'interest');
    this.addDialog(pastDatePrompt(deps))
      .addDialog(moneyPrompt())
      .addDialog(new WaterfallDialog(DIALOG_IDS.interestFlow, [this.askAmount.bind(this), this.askEntryDate.bind(this), this.answer.bind(this)]));
    this.initialDialogId = DIALOG_IDS.interestFlow;
  }

  private values(step: WaterfallStepContext): InterestOptions {
    return step.values as InterestOptions;
  }

  private async askAmount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    Object.assign(this.values(step), (step.options as InterestOptions | undefined) ?? {});
    if (this.values(step).principal) return step.next(this.values(step).principal);
    const { interest } = say(step.context);
    return this.askNumber(step, interest.askAmount, interest.retryAmount);
  }

  private async askEntryDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.values(step).principal = step.result as number;
    if (this.values(step).entryDate) return step.next(this.values(step).entryDate);
    const { interest } = say(step.context);
    return this.askDate(step, interest.askEntryDate, interest.retryEntryDate);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const entryDate = promptedDate(step.result, this.today())!;
    return this.finish(step, { calculator: 'interest', options: { ...this.values(step), entryDate } });
  }
}
