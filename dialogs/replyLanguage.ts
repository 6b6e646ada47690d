import type { TurnContext } from 'botbuilder';
import type { Language } from '../src/kb/types';
import { messagesFor, type Messages } from '../src/conversation/messages';

const REPLY_LANGUAGE = Symbol('replyLanguage');

/**
 * The language of this turn's replies, decided once by the main dialog. It is also written to the
 * incoming activity's locale, which is what botbuilder's prompts read to recognize "sí" or "no sé"
 * and to word their choices.
 */
export function setReplyLanguage(context: TurnContext, language: Language): void {
  context.turnState.set(REPLY_LANGUAGE, language);
  context.activity.locale = messagesFor(language).locale;
}

/** English until the main dialog (or the welcome, from the channel's locale) says otherwise. */
export function replyLanguage(context: TurnContext): Language {
  return (context.turnState.get(REPLY_LANGUAGE) as Language | undefined) ?? 'en';
}

export function say(context: TurnContext): Messages {
  return messagesFor(replyLanguage(context));
}
