"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REACTION_REPLIES = exports.PROMPT_HELP = exports.SMALL_TALK_REPLIES = exports.STARTER_QUESTIONS = exports.ADVISOR_URL = exports.SELF_HELP_URL = void 0;
exports.choiceStyle = choiceStyle;
exports.withChoices = withChoices;
exports.answerActivity = answerActivity;
exports.followUpsActivity = followUpsActivity;
exports.calculationActivity = calculationActivity;
exports.followUpEntries = followUpEntries;
exports.welcomeActivity = welcomeActivity;
exports.helpActivity = helpActivity;
exports.fallbackActivity = fallbackActivity;
exports.startOverActivity = startOverActivity;
exports.sideActivity = sideActivity;
const botbuilder_1 = require("botbuilder");
const botbuilder_dialogs_1 = require("botbuilder-dialogs");
const answers_1 = require("../src/conversation/answers");
const calculators_1 = require("../src/conversation/calculators");
exports.SELF_HELP_URL = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';
// Each county's advisor is listed by its court; the statewide self-help page links to them.
exports.ADVISOR_URL = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';
exports.STARTER_QUESTIONS = [
    'How do I collect my small claims judgment?',
    'What happens if I can\'t pay a small claims judgment?',
    'How much can I sue for in small claims?',
];
const CHANNELS_WITH_SUGGESTED_ACTIONS = new Set(['webchat', 'directline', 'emulator', 'test', 'directlinespeech']);
/**
 * Suggested actions disappear once tapped and are not shown everywhere: Teams shows them only in
 * personal chats. Elsewhere the same choices go on a card's buttons.
 */
function choiceStyle(context) {
    const { channelId, conversation } = context.activity;
    const personalTeamsChat = channelId === 'msteams' && (conversation?.conversationType ?? 'personal') === 'personal';
    return CHANNELS_WITH_SUGGESTED_ACTIONS.has(channelId) || personalTeamsChat ? botbuilder_dialogs_1.ListStyle.suggestedAction : botbuilder_dialogs_1.ListStyle.heroCard;
}
/** A message with tappable choices; each choice sends its `value` back as if typed. */
function withChoices(context, text, choices) {
    const actions = choices.map(({ title, value }) => ({ type: 'imBack', title, value }));
    if (choiceStyle(context) === botbuilder_dialogs_1.ListStyle.suggestedAction) {
        return botbuilder_1.MessageFactory.suggestedActions(actions, text);
    }
    const message = botbuilder_1.MessageFactory.text(text);
    message.attachments = [botbuilder_1.CardFactory.heroCard('', undefined, actions)];
    return message;
}
/**
 * An answer with what can come next: for an answer that differs by side and no side known, the two side
 * buttons; then its follow-ups, numbered so they can be picked by tapping, typing the number or the
 * words; then the calculation it offers.
 */
