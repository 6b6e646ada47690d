import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Role } from '../src/kb/types';
import { AnswerPresenter } from './answerPresenter';
import { InterruptibleDialog } from './interruptibleDialog';
import { setMatchTag } from './matchTag';
import { choiceStyle } from './replies';
import { DIALOG_IDS, type DialogDependencies } from './state';
import { choicePrompt } from './prompts';

export interface RoleDialogOptions {
  entryId: string;
  score: number;
}

const ROLE_CHOICES: ReadonlyArray<{ label: string; role?: Role; synonyms: string[] }> = [
  { label: "I'm owed money", role: 'creditor', synonyms: ['owed', 'creditor', 'i won', 'plaintiff', 'they owe me'] },
  { label: 'I owe money', role: 'debtor', synonyms: ['owe', 'debtor', 'i lost', 'defendant', 'i owe them'] },
  { label: 'Show both', synonyms: ['both', 'neither', 'skip', 'either'] },
];

/**
 * Asked once per conversation, only before an answer that differs by side: "are you owed money or do
 * you owe it?" The answer is remembered in UserState and used from then on.
 */
export class RoleDialog extends InterruptibleDialog {
  private readonly presenter: AnswerPresenter;

  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.role, deps);
    this.presenter = new AnswerPresenter(deps);
    this.addDialog(choicePrompt()).addDialog(new WaterfallDialog(DIALOG_IDS.roleFlow, [this.ask.bind(this), this.answer.bind(this)]));
    this.initialDialogId = DIALOG_IDS.roleFlow;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { entryId } = step.options as RoleDialogOptions;
    const data = await this.deps.conversationData.get(step.context, {});
    data.roleAsked = true;
    setMatchTag(step.context, { kind: 'dialog', id: entryId });
    return step.prompt(DIALOG_IDS.choice, {
      prompt: 'The answer depends on your side. Are you the one owed money, or the one who owes it?',
      retryPrompt: 'Please pick one: "I\'m owed money", "I owe money" or "Show both".',
      choices: ROLE_CHOICES.map(({ label, synonyms }) => ({ value: label, synonyms })),
      style: choiceStyle(step.context),
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { entryId, score } = step.options as RoleDialogOptions;
    const role = ROLE_CHOICES[(step.result as FoundChoice).index]!.role;
    if (role) (await this.deps.userProfile.get(step.context, {})).role = role;
    await this.presenter.present(step.context, entryId, { kind: 'answer', score });
    return step.endDialog();
  }
}
