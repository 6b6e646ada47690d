import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { PAY_PERIODS, type PayPeriod } from '../src/calc/garnishment';
import type { GarnishmentOptions } from '../src/conversation/calculators';
import { GuidedDialog } from './guidedDialog';
import { choicePrompt, moneyPrompt } from './prompts';
import { DIALOG_IDS, type DialogDependencies } from './state';

const PERIOD_CHOICES: Readonly<Record<PayPeriod, { label: string; synonyms: string[] }>> = {
  weekly: { label: 'Every week', synonyms: ['weekly', 'week', 'each week', 'once a week'] },
  biweekly: { label: 'Every two weeks', synonyms: ['biweekly', 'bi weekly', 'every other week', 'two weeks', 'fortnightly'] },
  semimonthly: { label: 'Twice a month', synonyms: ['semimonthly', 'semi monthly', '1st and 15th', 'twice'] },
  monthly: { label: 'Once a month', synonyms: ['monthly', 'month', 'once a month'] },
};

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
    return this.askNumber(step, 'How much is the take-home pay per paycheck, after taxes and other required deductions? (Roughly is fine.)', 'Please type the pay as a number, like 900.');
  }

  private async askPeriod(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as GarnishmentOptions).pay = step.result as number;
    const { period } = this.options(step);
    if (period) return step.next(period);
    return this.askChoice(step, 'How often is that paid?', PAY_PERIODS.map((each) => PERIOD_CHOICES[each]));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const period: PayPeriod = typeof step.result === 'string' ? (step.result as PayPeriod) : PAY_PERIODS[(step.result as FoundChoice).index]!;
    const { pay } = step.values as GarnishmentOptions;
    return this.finish(step, { calculator: 'garnishment', options: { ...this.options(step), pay: pay!, period } });
  }
}
