import { addDays, addMonths, type IsoDate } from './calendar';
import type { PayPeriod } from './garnishment';
import { DATE_CUE, SPANISH_AMOUNT_WINDOWS, SPANISH_DATE_WINDOWS, AMOUNT_CUE, windowsAround } from './recognizerWindows';

/**
 * Dates, amounts and pay periods in Spanish text, for extract.ts. Two choices differ from English:
 *
 * - Dates go through Microsoft's Spanish *date* extractor and parser alone, not the whole date-time
 *   model: the model runs every Spanish extractor (times, sets, periods, durations, holidays) on each
 *   window and costs ~50 ms of CPU for a 25-character one, ten times the date part, which is all we
 *   read. "Hace dos semanas" is a duration to that extractor, so it is read here.
 * - Amounts go through the Spanish *number* recognizer, not the currency one: Californians write
 *   "$1,100.50" the US way, which the Spanish recognizers read as 1.1, and type "dolares" without the
 *   accent, which the currency model does not know. So US-style numbers are rewritten the Spanish way
 *   (same length, so positions hold) and a number is money by the words around it, as for English
 *   plain numbers: a "$" before it, "dólares" or a pay period after it.
 */

export interface SpanishSpan {
  start: number;
  end: number;
}

interface DateExtractor {
  extract(source: string, reference: Date): Array<{ start: number; length: number; text: string }>;
}
interface DateParser {
  parse(extracted: { start: number; length: number; text: string }, reference: Date): { value?: { pastValue?: unknown; futureValue?: unknown } } | null;
}
interface NumberModel {
  parse(query: string): Array<{ start: number; end: number; resolution?: unknown }>;
}

let dateReader: { extractor: DateExtractor; parser: DateParser } | undefined;
let numberModel: NumberModel | undefined;

/* eslint-disable @typescript-eslint/no-require-imports */
// Loaded on first use, like the English recognizers: most turns never need them.
function spanishDateReader(): { extractor: DateExtractor; parser: DateParser } {
  if (!dateReader) {
    const dates = require('@microsoft/recognizers-text-date-time') as typeof import('@microsoft/recognizers-text-date-time');
    dateReader = {
      extractor: new dates.BaseDateExtractor(new dates.SpanishDateExtractorConfiguration()),
      parser: new dates.BaseDateParser(new dates.SpanishDateParserConfiguration(new dates.SpanishCommonDateTimeParserConfiguration())) as DateParser,
    };
  }
  return dateReader;
}

function spanishNumbers(): NumberModel {
  if (!numberModel) {
    const numbers = require('@microsoft/recognizers-text-number') as typeof import('@microsoft/recognizers-text-number');
    numberModel = new numbers.NumberRecognizer(numbers.Culture.Spanish).getNumberModel();
  }
  return numberModel;
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** Lowercase without accents, one character for one, so positions in it are positions in the text. */
export function foldSpanish(text: string): string {
  return [...text].map((char) => char.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '') || char).join('');
}

/**
 * "5/10/2026" is read month first, as in English (the bot's forms and courts are Californian), unless
 * the first part cannot be a month ("20/11/2026"). The Spanish parser reads day first, so the two parts
 * swap places: "5/10" and "10/5" are the same length.
 */
export function monthFirst(text: string): string {
  return text.replace(/\b(\d{1,2})([/-])(\d{1,2})(?=(?:[/-]\d{2,4})?\b)/g, (whole, first: string, separator: string, second: string) =>
    Number(first) <= 12 ? `${second}${separator}${first}` : whole,
  );
}

/** US-style "1,100.50" and "4.50" written the Spanish way ("1.100,50", "4,50"), same length. */
export function spanishNumberFormat(text: string): string {
  return text.replace(/\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?!\d)|\b\d+\.\d{1,2}(?![\d.])/g, (number) => number.replace(/[.,]/g, (mark) => (mark === ',' ? '.' : ',')));
}

