import type { Language } from '../kb/types';
import type { IsoDate } from './calendar';
import { spanishAmountsIn, spanishDatesIn, spanishPeriodIn } from './extractSpanish';
import type { PayPeriod } from './garnishment';
import { AMOUNT_CUE, AMOUNT_WINDOWS, DATE_CUE, DATE_WINDOWS, windowsAround, type TextWindow } from './recognizerWindows';

export interface Amount {
  value: number;
  /** Where it was written in the text (characters, inclusive), so callers can read the words around it. */
  start: number;
  end: number;
  /** The pay period written right after the amount ("$900 a week"), if any. */
  period?: PayPeriod;
  /** Written as per month ("$100 a month"). */
  monthly: boolean;
}

export interface Facts {
  /** Dates mentioned, each resolved to the most recent such day not after today. */
  dates: IsoDate[];
  /** The same dates with where each was written. */
  dateSpans: Array<{ date: IsoDate; start: number; end: number }>;
  amounts: Amount[];
  /** A pay period named anywhere in the text. */
  period?: PayPeriod;
}

const CULTURE = 'en-us';

/** What the recognizers return that this module reads. */
interface ModelResult {
  start: number;
  end: number;
  resolution?: unknown;
}

// Ordered: "every two weeks" must be tried before "week".
const PERIOD_PATTERNS: ReadonlyArray<readonly [RegExp, PayPeriod]> = [
  [/\b(bi-?weekly|every (two|2|other) weeks?|every 2 wks|each two weeks|fortnight(ly)?)\b/, 'biweekly'],
  [/\b(semi-?monthly|twice a month|two times a month|1st and 15th|15th and (the )?(30th|last))\b/, 'semimonthly'],
  [/\b(a|per|each|every|\/)\s?(week|wk)\b|\bweekly\b/, 'weekly'],
  [/\b(a|per|each|every|\/)\s?(month|mo)\b|\bmonthly\b/, 'monthly'],
];

export function periodIn(text: string, language: Language = 'en'): PayPeriod | undefined {
  if (language === 'es') return spanishPeriodIn(text);
  const lower = text.toLowerCase();
  return PERIOD_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1];
}

/**
 * Dates and dollar amounts a person wrote in a question ("judgment was on 3/3/2026", "they want $4,000
 * and I make $900 a week"), found with Microsoft's text recognizers, the same ones the Bot Framework
 * prompts use.
 */
export function extractFacts(text: string, today: IsoDate, language: Language = 'en'): Facts {
  const dateSpans = language === 'es' ? spanishDatesIn(text, today) : datesIn(text, today);
  const amounts = language === 'es' ? spanishAmountsIn(text).map((amount): Amount => ({ ...amount, monthly: amount.period === 'monthly' })) : amountsIn(text);
  return { dates: dateSpans.map(({ date }) => date), dateSpans, amounts, period: periodIn(text, language) };
}

/**
 * Runs a recognizer on the short windows of a text only (see recognizerWindows.ts for why), with
 * offsets mapped back to the whole text. The recognizers are loaded on first use: most turns never
 * need them and they take a noticeable part of start-up.
 */
function recognizeIn(windows: TextWindow[], recognize: (window: string) => ModelResult[]): ModelResult[] {
  return windows.flatMap((window) => recognize(window.text).map((result) => ({ ...result, start: result.start + window.offset, end: result.end + window.offset })));
}

/*
 * Each model is made once, on first use. The packages' recognizeDateTime()/recognizeCurrency() helpers
 * build a new recognizer with all its expressions on every call, which cost more than reading a window.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
let models: { dateTime: { parse(text: string, reference: Date): ModelResult[] }; currency: { parse(text: string): ModelResult[] }; number: { parse(text: string): ModelResult[] } } | undefined;
function recognizers(): NonNullable<typeof models> {
  models ??= {
    dateTime: new (require('@microsoft/recognizers-text-date-time') as typeof import('@microsoft/recognizers-text-date-time')).DateTimeRecognizer(CULTURE).getDateTimeModel(),
    currency: new (require('@microsoft/recognizers-text-number-with-unit') as typeof import('@microsoft/recognizers-text-number-with-unit')).NumberWithUnitRecognizer(CULTURE).getCurrencyModel(),
    number: new (require('@microsoft/recognizers-text-number') as typeof import('@microsoft/recognizers-text-number')).NumberRecognizer(CULTURE).getNumberModel(),
  };
  return models;
}
/* eslint-enable @typescript-eslint/no-require-imports */
const recognizeDateTime = (text: string, reference: Date): ModelResult[] => recognizers().dateTime.parse(text, reference);
const recognizeCurrency = (text: string): ModelResult[] => recognizers().currency.parse(text);
const recognizeNumber = (text: string): ModelResult[] => recognizers().number.parse(text);

function datesIn(text: string, today: IsoDate): Facts['dateSpans'] {
  const reference = new Date(`${today}T12:00:00Z`);
  const found: Facts['dateSpans'] = [];
  for (const result of recognizeIn(windowsAround(text, DATE_CUE, DATE_WINDOWS), (window) => recognizeDateTime(window, reference))) {
    const values = ((result.resolution as { values?: Array<{ type?: string; value?: string }> } | undefined)?.values ?? [])
      .filter((value) => value.type === 'date' && typeof value.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.value))
      .map((value) => value.value!)
      .filter((value) => value <= today)
      .sort();
    const latest = values[values.length - 1];
    if (latest) found.push({ date: latest, start: result.start, end: result.end });
  }
  return found;
}

function amountsIn(text: string): Amount[] {
  const lower = text.toLowerCase();
  const amounts: Amount[] = [];
  const taken: Array<[number, number]> = [];
  const push = (value: number, start: number, end: number): void => {
    if (!(value > 0) || taken.some(([from, to]) => start <= to && end >= from)) return;
    taken.push([start, end]);
    const after = lower.slice(end + 1, end + 24);
    const period = periodIn(after.split(/[,.;]| and /)[0] ?? '');
    amounts.push({ value, start, end, ...(period ? { period } : {}), monthly: period === 'monthly' });
  };
  const windows = windowsAround(text, AMOUNT_CUE, AMOUNT_WINDOWS);
  for (const result of recognizeIn(windows, recognizeCurrency)) {
    const resolution = result.resolution as { value?: string; unit?: string } | undefined;
    if (resolution?.unit === 'Dollar' || resolution?.unit === 'Cent') push(Number(resolution.value) * (resolution.unit === 'Cent' ? 0.01 : 1), result.start, result.end);
  }
  // Plain numbers count as money only when a pay period or "dollars" follows ("900 a week").
  for (const result of recognizeIn(windows, recognizeNumber)) {
    const after = lower.slice(result.end + 1, result.end + 24);
    const value = Number((result.resolution as { value?: string } | undefined)?.value);
    if (/^\s*(dollars|bucks)/.test(after) || periodIn(after.split(/[,.;]/)[0] ?? '')) push(value, result.start, result.end);
  }
  return amounts.sort((a, b) => a.start - b.start);
}
