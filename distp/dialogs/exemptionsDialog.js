"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExemptionsDialog = exports.PROPERTY_CHOICES = void 0;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const exemptions_1 = require("../src/calc/exemptions");
const calcText_1 = require("../src/conversation/calcText");
const guidedDialog_1 = require("./guidedDialog");
const matchTag_1 = require("./matchTag");
const replies_1 = require("./replies");
const state_1 = require("./state");
const prompts_1 = require("./prompts");
/** What a person may be worried about losing, and the entry that answers for it. */
exports.PROPERTY_CHOICES = [
    { label: 'My wages', entryId: 'exemption-wages', kind: 'wages', synonyms: ['paycheck', 'pay', 'salary', 'wages', 'job'] },
    { label: 'My bank account', kind: 'bank', entryId: 'exemption-bank-account', synonyms: ['bank', 'savings', 'checking', 'account'] },
    { label: 'My car', kind: 'vehicle', entryId: 'exemption-vehicle', synonyms: ['car', 'vehicle', 'truck', 'auto'] },
    { label: 'My home', kind: 'home', entryId: 'exemption-home', synonyms: ['house', 'home', 'condo', 'homestead'] },
    { label: 'Household things', kind: 'household', entryId: 'exemption-household', synonyms: ['furniture', 'clothes', 'appliances', 'household'] },
    { label: 'Work tools', kind: 'tools', entryId: 'exemption-tools-of-trade', synonyms: ['tools', 'equipment', 'trade'] },
    { label: 'Benefits', kind: 'benefits', entryId: 'exemption-benefits', synonyms: ['social security', 'ssi', 'unemployment', 'disability', 'benefits'] },
    { label: 'Retirement', kind: 'retirement', entryId: 'exemption-retirement', synonyms: ['401k', 'ira', 'pension', 'retirement'] },
];
const OVERVIEW_ENTRY = 'what-cannot-be-taken';
const CLAIM_ENTRY = 'claim-of-exemption';
/**
 * What a creditor cannot take: gives the overview, asks which property the person is worried about,
 * answers for it, then offers the steps and deadline to claim the exemption.
 */
class ExemptionsDialog extends guidedDialog_1.GuidedDialog {
    constructor(deps) {
        super(state_1.DIALOG_IDS.exemptions, deps, OVERVIEW_ENTRY);
        for (const id of [OVERVIEW_ENTRY, CLAIM_ENTRY, ...exports.PROPERTY_CHOICES.map((choice) => choice.entryId)])
            this.presenter.entry(id);
        this.addDialog((0, prompts_1.choicePrompt)())
            .addDialog((0, prompts_1.confirmPrompt)())
            .addDialog(new botbuilder_dialogs_1.WaterfallDialog(state_1.DIALOG_IDS.exemptionsFlow, [this.askProperty.bind(this), this.answerProperty.bind(this), this.explainClaim.bind(this)]));
        this.initialDialogId = state_1.DIALOG_IDS.exemptionsFlow;
    }
    async askProperty(step) {
        await this.presenter.present(step.context, OVERVIEW_ENTRY, { kind: 'dialog' }, { withFollowUps: false });
        return this.askChoice(step, 'Which of your things are you most worried about?', exports.PROPERTY_CHOICES, 'Please pick one by tapping it or typing its number, or ask me another question.');
    }
    async answerProperty(step) {
        const choice = exports.PROPERTY_CHOICES[step.result.index];
        step.values.propertyEntryId = choice.entryId;
        // The amount first, with its as-of date and code section; then the entry's full answer.
        (0, matchTag_1.setMatchTag)(step.context, { kind: 'dialog', id: choice.entryId });
        await step.context.sendActivity(`**What is protected**\n\n${(0, calcText_1.protectedAmountsText)((0, exemptions_1.protectedAmounts)(this.deps.kb, [choice.kind]))}`);
        await this.presenter.present(step.context, choice.entryId, { kind: 'dialog' }, { withFollowUps: false });
        (0, matchTag_1.setMatchTag)(step.context, { kind: 'dialog', id: choice.entryId });
        return step.prompt(state_1.DIALOG_IDS.confirm, {
            prompt: 'Do you want the steps and the deadline to claim this exemption?',
            style: (0, replies_1.choiceStyle)(step.context),
        });
    }
    async explainClaim(step) {
        if (step.result === true) {
            await this.presenter.present(step.context, CLAIM_ENTRY, { kind: 'dialog' });
        }
        else {
            // Keep the property just discussed as the topic, with its follow-ups, for the next question.
            await this.presenter.present(step.context, step.values.propertyEntryId, { kind: 'dialog' }, { answer: false });
        }
        return step.endDialog();
    }
}
exports.ExemptionsDialog = ExemptionsDialog;
//# sourceMappingURL=exemptionsDialog.js.map