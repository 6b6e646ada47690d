/**
 * Adaptive Cards for Teams, as pure functions over plain data: an answer's forms, law and sources as
 * one compact card section, and, in group chats, its follow-ups as card actions. The message text
 * stays a readable answer on its own; the card only adds to it. No Bot Framework imports.
 */
import { FOLLOW_UP_KEY } from '../bot/cardClicks';
import type { Language } from '../kb/types';

export interface AnswerReferences {
  forms: readonly string[];
  codes: readonly string[];
  sources: ReadonlyArray<{ label: string; url: string }>;
  /** "December 1, 2026" / "1 de diciembre de 2026". */
  reviewed: string;
  /** The language of the answer the card goes with; English when not said. */
  language?: Language;
}

/** The card's own words, in the answer's language (the answer text itself uses the same terms). */
const WORDS: Readonly<Record<Language, { forms: string; law: string; source: string; reviewed: string; shortAnswer: (where: string) => string; personalChat: string }>> = {
  en: {
    forms: 'Forms',
    law: 'Law',
    source: 'Source',
    reviewed: 'reviewed',
    shortAnswer: (where) => `That's the short answer. For the full answer, or to work things out from your own dates and amounts without sharing them here, continue in ${where}.`,
    personalChat: 'a personal chat with me',
  },
  es: {
    forms: 'Formularios',
    law: 'Ley',
    source: 'Fuente',
    reviewed: 'revisado el',
    shortAnswer: (where) => `Esa es la respuesta corta. Para la respuesta completa, o para calcular con sus propias fechas y cantidades sin compartirlas aquí, continúe en ${where}.`,
    personalChat: 'un chat personal conmigo',
  },
};

export interface CardChoice {
  title: string;
  value: string;
}


export type AdaptiveElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: AdaptiveElement[];
  actions?: AdaptiveElement[];
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Forms and law as a two-line fact set, the sources as one small line of links with the reviewed date. */
export function referencesCard(references: AnswerReferences, choices: readonly CardChoice[] = []): AdaptiveCard {
  const words = WORDS[references.language ?? 'en'];
  const facts = [
    ...(references.forms.length ? [{ title: words.forms, value: references.forms.join(', ') }] : []),
    ...(references.codes.length ? [{ title: words.law, value: references.codes.join(', ') }] : []),
  ];
  const links = references.sources.map(({ label, url }) => `[${label}](${url})`).join(' · ');
  const body: AdaptiveElement[] = [
    ...(facts.length ? [{ type: 'FactSet', facts, spacing: 'None' }] : []),
    { type: 'TextBlock', text: `${words.source}: ${links} (${words.reviewed} ${references.reviewed})`, wrap: true, size: 'Small', isSubtle: true, spacing: 'Small' },
  ];
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
  if (choices.length) card.actions = choices.map(followUpAction);
  return card;
}

/**
 * A follow-up as a card action. messageBack (not imBack) so the click reaches the bot in a channel,
 * where only @mentions do; the person still sees what they picked.
 */
export function followUpAction(choice: CardChoice): AdaptiveElement {
  return {
    type: 'Action.Submit',
    title: choice.title,
    data: { msteams: { type: 'messageBack', text: choice.value, displayText: choice.value }, [FOLLOW_UP_KEY]: choice.value },
  };
}

/** A Teams deep link that opens a one-to-one chat with the bot, or undefined without a real app id. */
export function personalChatLink(botAppId: string): string | undefined {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(botAppId) || /^[0-]+$/.test(botAppId)) return undefined;
  return `https://teams.microsoft.com/l/chat/0/0?users=28:${botAppId}`;
}

/**
 * What a group chat sees of an answer: its title and first paragraph (the answer itself; the detail
 * follows it), then an offer to go on in private, where people can give their own dates and amounts.
 */
export function groupAnswerText(answerMarkdown: string, chatLink: string | undefined, language: Language = 'en'): string {
  const words = WORDS[language];
  const [title = '', lead = ''] = answerMarkdown.split(/\n{2,}/);
  const where = chatLink ? `[${words.personalChat}](${chatLink})` : words.personalChat;
  return [title, lead, words.shortAnswer(where)].filter(Boolean).join('\n\n');
}
