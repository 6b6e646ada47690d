"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InterestDialog = void 0;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const guidedDialog_1 = require("./guidedDialog");
const prompts_1 = require("./prompts");
const state_1 = require("./state");
/**
 * What a judgment comes to now with interest. Asks only for the amount and the entry date when the
 * question did not give them; the rate and payments are assumed (and the answer says so) unless given.
 */
class InterestDialog extends guidedDialog_1.GuidedDialog {
    constructor(deps) {
        super(state_1.DIALOG_IDS.interest, deps, 'interest');
        this.addDialog((0, prompts_1.pastDatePrompt)(deps))
            .addDialog((0, prompts_1.moneyPrompt)())
            .addDialog(new botbuilder_dialogs_1.WaterfallDialog(state_1.DIALOG_IDS.interestFlow, [this.askAmount.bind(this), this.askEntryDate.bind(this), this.answer.bind(this)]));
        this.initialDialogId = state_1.DIALOG_IDS.interestFlow;
    }
    values(step) {
        return step.values;
    }
    async askAmount(step) {
        Object.assign(this.values(step), step.options ?? {});
        if (this.values(step).principal)
            return step.next(this.values(step).principal);
        return this.askNumber(step, 'How much was the judgment for, in dollars (the total the court awarded)?', 'Please type the amount as a number, like 2500. It is on the Notice of Entry of Judgment.');
    }
    async askEntryDate(step) {
        this.values(step).principal = step.result;
        if (this.values(step).entryDate)
            return step.next(this.values(step).entryDate);
        return this.askDate(step, 'What date was the judgment entered? It is on the Notice of Entry of Judgment.', 'Please type a past date, like 3/3/2026.');
    }
    async answer(step) {
        const entryDate = (0, prompts_1.promptedDate)(step.result, this.today());
        return this.finish(step, { calculator: 'interest', options: { ...this.values(step), entryDate } });
    }
}
exports.InterestDialog = InterestDialog;
//# sourceMappingURL=interestDialog.js.map