function answerActivity(context, entry, kb, role, withFollowUps = true, offerSides = false) {
    const text = (0, answers_1.answerText)(entry, kb, role);
    const sides = !role && (offerSides || (0, answers_1.differsBySide)(entry)) ? answers_1.SIDE_CHOICES.map(({ label }) => ({ title: label, value: label })) : [];
    if (!withFollowUps)
        return sides.length ? withChoices(context, text, sides) : botbuilder_1.MessageFactory.text(text);
    if (!entry.followUps.length && !entry.calculator && !sides.length)
        return botbuilder_1.MessageFactory.text(text);
    return followUpsActivity(context, entry, kb, `${text}\n\nRelated questions (tap one or type its number):`, sides);
}
function followUpsActivity(context, entry, kb, text, first = []) {
    const choices = [...first, ...followUpEntries(entry, kb).map((followUp, index) => ({ title: `${index + 1}. ${followUp.question}`, value: followUp.question }))];
    if (entry.calculator) {
        const title = (0, calculators_1.calculatorTitle)(entry.calculator);
        choices.push({ title, value: title });
    }
    return withChoices(context, text, choices);
}
/** A worked-out result with its next steps: entries numbered (so a number picks them), calculators by name. */
function calculationActivity(context, answer, kb) {
    let number = 0;
    const choices = answer.next.map((step) => {
        if ('calculator' in step) {
            const title = (0, calculators_1.calculatorTitle)(step.calculator);
            return { title, value: title };
        }
        const question = kb.byId.get(step.entryId)?.question ?? step.entryId;
        number += 1;
        return { title: `${number}. ${question}`, value: question };
    });
    if (!choices.length)
        return botbuilder_1.MessageFactory.text(answer.text);
    return withChoices(context, `${answer.text}\n\nWhat next?`, choices);
}
function followUpEntries(entry, kb) {
    return entry.followUps.map((id) => kb.byId.get(id)).filter((followUp) => Boolean(followUp));
}
function welcomeActivity(context) {
    const text = [
        'Hi! I answer questions about **California small claims court**: filing a case, the hearing, and collecting or paying a judgment, for the person owed money and the person who owes it.',
        'I give general information, not legal advice. For advice on your case, your county has a free small claims advisor.',
        'Ask in your own words, or start with one of these:',
    ].join('\n\n');
    return withChoices(context, text, exports.STARTER_QUESTIONS.map((question) => ({ title: question, value: question })));
}
function helpActivity(context) {
    const text = [
        'I answer questions about California small claims court, in plain language, with the court forms and the official source for each answer.',
        'You can ask things like "how much can I sue for", "he won\'t pay what the judge ordered", "can they take my car", or "I can\'t pay the judgment".',
        'After an answer, tap a related question or type its number. Type **start over** to clear the conversation.',
        `This is general information, not legal advice. For help with your own case, talk to your county's [free small claims advisor](${exports.ADVISOR_URL}) or the [court self-help center](${exports.SELF_HELP_URL}).`,
    ].join('\n\n');
    return withChoices(context, text, exports.STARTER_QUESTIONS.map((question) => ({ title: question, value: question })));
}
function fallbackActivity(area) {
    if (area) {
        return botbuilder_1.MessageFactory.text(`${area.reply} ([more information](${area.link}))\n\nI can help with California small claims questions: suing for money, the hearing, and collecting or paying a judgment.`);
    }
    return botbuilder_1.MessageFactory.text([
        "I'm sorry, I don't have a good answer for that, and I'd rather not guess.",
        'I cover California small claims court: suing for money up to the small claims limit, serving papers, the hearing, appeals, and collecting or paying a judgment. Try asking in other words, or type **help** for examples.',
        `For anything else, your county's [free small claims advisor](${exports.ADVISOR_URL}) and the [court self-help center](${exports.SELF_HELP_URL}) can help.`,
    ].join('\n\n'));
}
exports.SMALL_TALK_REPLIES = Object.freeze({
    greeting: 'Hello! Ask me anything about California small claims court, or type **help** to see examples.',
    thanks: "You're welcome. Ask another question any time, or type **start over** to begin again.",
    goodbye: 'Good luck with your case. If you need help with your own situation, your county\'s free small claims advisor can help.',
    human: `I'm an automated helper, not a person or a lawyer: I give general information about California small claims. To talk with a person for free, call or visit your county's [small claims advisor](${exports.ADVISOR_URL}) (every county has one), or the court's [self-help center](${exports.SELF_HELP_URL}).`,
    startOver: "Okay, let's start over. What would you like to know about small claims court?",
    nonText: 'I can only read text questions. Please type your question in words.',
    tooLong: 'That message is too long for me to read well. Could you ask your question in a sentence or two?',
});
function startOverActivity(context) {
    return withChoices(context, exports.SMALL_TALK_REPLIES.startOver, exports.STARTER_QUESTIONS.map((question) => ({ title: question, value: question })));
}
/** Help inside a guided flow: what can be typed here; the flow then asks its open question again. */
exports.PROMPT_HELP = "I'm helping you work this out step by step. Tap an answer or type it in your own words; \"not sure\" is fine too. Type **start over** to stop, or just ask another question. This is general information, not legal advice.";
exports.REACTION_REPLIES = Object.freeze({
    yes: 'Okay. What would you like to know? You can tap a related question or ask in your own words.',
    no: 'Okay. Ask me anything else about small claims court whenever you like.',
    ok: 'Okay. Ask another question any time, or tap one of the related questions.',
    notSure: 'That\'s fine. Ask me in your own words what you want to find out, or type **help** for examples.',
    notHelpful: `Sorry that didn't help. Try asking in other words, with what happened in your case (for example "I won but he won't pay"). Your county's [free small claims advisor](${exports.ADVISOR_URL}) can also help with your own situation.`,
    confused: 'Sorry, let me try again: ask your question in your own words, or type **help** to see what I can do. The related questions below are also a good place to start.',
});
/** The reply to a bare "I'm owed money" / "I owe money" when there is no answer to narrow. */
function sideActivity(context, role) {
    const questions = role === 'creditor'
        ? ['How do I collect my small claims judgment?', 'When can I start collecting after I win?']
        : ["What happens if I can't pay the small claims judgment?", "What can't a creditor take from me to pay a small claims judgment?"];
    const text = role === 'creditor' ? "Got it: you're the one owed money. What would you like to know?" : "Got it: you're the one who owes. What would you like to know?";
    return withChoices(context, text, questions.map((question) => ({ title: question, value: question })));
}
//# sourceMappingURL=replies.js.map