function isoOf(value: unknown): IsoDate | undefined {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
  const pad = (part: number): string => String(part).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

const COUNT: Readonly<Record<string, number>> = { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30 };
const AGO = /\bhace (?:como |unos |unas |casi |mas de |mas o menos )?(un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|\d{1,3}) (dias?|semanas?|mes|meses|anos?)\b/g;

/** "hace dos semanas", "hace un mes": that many days, weeks, months or years before today. */
function agoDates(folded: string, today: IsoDate): Array<{ date: IsoDate; start: number; end: number }> {
  return [...folded.matchAll(AGO)].slice(0, SPANISH_DATE_WINDOWS.maxWindows).map((match) => {
    const count = COUNT[match[1]!] ?? Number(match[1]);
    const unit = match[2]!;
    const date = unit.startsWith('dia') ? addDays(today, -count) : unit.startsWith('semana') ? addDays(today, -7 * count) : unit.startsWith('mes') ? addMonths(today, -count) : addMonths(today, -12 * count);
    return { date, start: match.index, end: match.index + match[0].length - 1 };
  });
}

/** Dates in a Spanish text: each the most recent such day not after today, with where it was written. */
export function spanishDatesIn(text: string, today: IsoDate): Array<{ date: IsoDate; start: number; end: number }> {
  const folded = foldSpanish(text);
  const ago = agoDates(folded, today);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  // Noon local time: the parser builds its dates from the reference's local calendar day.
  const reference = new Date(year, month - 1, day, 12);
  const { extractor, parser } = spanishDateReader();
  const found = ago.slice();
  for (const window of windowsAround(monthFirst(text), DATE_CUE, SPANISH_DATE_WINDOWS)) {
    for (const extracted of extractor.extract(window.text, reference)) {
      const start = window.offset + extracted.start;
      // "el 15 de cada mes" is a day of every month, not a date; "mi" alone is "my", not miércoles.
      if (/^\s*de cada\b/.test(foldSpanish(window.text.slice(extracted.start + extracted.length))) || /^[a-z]{1,4}\.?$/.test(foldSpanish(extracted.text).replace(/^(hoy|ayer)$/, '1'))) continue;
      if (ago.some((each) => start <= each.end && start + extracted.length - 1 >= each.start)) continue;
      const value = parser.parse(extracted, reference)?.value;
      const parsed = isoOf(value?.pastValue) ?? isoOf(value?.futureValue);
      // "septiembre 5, 2025": the extractor stops before a year written after the day.
      const year = /\d{4}/.test(extracted.text) ? undefined : /^,?\s+(?:de\s+|del\s+)?(\d{4})\b/.exec(window.text.slice(extracted.start + extracted.length));
      const date = parsed && year ? `${year[1]}${parsed.slice(4)}` : parsed;
      if (date && date <= today) found.push({ date, start, end: start + extracted.length - 1 + (year?.[0].length ?? 0) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Ordered: "cada dos semanas" before "cada semana", "dos veces al mes" before "al mes". A "quincena"
// is half a month (paid on the 15th and the last day), so it is semimonthly, as "cada 15 días" is.
const SPANISH_PERIODS: ReadonlyArray<readonly [RegExp, PayPeriod]> = [
  [/\b(cada (dos|2|otra) semanas?|cada (catorce|14) dias|catorcenal(es|mente)?|bisemanal(es|mente)?|biweekly)\b/, 'biweekly'],
  [/\b(cada quincena|por quincena|a la quincena|quincenal(es|mente)?|(dos|2) veces (al|por|cada) mes|cada (quince|15) dias|(el|los dias) (1|primero) y (el )?15|semimonthly)\b/, 'semimonthly'],
  [/\b(a la semana|por semana|cada semana|semanal(es|mente)?|x semana|weekly)\b/, 'weekly'],
  [/\b(al mes|por mes|cada mes|mensual(es|mente)?|x mes|monthly)\b/, 'monthly'],
];

export function spanishPeriodIn(text: string): PayPeriod | undefined {
  const folded = foldSpanish(text);
  return SPANISH_PERIODS.find(([pattern]) => pattern.test(folded))?.[1];
}

// What may stand between a number and its period: "1,100 dólares netos cada dos semanas".
const MONEY_AFTER = /^\s*(dolares|dls|dlls|usd|bucks|varos)\b/;
const PERIOD_AFTER = /^\s*((dolares|dls|dlls|usd)\s+)?((netos?|brutos?|limpios?|libres|aproximadamente|mas o menos)\s+)?(a la|al|por|cada|x|dos veces|(semanal|mensual|quincenal|catorcenal|bisemanal)(es|mente)?)\b/;

export interface SpanishAmount extends SpanishSpan {
  value: number;
  period?: PayPeriod;
}

/** Dollar amounts in a Spanish text, with the pay period written right after each. */
export function spanishAmountsIn(text: string): SpanishAmount[] {
  const readable = spanishNumberFormat(text);
  const folded = foldSpanish(text);
  const amounts: SpanishAmount[] = [];
  const take = (value: number, start: number, end: number): void => {
    if (!(value > 0) || amounts.some((each) => start <= each.end && end >= each.start)) return;
    const dollarBefore = /\$\s?$/.test(folded.slice(Math.max(0, start - 2), start));
    const after = folded.slice(end + 1, end + 40);
    const periodAfter = PERIOD_AFTER.test(after);
    if (!dollarBefore && !MONEY_AFTER.test(after) && !periodAfter) return;
    const period = periodAfter ? spanishPeriodIn(after.split(/[,.;]| y /)[0] ?? '') : undefined;
    amounts.push({ value, start, end, ...(period ? { period } : {}) });
  };
  // "$4k" and "4k al mes": the recognizer reads "4" and leaves the "k".
  for (const match of folded.matchAll(/(\$\s?)?\b(\d+(?:[.,]\d+)?)k\b/g)) take(Number(match[2]!.replace(',', '.')) * 1000, match.index + (match[1]?.length ?? 0), match.index + match[0].length - 1);
  for (const window of windowsAround(readable, AMOUNT_CUE, SPANISH_AMOUNT_WINDOWS)) {
    for (const result of spanishNumbers().parse(window.text)) {
      // The Spanish recognizer writes its values the Spanish way too: "1100,5".
      const value = Number((result.resolution as { value?: string } | undefined)?.value?.replace(',', '.'));
      take(value, window.offset + result.start, window.offset + result.end);
    }
  }
  return amounts.sort((a, b) => a.start - b.start);
}
