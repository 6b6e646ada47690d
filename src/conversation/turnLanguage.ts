import { detectLanguage, LANGUAGE_SURE } from '../intent/language';
import type { Language } from '../kb/types';
import { languageOfLocale } from './messages';

// Asking for a language, and nothing else (normalized: lowercase, no accents or punctuation).
const ASKS_FOR: ReadonlyArray<readonly [Language, RegExp]> = [
  ['en', /^(?:(?:can you |could you |please )?(?:speak|talk|answer|reply|write)? ?(?:in )?english(?: please)?|(?:en )?ingles(?: por favor)?|(?:do you )?speak english)$/],
  ['es', /^(?:(?:en )?espanol(?: por favor)?|(?:usted )?(?:habla|hablas) espanol|(?:in )?spanish(?: please)?|(?:do you |can you )?speak spanish|(?:me puede |puede |puedes )?(?:hablar|contestar|responder)(?:me)? en espanol)$/],
];

export interface TurnLanguage {
  language: Language;
  /** The message only asks for a language ("en español", "in English please", "¿hablas español?"). */
  asked: boolean;
}

export interface TurnLanguageInput {
  text: string;
  normalized: string;
  /** The language the conversation has been in, if it has started. */
  current?: Language;
  /** The channel's `activity.locale`, for a first message with nothing to go on. */
  locale?: string;
  /** A guided flow is waiting for an answer: it keeps its language unless the person asks for another. */
  inFlow: boolean;
}

/**
 * The language to answer this message in: the one asked for; inside a flow, the flow's; else the
 * message's own when it is clear; else the conversation's so far; else the channel's locale.
 */
export function turnLanguage({ text, normalized, current, locale, inFlow }: TurnLanguageInput): TurnLanguage {
  const asked = ASKS_FOR.find(([, pattern]) => pattern.test(normalized))?.[0];
  if (asked) return { language: asked, asked: true };
  const kept = current ?? languageOfLocale(locale);
  if (inFlow) return { language: kept, asked: false };
  const guess = detectLanguage(text);
  return { language: guess && guess.confidence >= LANGUAGE_SURE ? guess.language : kept, asked: false };
}
