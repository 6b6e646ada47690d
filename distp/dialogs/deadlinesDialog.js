"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeadlinesDialog = void 0;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const guidedDialog_1 = require("./guidedDialog");
const prompts_1 = require("./prompts");
const state_1 = require("./state");
/** The dates that follow a judgment; asks for the notice date only when the question gave no date. */
class DeadlinesDialog extends guidedDialog_1.GuidedDialog {
    constructor(deps) {
        super(state_1.DIALOG_IDS.deadlines, deps, 'deadlines');
        this.addDialog((0, prompts_1.pastDatePrompt)(deps)).addDialog(new botbuilder_dialogs_1.WaterfallDialog(state_1.DIALOG_IDS.deadlinesFlow, [this.askNoticeDate.bind(this), this.answer.bind(this)]));
        this.initialDialogId = state_1.DIALOG_IDS.deadlinesFlow;
    }
    options(step) {
        return step.options ?? {};
    }
    async askNoticeDate(step) {
        const { noticeDate, entryDate } = this.options(step);
        if (noticeDate ?? entryDate)
            return step.next(noticeDate ?? entryDate);
        return this.askDate(step, 'What date was the Notice of Entry of Judgment (SC-130) mailed or handed to you? It is printed on the notice, for example 3/3/2026.', 'Please type a past date, like 3/3/2026 or March 3, 2026, or "not sure".', true);
    }
    async answer(step) {
        const options = this.options(step);
        const given = options.noticeDate ?? options.entryDate;
        const noticeDate = given ?? (0, prompts_1.promptedDate)(step.result, this.today());
        if (!noticeDate) {
            // Without the date, the general answer: the wait is counted from the notice, and the clerk has it.
            await this.presenter.present(step.context, 'when-can-i-collect', { kind: 'dialog' });
            return step.endDialog();
        }
        return this.finish(step, { calculator: 'deadlines', options: given ? options : { ...options, noticeDate } });
    }
}
exports.DeadlinesDialog = DeadlinesDialog;
//# sourceMappingURL=deadlinesDialog.js.map