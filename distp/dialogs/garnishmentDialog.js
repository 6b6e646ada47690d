"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GarnishmentDialog = void 0;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const garnishment_1 = require("../src/calc/garnishment");
const guidedDialog_1 = require("./guidedDialog");
const prompts_1 = require("./prompts");
const state_1 = require("./state");
const PERIOD_CHOICES = {
    weekly: { label: 'Every week', synonyms: ['weekly', 'week', 'each week', 'once a week'] },
    biweekly: { label: 'Every two weeks', synonyms: ['biweekly', 'bi weekly', 'every other week', 'two weeks', 'fortnightly'] },
    semimonthly: { label: 'Twice a month', synonyms: ['semimonthly', 'semi monthly', '1st and 15th', 'twice'] },
    monthly: { label: 'Once a month', synonyms: ['monthly', 'month', 'once a month'] },
};
/** The most a wage garnishment can take from a paycheck, from the pay and how often it comes. */
class GarnishmentDialog extends guidedDialog_1.GuidedDialog {
    constructor(deps) {
        super(state_1.DIALOG_IDS.garnishment, deps, 'garnishment');
        this.addDialog((0, prompts_1.moneyPrompt)())
            .addDialog((0, prompts_1.choicePrompt)())
            .addDialog(new botbuilder_dialogs_1.WaterfallDialog(state_1.DIALOG_IDS.garnishmentFlow, [this.askPay.bind(this), this.askPeriod.bind(this), this.answer.bind(this)]));
        this.initialDialogId = state_1.DIALOG_IDS.garnishmentFlow;
    }
    options(step) {
        return step.options ?? {};
    }
    async askPay(step) {
        const { pay } = this.options(step);
        if (pay)
            return step.next(pay);
        return this.askNumber(step, 'How much is the take-home pay per paycheck, after taxes and other required deductions? (Roughly is fine.)', 'Please type the pay as a number, like 900.');
    }
    async askPeriod(step) {
        step.values.pay = step.result;
        const { period } = this.options(step);
        if (period)
            return step.next(period);
        return this.askChoice(step, 'How often is that paid?', garnishment_1.PAY_PERIODS.map((each) => PERIOD_CHOICES[each]));
    }
    async answer(step) {
        const period = typeof step.result === 'string' ? step.result : garnishment_1.PAY_PERIODS[step.result.index];
        const { pay } = step.values;
        return this.finish(step, { calculator: 'garnishment', options: { ...this.options(step), pay: pay, period } });
    }
}
exports.GarnishmentDialog = GarnishmentDialog;
//# sourceMappingURL=garnishmentDialog.js.map