import { WaterfallDialog, type DateTimeResolution, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { computeInterest, type DebtKind, type InterestInput } from '../src/calc/interest';
import { interestText } from './calcReplies';
import { InterruptibleDialog } from './interruptibleDialog';
import { setMatchTag } from './matchTag';
import { choicePrompt, moneyPrompt, pastDate, pastDatePrompt } from './prompts';
import { choiceStyle } from './replies';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

export interface InterestOptions {
  principal?: number;
  entryDate?: string;
}

interface InterestValues {
  principal?: number;
  entryDate?: string;
  kind?: DebtKind;
  debtorIsPerson?: boolean;
  paid?: number;
}

const KINDS: ReadonlyArray<{ label: string; kind: DebtKind; person: boolean }> = [
  { label: 'Medical bills owed by a person', kind: 'medical', person: true },
  { label: 'Personal debt owed by a person (credit card, loan)', kind: 'personal-debt', person: true },
  { label: 'Anything else', kind: 'other', person: true },
];

/** How much a judgment comes to now with interest, asking only for what the question did not say. */
export class InterestDialog extends InterruptibleDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.interest, deps);
    this.addDialog(pastDatePrompt(deps))
      .addDialog(moneyPrompt())
      .addDialog(choicePrompt())
      .addDialog(
        new WaterfallDialog(DIALOG_IDS.interestFlow, [
          this.askAmount.bind(this),
          this.askEntryDate.bind(this),
          this.askKind.bind(this),
          this.askPaid.bind(this),
          this.askPaidDate.bind(this),
          this.answer.bind(this),
        ]),
      );
    this.initialDialogId = DIALOG_IDS.interestFlow;
  }

  private values(step: WaterfallStepContext): InterestValues {
    return step.values as InterestValues;
  }

  private async askAmount(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options as InterestOptions | undefined) ?? {};
    this.values(step).entryDate = options.entryDate;
    if (options.principal) return step.next(options.principal);
    setMatchTag(step.context, { kind: 'dialog', id: 'interest' });
    return step.prompt(DIALOG_IDS.number, { prompt: 'How much was the judgment for, in dollars (the total the court awarded)?', retryPrompt: 'Please type the amount as a number, like 2500.' });
  }

  private async askEntryDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.values(step).principal = step.result as number;
    const known = this.values(step).entryDate;
    if (known) return step.next(known);
    setMatchTag(step.context, { kind: 'dialog', id: 'interest' });
    return step.prompt(DIALOG_IDS.date, { prompt: 'What date was the judgment entered? It is on the Notice of Entry of Judgment.', retryPrompt: 'Please type a past date, like 3/3/2026.' });
  }

  private async askKind(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.values(step).entryDate = typeof step.result === 'string' ? step.result : pastDate(step.result as DateTimeResolution[], todayOf(this.deps));
    setMatchTag(step.context, { kind: 'dialog', id: 'interest' });
    return step.prompt(DIALOG_IDS.choice, {
      prompt: 'What was the judgment for? Some debts of a person get a lower interest rate.',
      choices: KINDS.map(({ label }) => label),
      style: choiceStyle(step.context),
    });
  }

  private async askPaid(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const kind = KINDS[(step.result as FoundChoice).index]!;
    this.values(step).kind = kind.kind;
    this.values(step).debtorIsPerson = kind.person;
    setMatchTag(step.context, { kind: 'dialog', id: 'interest' });
    return step.prompt(DIALOG_IDS.number, {
      prompt: 'How much has been paid so far, in total? Type 0 if nothing.',
      retryPrompt: 'Please type the total paid as a number, or 0.',
      validations: { allowZero: true },
    });
  }

  private async askPaidDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.values(step).paid = step.result as number;
    if (!this.values(step).paid) return step.next(undefined);
    setMatchTag(step.context, { kind: 'dialog', id: 'interest' });
    return step.prompt(DIALOG_IDS.date, { prompt: 'About when was it paid? (For several payments, the middle date is close enough.)', retryPrompt: 'Please type a past date, like 6/1/2026.' });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const today = todayOf(this.deps);
    const values = this.values(step);
    const paidOn = step.result ? pastDate(step.result as DateTimeResolution[], today) : undefined;
    const input: InterestInput = {
      principal: values.principal!,
      entryDate: values.entryDate!,
      asOf: today,
      kind: values.kind,
      debtorIsPerson: values.debtorIsPerson,
      payments: values.paid && paidOn ? [{ date: paidOn < values.entryDate! ? values.entryDate! : paidOn, amount: values.paid }] : [],
    };
    const result = computeInterest(this.deps.kb, input);
    const data = await this.deps.conversationData.get(step.context, {});
    data.lastCalculation = { kind: 'interest', principal: result.principalUnpaid, interestUnpaid: result.interestUnpaid, ratePercent: result.rate.percent, total: result.total };
    data.lastEntryId = 'interest-and-costs';
    data.followUps = [];
    setMatchTag(step.context, { kind: 'dialog', id: 'interest' });
    await step.context.sendActivity(interestText(input, result));
    return step.endDialog();
  }
}
