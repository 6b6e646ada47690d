import type { Figure, Language } from './types';

// Amounts are written the same way in both languages: US Spanish speakers read "$1,622.40", and the
// forms and court pages they compare against print it so.
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const LONG_DATES: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};
const DAYS: Readonly<Record<Language, string>> = { en: 'days', es: 'días' };
const AS_OF: Readonly<Record<Language, { known: (date: string) => string; unknown: string }>> = {
  en: { known: (date) => `as of ${date}`, unknown: 'date not confirmed' },
  es: { known: (date) => `vigente desde el ${date}`, unknown: 'fecha sin confirmar' },
};

/** `{{figure_id}}` shows the value; `{{asof:figure_id}}` shows the date it took effect. */
export const FIGURE_PLACEHOLDER = /\{\{\s*(asof:)?([a-z0-9_]+)\s*\}\}/g;

export function formatFigure(figure: Figure, language: Language = 'en'): string {
  const { value, format } = figure;
  if (typeof value === 'string') return value;
  switch (format) {
    case 'usd':
      return usd.format(value);
    case 'usd-cents':
      return usdCents.format(value);
    case 'percent':
      return `${value}%`;
    case 'days':
      return `${value} ${DAYS[language]}`;
    case 'number':
      return value.toLocaleString('en-US');
    case 'text':
      return String(value);
  }
}

export function formatIsoDate(iso: string, language: Language = 'en'): string {
  return LONG_DATES[language].format(new Date(`${iso}T00:00:00Z`));
}

/** Names of the figures a text refers to, in order of first use. */
export function figuresUsed(text: string): string[] {
  const ids = new Set<string>();
  for (const match of text.matchAll(FIGURE_PLACEHOLDER)) ids.add(match[2]!);
  return [...ids];
}

/**
 * Replaces placeholders with figure values. An unknown id is left visible as "[figure id]" rather than
 * silently dropped; the loader refuses such files, so this only shows up in an unchecked draft.
 */
export function fillFigures(text: string, figures: ReadonlyMap<string, Figure>, language: Language = 'en'): string {
  return text.replace(FIGURE_PLACEHOLDER, (_whole, asOf: string | undefined, id: string) => {
    const figure = figures.get(id);
    if (!figure) return `[${id}]`;
    if (!asOf) return formatFigure(figure, language);
    // kb:check warns about a figure with no effective date; the reader gets an honest fallback.
    return figure.asOf ? AS_OF[language].known(formatIsoDate(figure.asOf, language)) : AS_OF[language].unknown;
  });
}
