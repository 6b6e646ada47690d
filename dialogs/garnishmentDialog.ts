import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { computeGarnishment, PAY_PERIODS, type PayPeriod } from '../src/calc/garnishment';
import { garnishmentText } from './calcReplies';
import { InterruptibleDialog } from './interruptibleDialog';
import { setMatchTag } from './matchTag';
import { choicePrompt, moneyPrompt } from './prompts';
import { choiceStyle } from './replies';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

export interface GarnishmentOptions {
  pay?: number;
  period?: PayPeriod;
  judgmentAmount?: number;
}

const PERIOD_LABELS: Readonly<Record<PayPeriod, string>> = {
  weekly: 'Every week',
  biweekly: 'Every two weeks',
  semimonthly: 'Twice a month',
  monthly: 'Once a month',
};

/** The most a wage garnishment can take from a paycheck, from the pay and how often it comes. */
export class GarnishmentDialog extends InterruptibleDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.garnishment, deps);
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
    setMatchTag(step.context, { kind: 'dialog', id: 'garnishment' });
    return step.prompt(DIALOG_IDS.number, {
      prompt: 'How much is the take-home pay per paycheck, after taxes and other required deductions? (Roughly is fine.)',
      retryPrompt: 'Please type the pay as a number, like 900.',
    });
  }

  private async askPeriod(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as { pay?: number }).pay = step.result as number;
    const { period } = this.options(step);
    if (period) return step.next(period);
    setMatchTag(step.context, { kind: 'dialog', id: 'garnishment' });
    return step.prompt(DIALOG_IDS.choice, {
      prompt: 'How often is that paid?',
      choices: PAY_PERIODS.map((each) => ({ value: PERIOD_LABELS[each], synonyms: [each] })),
      style: choiceStyle(step.context),
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const period: PayPeriod = typeof step.result === 'string' ? (step.result as PayPeriod) : PAY_PERIODS[(step.result as FoundChoice).index]!;
    const pay = (step.values as { pay: number }).pay;
    const { judgmentAmount } = this.options(step);
    const input = { disposableEarnings: pay, period, payDate: todayOf(this.deps) };
    const result = computeGarnishment(this.deps.kb, input);
    const data = await this.deps.conversationData.get(step.context, {});
    data.lastCalculation = { kind: 'garnishment', pay, period, ...(judgmentAmount ? { judgmentAmount } : {}) };
    data.lastEntryId = 'garnishment-limit';
    data.followUps = [];
    setMatchTag(step.context, { kind: 'dialog', id: 'garnishment' });
    await step.context.sendActivity(garnishmentText(input, result, judgmentAmount));
    return step.endDialog();
  }
}
