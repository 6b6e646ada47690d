"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CollectionPlanDialog = void 0;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const guidedDialog_1 = require("./guidedDialog");
const state_1 = require("./state");
const prompts_1 = require("./prompts");
const WAIT_CHOICES = [
    { label: 'Yes, 30 days have passed', value: true, synonyms: ['yes', 'yeah', 'passed', 'it has', 'long ago', 'months'] },
    { label: 'No, not yet', value: false, synonyms: ['no', 'not yet', 'nope'] },
    { label: 'Not sure', value: null, synonyms: ['not sure', 'no idea', 'i do not know', "don't know", 'dunno', 'unsure'] },
];
const FACT_CHOICES = [
    { label: 'Where they work', fact: 'employer', synonyms: ['job', 'employer', 'work', 'works', 'working', 'employed', 'paycheck'] },
    { label: 'Where they bank', fact: 'bank', synonyms: ['bank', 'account', 'banks', 'checking', 'savings', 'credit union'] },
    { label: 'They own a home or land', fact: 'real-property', synonyms: ['house', 'home', 'land', 'property', 'condo', 'owns'] },
    { label: 'They own a car', fact: 'vehicle', synonyms: ['car', 'truck', 'vehicle', 'drives', 'van'] },
    { label: 'They run a business', fact: 'business', synonyms: ['business', 'shop', 'store', 'restaurant', 'company'] },
    { label: 'Nothing yet', fact: 'nothing', synonyms: ['nothing', 'none', 'no idea', "don't know", 'i do not know', 'not sure', 'dunno'] },
    { label: "That's all", synonyms: ['done', 'that is all', 'thats all', 'no more', 'finished', 'nothing else', 'no'] },
];
/**
 * For the person owed money: whether the 30 days have passed and what they know about the debtor
 * (one at a time, until "that's all"), then an ordered plan. What the question already said is not asked.
 */
class CollectionPlanDialog extends guidedDialog_1.GuidedDialog {
    constructor(deps) {
        super(state_1.DIALOG_IDS.collectionPlan, deps, 'collection-plan');
        this.addDialog((0, prompts_1.choicePrompt)()).addDialog(new botbuilder_dialogs_1.WaterfallDialog(state_1.DIALOG_IDS.collectionPlanFlow, [this.askWait.bind(this), this.askKnown.bind(this), this.collect.bind(this)]));
        this.initialDialogId = state_1.DIALOG_IDS.collectionPlanFlow;
    }
    options(step) {
        return step.options ?? {};
    }
    async askWait(step) {
        const options = this.options(step);
        if (options.waitOver !== undefined || options.noticeDate)
            return step.next(options.waitOver);
        return this.askChoice(step, "Let's make your collection plan. Have 30 days passed since the Notice of Entry of Judgment (SC-130) was mailed or handed to you?", WAIT_CHOICES);
    }
    async askKnown(step) {
        const options = this.options(step);
        const waitOver = step.result === undefined || typeof step.result === 'boolean' || step.result === null ? step.result : WAIT_CHOICES[step.result.index].value;
        step.values.waitOver = waitOver;
        const known = options.known ?? [];
        // Facts given in the question: the plan straight away.
        if (known.length && !options.asking)
            return step.next(undefined);
        const offered = FACT_CHOICES.filter((choice) => !choice.fact || !known.includes(choice.fact)).filter((choice) => (known.length > 0 ? choice.fact !== 'nothing' : choice.fact));
        return this.askChoice(step, known.length ? 'Anything else you know? Pick another, or "That\'s all".' : 'What do you know about the person who owes you? Pick one; you can add more after.', offered);
    }
    async collect(step) {
        const options = this.options(step);
        const known = options.known ?? [];
        const waitOver = step.values.waitOver;
        const found = step.result;
        const picked = found ? FACT_CHOICES.find((choice) => choice.label === found.value) : undefined;
        const next = picked?.fact ? [...known, picked.fact] : known;
        if (picked?.fact && picked.fact !== 'nothing' && next.length < FACT_CHOICES.length - 2) {
            return step.replaceDialog(state_1.DIALOG_IDS.collectionPlanFlow, { ...options, ...(waitOver === undefined ? {} : { waitOver }), known: next, asking: true });
        }
        const plan = { ...(options.noticeDate ? { noticeDate: options.noticeDate } : {}), ...(waitOver === undefined ? {} : { waitOver }), known: next };
        return this.finish(step, { calculator: 'collection-plan', options: plan });
    }
}
exports.CollectionPlanDialog = CollectionPlanDialog;
//# sourceMappingURL=collectionPlanDialog.js.map