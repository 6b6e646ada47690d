import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { PAY_PERIODS, type PayPeriod } from '../src/calc/garnishment';
import type { GarnishmentOptions } from '../src/conversation/calculators';
import { GuidedDialog } from './guidedDialog';
import { say } from './replyLanguage';
import { choicePrompt, moneyPrompt } from './prompts';
import { DIALOG_IDS, type DialogDependencies } from './state';

/** The most a wage garnishment can take from a paycheck, from the pay and how often it comes. */
export class GarnishmentDialog extends GuidedDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.garnishment, deps, 'garnishment');
    this.addDialog(moneyPrompt())
      .addDialog(choicePrompt())
      .addDialog(new WaterfallDialog(DIALOG_IDS.garnishmentFlow, [this.askPay.bind(this), this.askPeriod.bind(this), this.answer.bind(this)]));
    this.initialDialogId = DIALOG_IDS.garnishmentFlow;
  }

  private options(step: WaterfallStepContext): GarnishmentOptions {
    return (step.options as GarnishmentOptions | undefined) ?? {};
  }

  private async askPay(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { pay } = this.options(step);
    if (pay) return step.next(pay);
    const { garnishment } = say(step.context);
    return this.askNumber(step, garnishment.askPay, garnishment.retryPay);
  }

  private async askPeriod(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as GarnishmentOptions).pay = step.result as number;
    const { period } = this.options(step);
    if (period) return step.next(period);
    const { garnishment } = say(step.context);
    return this.askChoice(step, garnishment.askPeriod, PAY_PERIODS.map((each) => garnishment.periodChoices[each]));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const period: PayPeriod = typeof step.result === 'string' ? (step.result as PayPeriod) : PAY_PERIODS[(step.result as FoundChoice).index]!;
    const { pay } = step.values as GarnishmentOptions;
    return this.finish(step, { calculator: 'garnishment', options: { ...this.options(step), pay: pay!, period } });
  }
}
