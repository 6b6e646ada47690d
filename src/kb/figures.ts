import type { Figure } from './types';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** `{{figure_id}}` shows the value; `{{asof:figure_id}}` shows the date it took effect. */
export const FIGURE_PLACEHOLDER = /\{\{\s*(asof:)?([a-z0-9_]+)\s*\}\}/g;

export function formatFigure(figure: Figure): string {
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
      return `${value} days`;
    case 'number':
      return value.toLocaleString('en-US');
    case 'text':
      return String(value);
  }
}

export function formatIsoDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
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
export function fillFigures(text: string, figures: ReadonlyMap<string, Figure>): string {
  return text.replace(FIGURE_PLACEHOLDER, (_whole, asOf: string | undefined, id: string) => {
    const figure = figures.get(id);
    if (!figure) return `[${id}]`;
    if (!asOf) return formatFigure(figure);
    // kb:check warns about a figure with no effective date; the reader gets an honest fallback.
    return figure.asOf ? `as of ${formatIsoDate(figure.asOf)}` : 'date not confirmed';
  });
}
