import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { protectedAmounts, type PropertyKind } from '../src/calc/exemptions';
import { protectedAmountsText } from '../src/conversation/calcText';
import { GuidedDialog } from './guidedDialog';
import { setMatchTag } from './matchTag';
import { choiceStyle } from './replies';
import { replyLanguage, say } from './replyLanguage';
import { DIALOG_IDS, type DialogDependencies } from './state';
import { choicePrompt, confirmPrompt } from './prompts';

/** What a person may be worried about losing, and the entry that answers for it; the words are the catalogue's. */
export const PROPERTY_CHOICES: ReadonlyArray<{ entryId: string; kind: PropertyKind }> = [
  { entryId: 'exemption-wages', kind: 'wages' },
  { kind: 'bank', entryId: 'exemption-bank-account' },
  { kind: 'vehicle', entryId: 'exemption-vehicle' },
  { kind: 'home', entryId: 'exemption-home' },
  { kind: 'household', entryId: 'exemption-household' },
  { kind: 'tools', entryId: 'exemption-tools-of-trade' },
  { kind: 'benefits', entryId: 'exemption-benefits' },
  { kind: 'retirement', entryId: 'exemption-retirement' },
];

const OVERVIEW_ENTRY = 'what-cannot-be-taken';
const CLAIM_ENTRY = 'claim-of-exemption';

interface ExemptionsState {
  propertyEntryId?: string;
}

/**
 * What a creditor cannot take: gives the overview, asks which property the person is worried about,
 * answers for it, then offers the steps and deadline to claim the exemption.
 */
export class ExemptionsDialog extends GuidedDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.exemptions, deps, OVERVIEW_ENTRY);
    for (const id of [OVERVIEW_ENTRY, CLAIM_ENTRY, ...PROPERTY_CHOICES.map((choice) => choice.entryId)]) this.presenter.entry(id);
    this.addDialog(choicePrompt())
      .addDialog(confirmPrompt())
      .addDialog(new WaterfallDialog(DIALOG_IDS.exemptionsFlow, [this.askProperty.bind(this), this.answerProperty.bind(this), this.explainClaim.bind(this)]));
    this.initialDialogId = DIALOG_IDS.exemptionsFlow;
  }

  private async askProperty(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.presenter.present(step.context, OVERVIEW_ENTRY, { kind: 'dialog' }, { withFollowUps: false });
    const { exemptions } = say(step.context);
    return this.askChoice(step, exemptions.ask, PROPERTY_CHOICES.map(({ kind }) => exemptions.choices[kind]), exemptions.retry);
  }

  private async answerProperty(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = PROPERTY_CHOICES[(step.result as FoundChoice).index]!;
    (step.values as ExemptionsState).propertyEntryId = choice.entryId;
    // The amount first, with its as-of date and code section; then the entry's full answer.
    setMatchTag(step.context, { kind: 'dialog', id: choice.entryId });
    const { exemptions } = say(step.context);
    const language = replyLanguage(step.context);
    await step.context.sendActivity(`${exemptions.protectedHeading}\n\n${protectedAmountsText(protectedAmounts(this.deps.kb, [choice.kind], language), language)}`);
    await this.presenter.present(step.context, choice.entryId, { kind: 'dialog' }, { withFollowUps: false });
    setMatchTag(step.context, { kind: 'dialog', id: choice.entryId });
    return step.prompt(DIALOG_IDS.confirm, {
      prompt: exemptions.confirm,
      style: choiceStyle(step.context),
    });
  }

  private async explainClaim(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === true) {
      await this.presenter.present(step.context, CLAIM_ENTRY, { kind: 'dialog' });
    } else {
      // Keep the property just discussed as the topic, with its follow-ups, for the next question.
      await this.presenter.present(step.context, (step.values as ExemptionsState).propertyEntryId!, { kind: 'dialog' }, { answer: false });
    }
    return step.endDialog();
  }
}
