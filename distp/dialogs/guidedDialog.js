"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GuidedDialog = void 0;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const errors_1 = require("../src/calc/errors");
const calculators_1 = require("../src/conversation/calculators");
const answerPresenter_1 = require("./answerPresenter");
const matchTag_1 = require("./matchTag");
const replies_1 = require("./replies");
const state_1 = require("./state");
/**
 * A multi-turn flow: asks for what is still missing, one prompt per step, each tagged with the flow's
 * topic. Interruptions (help, start over, a new question) are the main dialog's, checked once per turn.
 */
class GuidedDialog extends botbuilder_dialogs_1.ComponentDialog {
    deps;
    topic;
    presenter;
    constructor(id, deps, 
    /** The match tag id of this flow's replies. */
    topic) {
        super(id);
        this.deps = deps;
        this.topic = topic;
        this.presenter = new answerPresenter_1.AnswerPresenter(deps);
    }
    today() {
        return (0, state_1.todayOf)(this.deps);
    }
    askChoice(step, prompt, choices, retryPrompt) {
        (0, matchTag_1.setMatchTag)(step.context, { kind: 'dialog', id: this.topic });
        return step.prompt(state_1.DIALOG_IDS.choice, {
            prompt,
            ...(retryPrompt ? { retryPrompt } : {}),
            choices: choices.map(({ label, synonyms }) => ({ value: label, synonyms: [...(synonyms ?? [])] })),
            style: (0, replies_1.choiceStyle)(step.context),
        });
    }
    /** `allowUnknown`: "0", "not sure" or "I don't know" are answers (the step gets 0 or undefined). */
    askNumber(step, prompt, retryPrompt, allowUnknown = false) {
        (0, matchTag_1.setMatchTag)(step.context, { kind: 'dialog', id: this.topic });
        return step.prompt(state_1.DIALOG_IDS.number, { prompt, retryPrompt, validations: { allowZero: allowUnknown, allowUnknown } });
    }
    askDate(step, prompt, retryPrompt, allowUnknown = false) {
        (0, matchTag_1.setMatchTag)(step.context, { kind: 'dialog', id: this.topic });
        return step.prompt(state_1.DIALOG_IDS.date, { prompt, retryPrompt, validations: { allowUnknown } });
    }
    /** The worked-out answer, result first; a fact the calculator cannot use is explained, not a crash. */
    async finish(step, request) {
        const profile = await this.deps.userProfile.get(step.context, {});
        try {
            const answer = (0, calculators_1.answerCalculation)({ kb: this.deps.kb, today: this.today(), ...(profile.role ? { role: profile.role } : {}) }, request);
            await this.presenter.presentCalculation(step.context, this.topic, answer);
        }
        catch (error) {
            if (!(error instanceof errors_1.InputError))
                throw error;
            (0, matchTag_1.setMatchTag)(step.context, { kind: 'dialog', id: this.topic });
            await step.context.sendActivity(`${error.message} Type **${this.topic === 'deadlines' ? 'Work out my dates' : 'start over'}** to try again.`);
        }
        return step.endDialog();
    }
}
exports.GuidedDialog = GuidedDialog;
//# sourceMappingURL=guidedDialog.js.map