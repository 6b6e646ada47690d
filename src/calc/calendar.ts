import type { CourtCalendar, CourtHolidayRule, Language } from '../kb/types';

/**
 * Calendar dates as ISO strings ("2026-03-03"), computed in UTC so a date never shifts with the
 * server's time zone.
 */
export type IsoDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;
// "Thursday, April 2, 2026" / "jueves, 2 de abril de 2026". Made on first use: each costs tens of
// milliseconds of locale data, at start-up otherwise, and most turns print no date.
const LONG_DATES: Partial<Record<Language, Intl.DateTimeFormat>> = {};
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', es: 'es-US' };
const longDates = (language: Language): Intl.DateTimeFormat =>
  (LONG_DATES[language] ??= new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }));

export function toDate(iso: IsoDate): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`Not a date: "${iso}"`);
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || toIso(date) !== iso) throw new RangeError(`Not a date: "${iso}"`);
  return date;
}

export function toIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** Calendar years later; a February 29 becomes February 28 in a year without one. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonths(iso, years * 12);
}

/** Calendar months later (or earlier, when negative); a day the target month lacks becomes its last day. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

export function formatDate(iso: IsoDate, language: Language = 'en'): string {
  return longDates(language).format(toDate(iso));
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  if (nth === -1) {
    const last = new Date(Date.UTC(year, month, 0));
    return new Date(Date.UTC(year, month - 1, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7)));
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  return new Date(Date.UTC(year, month - 1, 1 + ((weekday - first.getUTCDay() + 7) % 7) + (nth - 1) * 7));
}

function holidayDate(rule: CourtHolidayRule, year: number): Date {
  const base = rule.day !== undefined ? new Date(Date.UTC(year, rule.month - 1, rule.day)) : nthWeekday(year, rule.month, rule.weekday!, rule.nth!);
  let date = new Date(base.getTime() + (rule.plusDays ?? 0) * DAY_MS);
  if (!rule.observeOnly) {
    // Saturday holidays are observed on Friday, Sunday ones on Monday (Cal. Rules of Court, rule 1.11).
    if (date.getUTCDay() === 6) date = new Date(date.getTime() - DAY_MS);
    else if (date.getUTCDay() === 0) date = new Date(date.getTime() + DAY_MS);
  }
  return date;
}

/** Court holidays observed in a year, by date. */
export function courtHolidays(calendar: CourtCalendar, year: number): Map<IsoDate, string> {
  const days = new Map<IsoDate, string>();
  for (const rule of calendar.holidays) {
    if (rule.from !== undefined && year < rule.from) continue;
    days.set(toIso(holidayDate(rule, year)), rule.name);
  }
  return days;
}

/** Why the court is closed that day, or undefined on a court day. */
export function courtClosedReason(calendar: CourtCalendar, iso: IsoDate, language: Language = 'en'): string | undefined {
  const date = toDate(iso);
  const spanish = language === 'es';
  if (date.getUTCDay() === 0) return spanish ? 'domingo' : 'a Sunday';
  if (date.getUTCDay() === 6) return spanish ? 'sábado' : 'a Saturday';
  const holiday = courtHolidays(calendar, date.getUTCFullYear()).get(iso);
  if (!holiday) return undefined;
  // Holiday names are the calendar file's (English); Spanish readers still recognize them by date.
  return spanish ? `un día feriado de la corte (${holiday})` : `a court holiday (${holiday})`;
}

/**
 * The last day to act: when it lands on a weekend or court holiday, the next court day (CCP 12a).
 * Returns the day and, when it moved, why.
 */
export function lastDayToAct(calendar: CourtCalendar, iso: IsoDate, language: Language = 'en'): { date: IsoDate; movedBecause?: string } {
  const reason = courtClosedReason(calendar, iso, language);
  if (!reason) return { date: iso };
  let date = addDays(iso, 1);
  while (courtClosedReason(calendar, date)) date = addDays(date, 1);
  const movedBecause = language === 'es' ? `el plazo del ${formatDate(iso, language)} cae en ${reason}` : `the ${formatDate(iso)} deadline falls on ${reason}`;
  return { date, movedBecause };
}
