import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { InterestOptions } from '../src/conversation/calculators';
import { GuidedDialog } from './guidedDialog';
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
    return this.askNumber(step, 'How much was the judgment for, in dollars (the total the court awarded)?', 'Please type the amount as a number, like 2500. It is on the Notice of Entry of Judgment.');
  }

  private async askEntryDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.values(step).principal = step.result as number;
    if (this.values(step).entryDate) return step.next(this.values(step).entryDate);
    return this.askDate(step, 'What date was the judgment entered? It is on the Notice of Entry of Judgment.', 'Please type a past date, like 3/3/2026.');
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const entryDate = promptedDate(step.result, this.today())!;
    return this.finish(step, { calculator: 'interest', options: { ...this.values(step), entryDate } });
  }
}
