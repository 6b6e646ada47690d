"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.choicePrompt = choicePrompt;
exports.confirmPrompt = confirmPrompt;
exports.pastDate = pastDate;
exports.pastDatePrompt = pastDatePrompt;
exports.moneyPrompt = moneyPrompt;
exports.promptedDate = promptedDate;
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const recognizerWindows_1 = require("../src/calc/recognizerWindows");
const normalize_1 = require("../src/intent/normalize");
const reactions_1 = require("../src/conversation/reactions");
const state_1 = require("./state");
/**
 * Lets a prompt's recognizer read only the short windows of the reply (see recognizerWindows.ts), once
 * per turn: botbuilder recognizes a reply twice when the prompt sits in a component dialog.
 */
function recognizeBounded(context, kind, bounded, recognize) {
    const text = context.activity.text;
    const memoKey = `boundedPrompt:${kind}`;
    const memo = context.turnState.get(memoKey);
    if (memo && memo.text === text)
        return memo.result;
    if (typeof text === 'string')
        context.activity.text = bounded(text);
    const result = recognize().finally(() => {
        context.activity.text = text;
    });
    context.turnState.set(memoKey, { text, result });
    return result;
}
const dateReply = (text) => (0, recognizerWindows_1.firstWindow)(text, recognizerWindows_1.DATE_CUE, recognizerWindows_1.DATE_WINDOWS);
const numberReply = (text) => (0, recognizerWindows_1.firstWindow)(text, recognizerWindows_1.NUMBER_CUE, recognizerWindows_1.AMOUNT_WINDOWS);
/** Choices are a few words; the start of a long reply is where one would be ("yes, and then…"). */
const choiceReply = (text) => text.slice(0, recognizerWindows_1.CHOICE_REPLY_CHARS);
class BoundedDateTimePrompt extends botbuilder_dialogs_1.DateTimePrompt {
    onRecognize(context, state, options) {
        return recognizeBounded(context, 'date', dateReply, () => super.onRecognize(context, state, options));
    }
}
class BoundedNumberPrompt extends botbuilder_dialogs_1.NumberPrompt {
    onRecognize(context, state, options) {
        return recognizeBounded(context, 'number', numberReply, () => super.onRecognize(context, state, options));
    }
}
class BoundedChoicePrompt extends botbuilder_dialogs_1.ChoicePrompt {
    onRecognize(context, state, options) {
        return recognizeBounded(context, 'choice', choiceReply, () => super.onRecognize(context, state, options));
    }
}
class BoundedConfirmPrompt extends botbuilder_dialogs_1.ConfirmPrompt {
    onRecognize(context, state, options) {
        return recognizeBounded(context, 'confirm', choiceReply, () => super.onRecognize(context, state, options));
    }
}
/** The choice prompt every dialog uses: it reads only the start of a reply. */
function choicePrompt(validator) {
    return new BoundedChoicePrompt(state_1.DIALOG_IDS.choice, validator);
}
/** The yes/no prompt: it reads only the start of a reply. */
function confirmPrompt() {
    return new BoundedConfirmPrompt(state_1.DIALOG_IDS.confirm);
}
/** The most recent calendar date in a DateTimePrompt result that is not after today. */
function pastDate(resolutions, today) {
    return (resolutions ?? [])
        .map((resolution) => resolution.value ?? resolution.timex)
        .filter((value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value <= today)
        .sort()
        .pop();
}
function saysNotSure(prompt) {
    const allowed = prompt.options.validations?.allowUnknown === true;
    const text = prompt.context.activity.text;
    return allowed && typeof text === 'string' && (0, reactions_1.detectReaction)((0, normalize_1.normalizeText)(text)) === 'notSure';
}
/** A date prompt that accepts only a real past date ("3/3/2026", "March 3", "last Tuesday"). */
function pastDatePrompt(deps) {
    return new BoundedDateTimePrompt(state_1.DIALOG_IDS.date, async (prompt) => saysNotSure(prompt) || (prompt.recognized.succeeded && pastDate(prompt.recognized.value, (0, state_1.todayOf)(deps)) !== undefined));
}
/** A number prompt for dollar amounts: positive (or zero when allowed) and no more than a million. */
function moneyPrompt() {
    return new BoundedNumberPrompt(state_1.DIALOG_IDS.number, async (prompt) => {
        if (saysNotSure(prompt))
            return true;
        const value = prompt.recognized.value;
        const allowZero = prompt.options.validations?.allowZero === true;
        return prompt.recognized.succeeded && value !== undefined && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && value <= 1_000_000;
    });
}
/** The date a date prompt ended with, or undefined after "not sure". */
function promptedDate(result, today) {
    if (typeof result === 'string')
        return result;
    return Array.isArray(result) ? pastDate(result, today) : undefined;
}
//# sourceMappingURL=prompts.js.map