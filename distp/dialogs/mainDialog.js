"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MainDialog = void 0;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const interest_1 = require("../src/calc/interest");
const calculators_1 = require("../src/conversation/calculators");
const calcText_1 = require("../src/conversation/calcText");
const memory_1 = require("../src/conversation/memory");
const reactions_1 = require("../src/conversation/reactions");
const router_1 = require("../src/conversation/router");
const normalize_1 = require("../src/intent/normalize");
const errors_1 = require("../src/calc/errors");
const answerPresenter_1 = require("./answerPresenter");
const collectionPlanDialog_1 = require("./collectionPlanDialog");
const deadlinesDialog_1 = require("./deadlinesDialog");
const exemptionsDialog_1 = require("./exemptionsDialog");
const garnishmentDialog_1 = require("./garnishmentDialog");
const hardshipDialog_1 = require("./hardshipDialog");
const interestDialog_1 = require("./interestDialog");
const matchTag_1 = require("./matchTag");
const replies_1 = require("./replies");
const state_1 = require("./state");
const recognizerWindows_1 = require("../src/calc/recognizerWindows");
const FLOW_DIALOGS = {
    exemptions: state_1.DIALOG_IDS.exemptions,
    hardship: state_1.DIALOG_IDS.hardship,
};
const CALCULATOR_DIALOGS = {
    deadlines: state_1.DIALOG_IDS.deadlines,
    interest: state_1.DIALOG_IDS.interest,
    garnishment: state_1.DIALOG_IDS.garnishment,
    'collection-plan': state_1.DIALOG_IDS.collectionPlan,
    'hardship-plan': state_1.DIALOG_IDS.hardship,
};
const NONE_OF_THESE = 'None of these';
/**
 * One turn of the conversation: the message is matched once; a guided flow waiting for an answer gets
 * it unless the message interrupts (checked once, here); otherwise the router picks the route and this
 * class turns it into replies. Only the multi-turn flows are Bot Framework dialogs.
 */
