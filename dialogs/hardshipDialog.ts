import { ChoicePrompt, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Role } from '../src/kb/types';
import { AnswerPresenter } from './answerPresenter';
import { InterruptibleDialog } from './interruptibleDialog';
import { setMatchTag } from './matchTag';
import { choiceStyle } from './replies';
import { DIALOG_IDS, type DialogDependencies } from './state';

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
    this.addDialog(new ChoicePrompt(DIALOG_IDS.choice)).addDialog(
      new WaterfallDialog(DIALOG_IDS.hardshipFlow, [this.askRole.bind(this), this.offerOptions.bind(this), this.answerOption.bind(this)]),
    );
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

  private async offerOptions(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const role: Role = typeof step.result === 'string' ? (step.result as Role) : ROLE_CHOICES[(step.result as FoundChoice).index]!.role;
    const profile = await this.deps.userProfile.get(step.context, {});
    profile.role = role;
    if (role === 'creditor') {
      await this.presenter.present(step.context, CREDITOR_ENTRY, { kind: 'dialog' });
      return step.endDialog();
    }
    await this.presenter.present(step.context, OVERVIEW_ENTRY, { kind: 'dialog' }, { withFollowUps: false });
    setMatchTag(step.context, { kind: 'dialog', id: OVERVIEW_ENTRY });
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
