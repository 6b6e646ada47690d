import { CardFactory, MessageFactory, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { ListStyle } from 'botbuilder-dialogs';
import { answerText, differsBySide, SIDE_CHOICES } from '../src/conversation/answers';
import { calculatorTitle, type CalculatorAnswer } from '../src/conversation/calculators';
import type { KnowledgeBase, KnowledgeEntry, OutOfScopeArea, Role } from '../src/kb/types';

export const SELF_HELP_URL = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';
// Each county's advisor is listed by its court; the statewide self-help page links to them.
export const ADVISOR_URL = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';

export const STARTER_QUESTIONS = [
  'How do I collect my small claims judgment?',
  'What happens if I can\'t pay a small claims judgment?',
  'How much can I sue for in small claims?',
] as const;

// The two styles as values typed by the enum (a wrong number fails to compile): importing the enum
// itself loads every prompt and Microsoft's recognizers, which an answer does not need.
const SUGGESTED_ACTION: ListStyle.suggestedAction = 4;
const HERO_CARD: ListStyle.heroCard = 5;

const CHANNELS_WITH_SUGGESTED_ACTIONS = new Set(['webchat', 'directline', 'emulator', 'test', 'directlinespeech']);

/**
 * Suggested actions disappear once tapped and are not shown everywhere: Teams shows them only in
 * personal chats. Elsewhere the same choices go on a card's buttons.
 */
export function choiceStyle(context: TurnContext): ListStyle {
  const { channelId, conversation } = context.activity;
  const personalTeamsChat = channelId === 'msteams' && (conversation?.conversationType ?? 'personal') === 'personal';
  return CHANNELS_WITH_SUGGESTED_ACTIONS.has(channelId) || personalTeamsChat ? SUGGESTED_ACTION : HERO_CARD;
}

/** A message with tappable choices; each choice sends its `value` back as if typed. */
export function withChoices(context: TurnContext, text: string, choices: ReadonlyArray<{ title: string; value: string }>): Partial<Activity> {
  const actions: CardAction[] = choices.map(({ title, value }) => ({ type: 'imBack', title, value }));
  if (choiceStyle(context) === SUGGESTED_ACTION) {
    return MessageFactory.suggestedActions(actions, text);
  }
  const message = MessageFactory.text(text);
  message.attachments = [CardFactory.heroCard('', undefined, actions)];
  return message;
}

/**
 * An answer with what can come next: for an answer that differs by side and no side known, the two side
 * buttons; then its follow-ups, numbered so they can be picked by tapping, typing the number or the
 * words; then the calculation it offers.
 */
export function answerActivity(context: TurnContext, entry: KnowledgeEntry, kb: KnowledgeBase, role: Role | undefined, withFollowUps = true, offerSides = false): Partial<Activity> {
  const text = answerText(entry, kb, role);
  const sides = !role && (offerSides || differsBySide(entry)) ? SIDE_CHOICES.map(({ label }) => ({ title: label, value: label })) : [];
  if (!withFollowUps) return sides.length ? withChoices(context, text, sides) : MessageFactory.text(text);
  if (!entry.followUps.length && !entry.calculator && !sides.length) return MessageFactory.text(text);
  return followUpsActivity(context, entry, kb, `${text}\n\nRelated questions (tap one or type its number):`, sides);
}

export function followUpsActivity(context: TurnContext, entry: KnowledgeEntry, kb: KnowledgeBase, text: string, first: ReadonlyArray<{ title: string; value: string }> = []): Partial<Activity> {
  const choices = [...first, ...followUpEntries(entry, kb).map((followUp, index) => ({ title: `${index + 1}. ${followUp.question}`, value: followUp.question }))];
  if (entry.calculator) {
    const title = calculatorTitle(entry.calculator);
    choices.push({ title, value: title });
  }
  return withChoices(context, text, choices);
}

/** A worked-out result with its next steps: entries numbered (so a number picks them), calculators by name. */
export function calculationActivity(context: TurnContext, answer: CalculatorAnswer, kb: KnowledgeBase): Partial<Activity> {
  let number = 0;
  const choices = answer.next.map((step) => {
    if ('calculator' in step) {
      const title = calculatorTitle(step.calculator);
      return { title, value: title };
    }
    const question = kb.byId.get(step.entryId)?.question ?? step.entryId;
    number += 1;
    return { title: `${number}. ${question}`, value: question };
  });
  if (!choices.length) return MessageFactory.text(answer.text);
  return withChoices(context, `${answer.text}\n\nWhat next?`, choices);
}

export function followUpEntries(entry: KnowledgeEntry, kb: KnowledgeBase): KnowledgeEntry[] {
  return entry.followUps.map((id) => kb.byId.get(id)).filter((followUp): followUp is KnowledgeEntry => Boolean(followUp));
}

export function welcomeActivity(context: TurnContext): Partial<Activity> {
  const text = [
    'Hi! I answer questions about **California small claims court**: filing a case, the hearing, and collecting or paying a judgment, for the person owed money and the person who owes it.',
    'I give general information, not legal advice. For advice on your case, your county has a free small claims advisor.',
    'Ask in your own words, or start with one of these:',
  ].join('\n\n');
  return withChoices(context, text, STARTER_QUESTIONS.map((question) => ({ title: question, value: question })));
}

export function helpActivity(context: TurnContext): Partial<Activity> {
  const text = [
    'I answer questions about California small claims court, in plain language, with the court forms and the official source for each answer.',
    'You can ask things like "how much can I sue for", "he won\'t pay what the judge ordered", "can they take my car", or "I can\'t pay the judgment".',
    'After an answer, tap a related question or type its number. Type **start over** to clear the conversation.',
    `This is general information, not legal advice. For help with your own case, talk to your county's [free small claims advisor](${ADVISOR_URL}) or the [court self-help center](${SELF_HELP_URL}).`,
  ].join('\n\n');
  return withChoices(context, text, STARTER_QUESTIONS.map((question) => ({ title: question, value: question })));
}

export function fallbackActivity(area?: OutOfScopeArea): Partial<Activity> {
  if (area) {
    return MessageFactory.text(
      `${area.reply} ([more information](${area.link}))\n\nI can help with California small claims questions: suing for money, the hearing, and collecting or paying a judgment.`,
    );
  }
  return MessageFactory.text(
    [
      "I'm sorry, I don't have a good answer for that, and I'd rather not guess.",
      'I cover California small claims court: suing for money up to the small claims limit, serving papers, the hearing, appeals, and collecting or paying a judgment. Try asking in other words, or type **help** for examples.',
      `For anything else, your county's [free small claims advisor](${ADVISOR_URL}) and the [court self-help center](${SELF_HELP_URL}) can help.`,
    ].join('\n\n'),
  );
}

export const SMALL_TALK_REPLIES = Object.freeze({
  greeting: 'Hello! Ask me anything about California small claims court, or type **help** to see examples.',
  thanks: "You're welcome. Ask another question any time, or type **start over** to begin again.",
  goodbye: 'Good luck with your case. If you need help with your own situation, your county\'s free small claims advisor can help.',
  human: `I'm an automated helper, not a person or a lawyer: I give general information about California small claims. To talk with a person for free, call or visit your county's [small claims advisor](${ADVISOR_URL}) (every county has one), or the court's [self-help center](${SELF_HELP_URL}).`,
  startOver: "Okay, let's start over. What would you like to know about small claims court?",
  nonText: 'I can only read text questions. Please type your question in words.',
  tooLong: 'That message is too long for me to read well. Could you ask your question in a sentence or two?',
});

export function startOverActivity(context: TurnContext): Partial<Activity> {
  return withChoices(context, SMALL_TALK_REPLIES.startOver, STARTER_QUESTIONS.map((question) => ({ title: question, value: question })));
}

/** Help inside a guided flow: what can be typed here; the flow then asks its open question again. */
export const PROMPT_HELP =
  "I'm helping you work this out step by step. Tap an answer or type it in your own words; \"not sure\" is fine too. Type **start over** to stop, or just ask another question. This is general information, not legal advice.";

export const REACTION_REPLIES = Object.freeze({
  yes: 'Okay. What would you like to know? You can tap a related question or ask in your own words.',
  no: 'Okay. Ask me anything else about small claims court whenever you like.',
  ok: 'Okay. Ask another question any time, or tap one of the related questions.',
  notSure: 'That\'s fine. Ask me in your own words what you want to find out, or type **help** for examples.',
  notHelpful: `Sorry that didn't help. Try asking in other words, with what happened in your case (for example "I won but he won't pay"). Your county's [free small claims advisor](${ADVISOR_URL}) can also help with your own situation.`,
  confused: 'Sorry, let me try again: ask your question in your own words, or type **help** to see what I can do. The related questions below are also a good place to start.',
});

/** The reply to a bare "I'm owed money" / "I owe money" when there is no answer to narrow. */
export function sideActivity(context: TurnContext, role: Role): Partial<Activity> {
  const questions = role === 'creditor'
    ? ['How do I collect my small claims judgment?', 'When can I start collecting after I win?']
    : ["What happens if I can't pay the small claims judgment?", "What can't a creditor take from me to pay a small claims judgment?"];
  const text = role === 'creditor' ? "Got it: you're the one owed money. What would you like to know?" : "Got it: you're the one who owes. What would you like to know?";
  return withChoices(context, text, questions.map((question) => ({ title: question, value: question })));
}
