import type { Language } from '../kb/types';
import { en, type Messages } from './messages.en';
import { es } from './messages.es';

export type { Messages } from './messages.en';

const CATALOGUES: Readonly<Record<Language, Messages>> = { en, es };

/** What the bot says, in the conversation's language. */
export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

/** The language a channel locale names ("es-MX" → Spanish); English for anything else. */
export function languageOfLocale(locale: string | undefined): Language {
  return /^es\b/i.test(locale ?? '') ? 'es' : 'en';
}
