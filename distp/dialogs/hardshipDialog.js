"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HardshipDialog = void 0;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const guidedDialog_1 = require("./guidedDialog");
const prompts_1 = require("./prompts");
const state_1 = require("./state");
const LEVY_CHOICES = [
    { label: 'Yes, it was handed to me', how: 'personal', synonyms: ['handed', 'in person', 'served', 'gave it to me'] },
    { label: 'Yes, it came by mail', how: 'mail', synonyms: ['mail', 'mailed', 'letter', 'yes', 'envelope'] },
    { label: 'No', synonyms: ['no', 'not yet', 'nothing', 'nope', 'not sure', 'no idea', 'i do not know', "don't know"] },
];
const OVERVIEW_ENTRY = 'cant-pay-judgment';
/**
 * For the person who owes and cannot pay: the overview, then only what the question did not say
 * (what they could pay, the judgment, a levy notice), then their options in order, with the exemption
 * deadline worked out when a levy notice came. Bankruptcy is last.
 */
class HardshipDialog extends guidedDialog_1.GuidedDialog {
    constructor(deps) {
        super(state_1.DIALOG_IDS.hardship, deps, 'hardship-plan');
        this.presenter.entry(OVERVIEW_ENTRY);
        this.addDialog((0, prompts_1.choicePrompt)())
            .addDialog((0, prompts_1.moneyPrompt)())
            .addDialog((0, prompts_1.pastDatePrompt)(deps))
            .addDialog(new botbuilder_dialogs_1.WaterfallDialog(state_1.DIALOG_IDS.hardshipFlow, [this.askMonthly.bind(this), this.askJudgment.bind(this), this.askLevy.bind(this), this.askLevyDate.bind(this), this.answer.bind(this)]));
        this.initialDialogId = state_1.DIALOG_IDS.hardshipFlow;
    }
    values(step) {
        return step.values;
    }
    async askMonthly(step) {
        await this.presenter.present(step.context, OVERVIEW_ENTRY, { kind: 'dialog' }, { withFollowUps: false });
        Object.assign(this.values(step), step.options ?? {});
        if (this.values(step).monthly !== undefined)
            return step.next(this.values(step).monthly);
        return this.askNumber(step, "Let's make a plan. About how much could you pay each month toward the judgment? Type 0 if nothing right now, or \"not sure\".", 'Please type a monthly amount as a number, like 100, or 0, or "not sure".', true);
    }
    async askJudgment(step) {
        this.values(step).monthly = step.result ?? 0;
        if (this.values(step).judgmentAmount !== undefined)
            return step.next(this.values(step).judgmentAmount);
        return this.askNumber(step, 'How much is the judgment? Type "not sure" if you don\'t know.', 'Please type the amount as a number, like 2500, or "not sure".', true);
    }
    async askLevy(step) {
        const amount = step.result;
        if (amount)
            this.values(step).judgmentAmount = amount;
        else
            delete this.values(step).judgmentAmount;
        if (this.values(step).levy !== undefined)
            return step.next(undefined);
        return this.askChoice(step, 'Have you received a notice of levy or wage garnishment from a sheriff, marshal, bank or employer?', LEVY_CHOICES);
    }
    async askLevyDate(step) {
        const values = this.values(step);
        if (values.levy === undefined) {
            const how = LEVY_CHOICES[step.result.index].how;
            values.levy = how ? { how } : null;
        }
        if (!values.levy || values.levy.served)
            return step.next(undefined);
        return this.askDate(step, values.levy.how === 'personal' ? 'What date was it handed to you?' : 'What date was it mailed (the date on the notice or its envelope)?', 'Please type a past date, like 11/20/2026, or "not sure".', true);
    }
    async answer(step) {
        const values = this.values(step);
        const served = (0, prompts_1.promptedDate)(step.result, this.today());
        const levy = values.levy && served ? { ...values.levy, served } : values.levy;
        return this.finish(step, { calculator: 'hardship-plan', options: { ...values, ...(levy === undefined ? {} : { levy }) } });
    }
}
exports.HardshipDialog = HardshipDialog;
//# sourceMappingURL=hardshipDialog.js.map