class MainDialog {
    deps;
    presenter;
    flows;
    constructor(deps) {
        this.deps = deps;
        this.presenter = new answerPresenter_1.AnswerPresenter(deps);
        this.flows = [new exemptionsDialog_1.ExemptionsDialog(deps), new hardshipDialog_1.HardshipDialog(deps), new deadlinesDialog_1.DeadlinesDialog(deps), new interestDialog_1.InterestDialog(deps), new garnishmentDialog_1.GarnishmentDialog(deps), new collectionPlanDialog_1.CollectionPlanDialog(deps)];
    }
    /** Runs one turn against the dialog stack kept in `dialogState`. */
    async run(context, dialogState) {
        const data = await this.deps.conversationData.get(context, {});
        const profile = await this.deps.userProfile.get(context, {});
        data.turns = (data.turns ?? 0) + 1;
        const text = context.activity.text ?? '';
        const normalized = (0, normalize_1.normalizeText)(text);
        const match = this.deps.matcher.match(text, { previousEntryId: data.lastEntryId, role: profile.role });
        const dialogs = new botbuilder_dialogs_1.DialogSet(dialogState);
        for (const flow of this.flows)
            dialogs.add(flow);
        const dc = await dialogs.createContext(context);
        if (dc.activeDialog) {
            const kind = (0, router_1.interruption)({ text, normalized, match, answersPrompt: answersOpenPrompt(dc, text, normalized) });
            if (kind === 'help') {
                (0, matchTag_1.setMatchTag)(context, { kind: 'smalltalk', id: 'help' });
                await context.sendActivity(replies_1.PROMPT_HELP);
                await dc.repromptDialog();
                return;
            }
            if (kind === 'startOver') {
                await dc.cancelAllDialogs();
                await this.startOver(context);
                return;
            }
            if (!kind) {
                await dc.continueDialog();
                return;
            }
            await dc.cancelAllDialogs();
        }
        const { route, role } = (0, router_1.routeTurn)({ text, normalized, match, memory: data, profile, kb: this.deps.kb, today: (0, state_1.todayOf)(this.deps) });
        if (role)
            profile.role = role;
        await this.perform(dc, route, data, profile);
    }
    async perform(dc, route, data, profile) {
        const { context } = dc;
        switch (route.kind) {
            case 'smalltalk':
                if (route.talk === 'startOver')
                    return this.startOver(context);
                (0, matchTag_1.setMatchTag)(context, { kind: 'smalltalk', id: route.talk });
                await context.sendActivity(route.talk === 'help' ? (0, replies_1.helpActivity)(context) : replies_1.SMALL_TALK_REPLIES[route.talk]);
                return;
            case 'reaction':
                (0, matchTag_1.setMatchTag)(context, { kind: 'smalltalk', id: route.reaction });
                await context.sendActivity(replies_1.REACTION_REPLIES[route.reaction]);
                return;
            case 'side':
                return this.narrowToSide(dc, route.role, data);
            case 'plan-step': {
                const plan = data.plan;
                const saved = plan.steps[route.step - 1];
                (0, matchTag_1.setMatchTag)(context, { kind: 'dialog', id: 'plan-step' });
                await context.sendActivity(saved ? `From ${plan.title.toLowerCase()}:\n\n${saved}` : `${plan.title} has ${plan.steps.length} steps; ask for a number from 1 to ${plan.steps.length}.`);
                return;
            }
            case 'payoff':
                return this.payoff(context, route.monthly, data);
            case 'calculator':
                return this.calculate(dc, route.request, profile);
            case 'guided':
                await dc.beginDialog(FLOW_DIALOGS[route.flow], {});
                return;
            case 'answer':
                await this.presenter.present(context, route.entryId, { kind: 'answer', score: route.score }, { offerSides: route.offerSides === true });
                return;
            case 'clarify': {
                data.followUps = route.candidates.map(({ id }) => id);
                data.clarifying = true;
                data.offer = undefined;
                const top = route.candidates[0];
                (0, matchTag_1.setMatchTag)(context, { kind: 'clarify', id: top.id, score: top.score });
                const choices = [...route.candidates.map(({ id }) => this.presenter.entry(id).question), NONE_OF_THESE];
                await context.sendActivity((0, replies_1.withChoices)(context, 'I want to get this right. Did you mean one of these?', choices.map((question) => ({ title: question, value: question }))));
                return;
            }
            case 'none-of-these':
                data.followUps = [];
                data.clarifying = false;
                (0, matchTag_1.setMatchTag)(context, { kind: 'fallback', id: 'none-of-these' });
                await context.sendActivity((0, replies_1.fallbackActivity)());
                return;
            case 'fallback':
                data.followUps = [];
                data.clarifying = false;
                (0, matchTag_1.setMatchTag)(context, { kind: 'fallback', score: route.score, ...(route.area ? { id: `out-of-scope:${route.area.id}` } : {}) });
                await context.sendActivity((0, replies_1.fallbackActivity)(route.area));
                return;
        }
    }
    /** With every fact given, the result now; otherwise the calculator's flow asks for what is missing. */
    async calculate(dc, request, profile) {
        if ((0, calculators_1.missingFacts)(request).length) {
            await dc.beginDialog(CALCULATOR_DIALOGS[request.calculator], request.options);
            return;
        }
        try {
            const answer = (0, calculators_1.answerCalculation)({ kb: this.deps.kb, today: (0, state_1.todayOf)(this.deps), ...(profile.role ? { role: profile.role } : {}) }, request);
            await this.presenter.presentCalculation(dc.context, request.calculator, answer);
        }
        catch (error) {
            if (!(error instanceof errors_1.InputError))
                throw error;
            (0, matchTag_1.setMatchTag)(dc.context, { kind: 'dialog', id: request.calculator });
            await dc.context.sendActivity(error.message);
        }
    }
    /** "I'm owed money" / "I owe money": the answer on screen again, for that side. */
    async narrowToSide(dc, role, data) {
        const last = data.lastEntryId;
        if (last === 'cant-pay-judgment') {
            if (role === 'debtor')
                await dc.beginDialog(state_1.DIALOG_IDS.hardship, {});
            else
                await this.presenter.present(dc.context, 'debtor-no-assets', { kind: 'answer', score: 1 });
            return;
        }
        if (last && this.deps.kb.byId.has(last)) {
            await this.presenter.present(dc.context, last, { kind: 'answer', score: 1 });
            return;
        }
        (0, matchTag_1.setMatchTag)(dc.context, { kind: 'smalltalk', id: 'side' });
        await dc.context.sendActivity((0, replies_1.sideActivity)(dc.context, role));
    }
    async payoff(context, monthly, data) {
        const last = data.lastCalculation;
        (0, matchTag_1.setMatchTag)(context, { kind: 'dialog', id: 'payoff' });
        if (last.kind === 'interest') {
            await context.sendActivity((0, calcText_1.payoffText)(last.principal + last.interestUnpaid, monthly, last.ratePercent, (0, interest_1.payoff)(last.principal, last.interestUnpaid, last.ratePercent, monthly)));
        }
        else if (last.kind === 'hardship' && last.judgmentAmount) {
            await context.sendActivity((0, calcText_1.payoffText)(last.judgmentAmount, monthly, last.ratePercent, (0, interest_1.payoff)(last.judgmentAmount, 0, last.ratePercent, monthly)));
        }
    }
    async startOver(context) {
        const data = await this.deps.conversationData.get(context, {});
        await this.deps.conversationData.set(context, (0, memory_1.clearedConversation)(data));
        (0, matchTag_1.setMatchTag)(context, { kind: 'smalltalk', id: 'startOver' });
        await context.sendActivity((0, replies_1.startOverActivity)(context));
    }
}
exports.MainDialog = MainDialog;
/**
 * Whether the message answers the prompt waiting deepest in the stack: one of its choices (by its
 * words or synonyms, anywhere in the message), a number or date for a number or date prompt, or "not sure".
 */
function answersOpenPrompt(dc, text, normalized) {
    if ((0, reactions_1.detectReaction)(normalized) === 'notSure')
        return true;
    let deepest = dc;
    while (deepest.child)
        deepest = deepest.child;
    const active = deepest.activeDialog;
    const options = active?.state?.options;
    const choices = (options?.choices ?? []).map((choice) => (typeof choice === 'string' ? { value: choice } : choice));
    // Choices are a few words, at the start of a reply; the recognizer's cost grows with the text's length.
    if (choices.length)
        return (0, botbuilder_dialogs_1.recognizeChoices)(text.slice(0, recognizerWindows_1.CHOICE_REPLY_CHARS), choices).length > 0;
    if (active?.id === state_1.DIALOG_IDS.number)
        return /\d|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|nothing)\b/.test(normalized);
    if (active?.id === state_1.DIALOG_IDS.date)
        return /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(yesterday|today|last|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(normalized);
    return false;
}
//# sourceMappingURL=mainDialog.js.map