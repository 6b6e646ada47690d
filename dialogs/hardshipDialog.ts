import { WaterfallDialog, type DateTimeResolution, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { hardshipPlan, type LevyService } from '../src/calc/plans';
import { numberFigure } from '../src/calc/rules';
import type { Role } from '../src/kb/types';
import { planStepText, planText } from './calcReplies';
import { choicePrompt, moneyPrompt, pastDate, pastDatePrompt } from './prompts';
import { AnswerPresenter } from './answerPresenter';
import { InterruptibleDialog } from './interruptibleDialog';
import { setMatchTag } from './matchTag';
import { choiceStyle } from './replies';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

export interface HardshipOptions {
  /** Monthly amount already given in the question ("I could pay $100 a month"). */
  monthly?: number;
  judgmentAmount?: number;
}

interface HardshipValues {
  monthly?: number;
  judgmentAmount?: number;
  levyHow?: LevyService;
}

const LEVY_CHOICES: ReadonlyArray<{ label: string; how?: LevyService }> = [
  { label: 'Yes, it was handed to me', how: 'personal' },
  { label: 'Yes, it came by mail', how: 'mail' },
  { label: 'No', how: undefined },
];

const ROLE_CHOICES: ReadonlyArray<{ label: string; role: Role; synonyms: string[] }> = [
  { label: 'I owe the money', role: 'debtor', synonyms: ['owe', 'debtor', 'i lost', 'me', 'defendant'] },
  { label: "I'm owed the money", role: 'creditor', synonyms: ['owed', 'creditor', 'i won', 'them', 'plaintiff'] },
];

/** A debtor's options, in the order they usually make sense. Bankruptcy is the last resort. */
export const HARDSHIP_OPTIONS: ReadonlyArray<{ label: string; entryId: string; synonyms: string[] }> = [
  { label: 'Pay in installments', entryId: 'payment-plan', synonyms: ['installments', 'payments', 'payment plan', 'monthly'] },
  { label: 'Protect my money and property', entryId: 'claim-of-exemption', synonyms: ['exemption', 'protect', 'property', 'claim'] },
  { label: 'Waive court fees', entryId: 'fee-waiver', synonyms: ['fee waiver', 'fees', 'waive'] },
  { label: 'Free help', entryId: 'small-claims-advisor', synonyms: ['help', 'advisor', 'free', 'lawyer'] },
  { label: 'Bankruptcy', entryId: 'bankruptcy', synonyms: ['bankrupt', 'chapter 7', 'chapter 13'] },
];

const OVERVIEW_ENTRY = 'cant-pay-judgment';
const CREDITOR_ENTRY = 'debtor-no-assets';

/**
 * For someone who cannot pay: learns which side they are on (once), then walks the person who owes
 * through installments, exemptions, fee waivers, free help and, last, bankruptcy.
 */
export class HardshipDialog extends InterruptibleDialog {
  private readonly presenter: AnswerPresenter;

  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.hardship, deps);
    this.presenter = new AnswerPresenter(deps);
    for (const id of [OVERVIEW_ENTRY, CREDITOR_ENTRY, ...HARDSHIP_OPTIONS.map((option) => option.entryId)]) this.presenter.entry(id);
    this.addDialog(choicePrompt()).addDialog(
      new WaterfallDialog(DIALOG_IDS.hardshipFlow, [
        this.askRole.bind(this),
        this.askMonthly.bind(this),
        this.askJudgment.bind(this),
        this.askLevy.bind(this),
        this.askLevyDate.bind(this),
        this.offerOptions.bind(this),
        this.answerOption.bind(this),
      ]),
    );
    this.addDialog(moneyPrompt()).addDialog(pastDatePrompt(deps));
    this.initialDialogId = DIALOG_IDS.hardshipFlow;
  }

  private async askRole(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.deps.userProfile.get(step.context, {});
    if (profile.role) return step.next(profile.role);
    setMatchTag(step.context, { kind: 'dialog', id: OVERVIEW_ENTRY });
    return step.prompt(DIALOG_IDS.choice, {
      prompt: 'So I can point you the right way: are you the one who owes the money, or the one who is owed?',
      retryPrompt: 'Please pick one: "I owe the money" or "I\'m owed the money".',
      choices: ROLE_CHOICES.map(({ label, synonyms }) => ({ value: label, synonyms })),
      style: choiceStyle(step.context),
    });
  }

  private values(step: WaterfallStepContext): HardshipValues {
    return step.values as HardshipValues;
  }

  private async askMonthly(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const role: Role = typeof step.result === 'string' ? (step.result as Role) : ROLE_CHOICES[(step.result as FoundChoice).index]!.role;
    const profile = await this.deps.userProfile.get(step.context, {});
    profile.role = role;
    if (role === 'creditor') {
      await this.presenter.present(step.context, CREDITOR_ENTRY, { kind: 'dialog' });
      return step.endDialog();
    }
    await this.presenter.present(step.context, OVERVIEW_ENTRY, { kind: 'dialog' }, { withFollowUps: false });
    const options = (step.options as HardshipOptions | undefined) ?? {};
    this.values(step).judgmentAmount = options.judgmentAmount;
    if (options.monthly !== undefined) return step.next(options.monthly);
    setMatchTag(step.context, { kind: 'dialog', id: OVERVIEW_ENTRY });
    return step.prompt(DIALOG_IDS.number, {
      prompt: "Let's make a plan. About how much could you pay each month toward the judgment? Type 0 if nothing right now.",
      retryPrompt: 'Please type a monthly amount as a number, like 100, or 0.',
      validations: { allowZero: true },
    });
  }

  private async askJudgment(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.values(step).monthly = step.result as number;
    if (this.values(step).judgmentAmount) return step.next(this.values(step).judgmentAmount);
    setMatchTag(step.context, { kind: 'dialog', id: OVERVIEW_ENTRY });
    return step.prompt(DIALOG_IDS.number, {
      prompt: 'How much is the judgment? Type 0 if you are not sure.',
      retryPrompt: 'Please type the amount as a number, like 2500, or 0.',
      validations: { allowZero: true },
    });
  }

  private async askLevy(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.values(step).judgmentAmount = (step.result as number) || undefined;
    setMatchTag(step.context, { kind: 'dialog', id: OVERVIEW_ENTRY });
    return step.prompt(DIALOG_IDS.choice, {
      prompt: 'Have you received a notice of levy or wage garnishment from a sheriff, marshal, bank or employer?',
      choices: LEVY_CHOICES.map(({ label }) => label),
      style: choiceStyle(step.context),
    });
  }

  private async askLevyDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const how = LEVY_CHOICES[(step.result as FoundChoice).index]!.how;
    this.values(step).levyHow = how;
    if (!how) return step.next(undefined);
    setMatchTag(step.context, { kind: 'dialog', id: OVERVIEW_ENTRY });
    return step.prompt(DIALOG_IDS.date, {
      prompt: how === 'personal' ? 'What date was it handed to you?' : 'What date was it mailed (the date on the notice or its envelope)?',
      retryPrompt: 'Please type a past date, like 11/20/2026.',
    });
  }

  private async offerOptions(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { monthly = 0, judgmentAmount, levyHow } = this.values(step);
    const served = step.result ? pastDate(step.result as DateTimeResolution[], todayOf(this.deps)) : undefined;
    const plan = hardshipPlan(this.deps.kb, { monthly, ...(judgmentAmount ? { judgmentAmount } : {}), ...(levyHow && served ? { levy: { served, how: levyHow } } : {}) });
    const data = await this.deps.conversationData.get(step.context, {});
    data.plan = { title: plan.title, steps: plan.steps.map(planStepText) };
    data.lastCalculation = { kind: 'hardship', ...(judgmentAmount ? { judgmentAmount } : {}), ratePercent: numberFigure(this.deps.kb, 'interest_rate_standard') };
    setMatchTag(step.context, { kind: 'dialog', id: OVERVIEW_ENTRY });
    await step.context.sendActivity(planText(plan, 'Here is what usually makes sense, first to last.'));
    return step.prompt(DIALOG_IDS.choice, {
      prompt: 'Which option do you want to look at first?',
      retryPrompt: 'Please pick one by tapping it or typing its number, or ask me another question.',
      choices: HARDSHIP_OPTIONS.map(({ label, synonyms }) => ({ value: label, synonyms })),
      style: choiceStyle(step.context),
    });
  }

  private async answerOption(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const option = HARDSHIP_OPTIONS[(step.result as FoundChoice).index]!;
    await this.presenter.present(step.context, option.entryId, { kind: 'dialog' });
    return step.endDialog();
  }
}
