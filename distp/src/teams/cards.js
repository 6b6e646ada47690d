"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ADAPTIVE_CARD_CONTENT_TYPE = void 0;
exports.referencesCard = referencesCard;
exports.followUpAction = followUpAction;
exports.personalChatLink = personalChatLink;
exports.groupAnswerText = groupAnswerText;
/**
 * Adaptive Cards for Teams, as pure functions over plain data: an answer's forms, law and sources as
 * one compact card section, and, in group chats, its follow-ups as card actions. The message text
 * stays a readable answer on its own; the card only adds to it. No Bot Framework imports.
 */
const cardClicks_1 = require("../bot/cardClicks");
exports.ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Forms and law as a two-line fact set, the sources as one small line of links with the reviewed date. */
function referencesCard(references, choices = []) {
    const facts = [
        ...(references.forms.length ? [{ title: 'Forms', value: references.forms.join(', ') }] : []),
        ...(references.codes.length ? [{ title: 'Law', value: references.codes.join(', ') }] : []),
    ];
    const links = references.sources.map(({ label, url }) => `[${label}](${url})`).join(' · ');
    const body = [
        ...(facts.length ? [{ type: 'FactSet', facts, spacing: 'None' }] : []),
        { type: 'TextBlock', text: `Source: ${links} (reviewed ${references.reviewed})`, wrap: true, size: 'Small', isSubtle: true, spacing: 'Small' },
    ];
    const card = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
    if (choices.length)
        card.actions = choices.map(followUpAction);
    return card;
}
/**
 * A follow-up as a card action. messageBack (not imBack) so the click reaches the bot in a channel,
 * where only @mentions do; the person still sees what they picked.
 */
function followUpAction(choice) {
    return {
        type: 'Action.Submit',
        title: choice.title,
        data: { msteams: { type: 'messageBack', text: choice.value, displayText: choice.value }, [cardClicks_1.FOLLOW_UP_KEY]: choice.value },
    };
}
/** A Teams deep link that opens a one-to-one chat with the bot, or undefined without a real app id. */
function personalChatLink(botAppId) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(botAppId) || /^[0-]+$/.test(botAppId))
        return undefined;
    return `https://teams.microsoft.com/l/chat/0/0?users=28:${botAppId}`;
}
/**
 * What a group chat sees of an answer: its title and first paragraph (the answer itself; the detail
 * follows it), then an offer to go on in private, where people can give their own dates and amounts.
 */
function groupAnswerText(answerMarkdown, chatLink) {
    const [title = '', lead = ''] = answerMarkdown.split(/\n{2,}/);
    const where = chatLink ? `[a personal chat with me](${chatLink})` : 'a personal chat with me';
    return [title, lead, `That's the short answer. For the full answer, or to work things out from your own dates and amounts without sharing them here, continue in ${where}.`]
        .filter(Boolean)
        .join('\n\n');
}
//# sourceMappingURL=cards.js.map