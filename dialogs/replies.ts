import { CardFactory, MessageFactory, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { ListStyle } from 'botbuilder-dialogs';
import { answerText, differsBySide } from '../src/conversation/answers';
import { calculatorTitle, type CalculatorAnswer } from '../src/conversation/calculators';
import type { KnowledgeBase, KnowledgeEntry, OutOfScopeArea, Role } from '../src/kb/types';
import { replyLanguage, say } from './replyLanguage';

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
  const language = replyLanguage(context);
  const text = answerText(entry, kb, role, language);
  const { creditor, debtor } = say(context).sides;
  const sides = !role && (offerSides || differsBySide(entry)) ? [creditor, debtor].map((label) => ({ title: label, value: label })) : [];
  if (!withFollowUps) return sides.length ? withChoices(context, text, sides) : MessageFactory.text(text);
  if (!entry.followUps.length && !entry.calculator && !sides.length) return MessageFactory.text(text);
  return followUpsActivity(context, entry, kb, `${text}\n\n${say(context).relatedQuestions}`, sides);
}

export function followUpsActivity(context: TurnContext, entry: KnowledgeEntry, kb: KnowledgeBase, text: string, first: ReadonlyArray<{ title: string; value: string }> = []): Partial<Activity> {
  const choices = [...first, ...followUpEntries(entry, kb).map((followUp, index) => ({ title: `${index + 1}. ${followUp.question}`, value: followUp.question }))];
  if (entry.calculator) {
    const title = calculatorTitle(entry.calculator, replyLanguage(context));
    choices.push({ title, value: title });
  }
  return withChoices(context, text, choices);
}

/** A worked-out result with its next steps: entries numbered (so a number picks them), calculators by name. */
export function calculationActivity(context: TurnContext, answer: CalculatorAnswer, kb: KnowledgeBase): Partial<Activity> {
  let number = 0;
  const choices = answer.next.map((step) => {
    if ('calculator' in step) {
      const title = calculatorTitle(step.calculator, replyLanguage(context));
      return { title, value: title };
    }
    const question = kb.byId.get(step.entryId)?.question ?? step.entryId;
    number += 1;
    return { title: `${number}. ${question}`, value: question };
  });
  if (!choices.length) return MessageFactory.text(answer.text);
  return withChoices(context, `${answer.text}\n\n${say(context).whatNext}`, choices);
}

export function followUpEntries(entry: KnowledgeEntry, kb: KnowledgeBase): KnowledgeEntry[] {
  return entry.followUps.map((id) => kb.byId.get(id)).filter((followUp): followUp is KnowledgeEntry => Boolean(followUp));
}

/** The starter questions under a message (welcome, help, start over). */
function withStarters(context: TurnContext, text: string): Partial<Activity> {
  return withChoices(context, text, say(context).starterQuestions.map((question) => ({ title: question, value: question })));
}

export function welcomeActivity(context: TurnContext): Partial<Activity> {
  return withStarters(context, say(context).welcome);
}

export function helpActivity(context: TurnContext): Partial<Activity> {
  return withStarters(context, say(context).help);
}

export function fallbackActivity(context: TurnContext, area?: OutOfScopeArea): Partial<Activity> {
  return MessageFactory.text(area ? say(context).outOfScope(area.reply, area.link) : say(context).fallback);
}

export function startOverActivity(context: TurnContext): Partial<Activity> {
  return withStarters(context, say(context).smallTalk.startOver);
}

/** The reply to a bare "I'm owed money" / "I owe money" when there is no answer to narrow. */
export function sideActivity(context: TurnContext, role: Role): Partial<Activity> {
  const { sides } = say(context);
  const questions = role === 'creditor' ? sides.creditorQuestions : sides.debtorQuestions;
  return withChoices(context, role === 'creditor' ? sides.creditorReply : sides.debtorReply, questions.map((question) => ({ title: question, value: question })));
}
