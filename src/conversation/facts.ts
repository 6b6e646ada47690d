import type { IsoDate } from '../calc/calendar';
import { extractFacts, type Amount } from '../calc/extract';
import { foldSpanish } from '../calc/extractSpanish';
import type { PayPeriod } from '../calc/garnishment';
import type { DebtKind, Payment } from '../calc/interest';
import type { DebtorFact, LevyService } from '../calc/plans';
import type { Language } from '../kb/types';
import { SPANISH_FACT_WORDS, SPANISH_MAY_HOLD_FACTS, spanishAmountRole, spanishDateRole, spanishWordFacts } from './factsSpanish';

/** What a date in the message is the date of, read from the words just before it. */
export type DateRole = 'mailed' | 'handed' | 'entered' | 'asOf' | 'payment' | 'levy';

/** What an amount in the message is, read from the words around it. */
export type AmountRole = 'pay' | 'offer' | 'payment' | 'judgment';

export interface DatedFact {
  date: IsoDate;
  role?: DateRole;
}

export interface MoneyFact {
  value: number;
  period?: PayPeriod;
  role: AmountRole;
}

/** Everything a calculator could use that the person wrote, with what each number is for. */
export interface TurnFacts {
  dates: DatedFact[];
  amounts: MoneyFact[];
  /** A pay period named anywhere ("I'm paid every two weeks"). */
  period?: PayPeriod;
  payments: Payment[];
  /** "nothing has been paid", "they never paid a cent". */
  nothingPaid: boolean;
  debtKind?: DebtKind;
  debtorFacts: DebtorFact[];
  /** A notice of levy or garnishment the person received: how, and when, when said. */
  levy?: { how?: LevyService; served?: IsoDate };
  /** "no levy yet", "nothing from the sheriff". */
  noLevy: boolean;
  /** "it's been two months": the 30-day wait after the judgment is over. */
  waitOver?: boolean;
}

// Digits, dollar signs, month names and relative days: without any of them the recognizers (which
// cost milliseconds) cannot find anything, and most questions have none.
const MAY_HOLD_FACTS = /[\d$]|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(yesterday|today|last|ago|week|month|hundred|thousand)\b/i;

export function mayHoldFacts(text: string, language: Language = 'en'): boolean {
  return language === 'es' ? SPANISH_MAY_HOLD_FACTS.test(foldSpanish(text)) : MAY_HOLD_FACTS.test(text);
}

const FACT_WORDS: Readonly<Record<Language, RegExp>> = { en: /\b(paid|levy|medical|credit card|loan|works|bank)\b/, es: SPANISH_FACT_WORDS };

/** Words that state a fact with no number in sight ("nothing has been paid", "a credit card debt"), on normalized text. */
export function namesFactWords(normalized: string, language: Language = 'en'): boolean {
  return FACT_WORDS[language].test(normalized);
}

const EMPTY: Pick<TurnFacts, 'dates' | 'amounts' | 'payments'> = { dates: [], amounts: [], payments: [] };

/** Reads the facts a message gives. `text` as typed (the recognizers want it), `normalized` for the word rules. */
export function readFacts(text: string, normalized: string, today: IsoDate, language: Language = 'en'): TurnFacts {
  const spanish = language === 'es';
  const words = spanish ? spanishWordFacts(normalized) : wordFacts(normalized);
  if (!mayHoldFacts(text, language)) return { ...EMPTY, ...words };
  // The date recognizer reads "by mail on 11/5/2026" as "before the 26th"; same length, so positions hold.
  const readable = spanish ? text : text.replace(/\bby mail\b/gi, 'mailed ');
  const raw = extractFacts(readable, today, language);
  const lower = spanish ? foldSpanish(readable) : readable.toLowerCase();
  const roleOfDate: (before: string, lower: string, at: number, end: number) => DateRole | undefined = spanish ? spanishDateRole : dateRole;
  const roleOfAmount = spanish ? spanishAmountRole : amountRole;
  const dates = raw.dateSpans.map(({ date, start, end }): DatedFact => ({ date, ...optional('role', roleOfDate(clauseBefore(lower, start), lower, start, end)) }));
  const amounts = raw.amounts.map((amount): MoneyFact => ({ value: amount.value, ...optional('period', amount.period), role: roleOfAmount(lower, amount) }));
  const payments = pairPayments(raw.amounts, amounts, raw.dateSpans, dates, today, spanish);
  const levyDate = dates.find((each) => each.role === 'levy')?.date;
  const levy = words.levy ? { ...words.levy, ...optional('served', levyDate) } : undefined;
  return { ...words, dates, amounts, ...optional('period', raw.period), payments, ...optional('levy', levy) };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The words of the same clause before a position (back to the previous sentence break). */
function clauseBefore(lower: string, at: number): string {
  const before = lower.slice(Math.max(0, at - 60), at);
  return before.split(/[.;!?]/).pop() ?? '';
}

function dateRole(before: string, lower: string, at: number): DateRole | undefined {
  if (/\b(as of|through|until|up to|by)\s+$/.test(before)) return 'asOf';
  if (/\b(paid|payment|sent me|gave me|paid me|paid us)\b[^,]*$/.test(before)) return 'payment';
  const sentence = `${before}${lower.slice(at, at + 40).split(/[.;!?]/)[0] ?? ''}`;
  if (/\b(levy|levied|garnish\w*|earnings withholding|withholding order|froze|frozen)\b/.test(sentence) && !/\bnotice of entry\b/.test(sentence)) return 'levy';
  if (/\b(handed|given to me|served|in person|picked (it )?up)\b/.test(before)) return 'handed';
  if (/\b(mailed|sent|postmarked|in the mail|came)\b/.test(before)) return 'mailed';
  if (/\b(entered|dated|won|ruled|decided|decision|hearing|judgment|judgement|awarded|granted|trial|court date)\b/.test(before)) return 'entered';
  if (/\bnotice\b/.test(before)) return 'mailed';
  return undefined;
}

function amountRole(lower: string, amount: Amount): AmountRole {
  const before = lower.slice(Math.max(0, amount.start - 40), amount.start).split(/[.;!?]/).pop() ?? '';
  if (/\b(can|could|able to|afford( to)?|willing to|only) (pay|afford|do|manage|send|give)( them| him| her)?( about| around| maybe)?\s*$|\boffer(ed)?( to pay)?( them)?\s*$/.test(before)) return 'offer';
  if (/\b(make|makes|earn|earns|making|earning|take home|bring home|get paid|gets paid|paid about|salary( is)?|income( is)?|paycheck( is)?|wages?( are| is)?|net|gross)( about| around| roughly| like)?\s*$/.test(before)) return 'pay';
  const clause = before.split(',').pop() ?? '';
  if (/\b(paid|pays|payment of|sent( me| us)?|gave( me| us)?|received|got)( me| us| back)?( about| around)?\s*$/.test(clause) && !/\b(judgment|judgement|awarded)\b/.test(clause)) return 'payment';
  // An amount "a week" or "every two weeks" with no other word is someone's pay; "a month" alone is ambiguous.
  if (amount.period && amount.period !== 'monthly') return 'pay';
  if (amount.period === 'monthly' && /\b(pay|paying)\b[^,]*$/.test(before)) return 'offer';
  return 'judgment';
}

/**
 * Payments with their dates: "they paid $500 on June 1" (the next date in the clause, or one marked as a
 * payment date). Spanish also puts the date first ("el 1 de junio pagó $300"): with `dateFirst`, a
 * payment date just before the amount comes before one after it.
 */
function pairPayments(raw: readonly Amount[], amounts: readonly MoneyFact[], spans: ReadonlyArray<{ start: number; end: number }>, dates: readonly DatedFact[], today: IsoDate, dateFirst = false): Payment[] {
  const payments: Payment[] = [];
  amounts.forEach((amount, index) => {
    if (amount.role !== 'payment') return;
    const { start, end: at } = raw[index]!;
    const before = dateFirst ? spans.reduce((found, span, which) => (span.end < start && start - span.end < 25 && dates[which]!.role === 'payment' ? which : found), -1) : -1;
    const after = spans.findIndex((span, which) => span.start > at && span.start - at < 25 && dates[which]!.role !== 'asOf');
    const marked = dates.findIndex((date) => date.role === 'payment');
    const which = before >= 0 ? before : after >= 0 ? after : marked;
    payments.push({ amount: amount.value, date: which >= 0 ? dates[which]!.date : today });
  });
  return payments;
}

const NOTHING_PAID = /\b(nothing|not (a|one) (cent|dime|penny|payment)|no payments?|zero|no money)( has| have)?( been)? (paid|received|yet)\b|\b(has|have|has not|have not|never|did not) (not )?(paid|pay) (anything|a thing|a cent|a dime|a penny|me anything|us anything|nothing)\b|\bnever paid\b|\bpaid (nothing|zero|0)\b|\bnothing yet\b|\bnot paid (anything|a cent)\b|\bhave not (received|gotten|seen) (anything|a (cent|dime|penny))\b/;

const DEBT_KINDS: ReadonlyArray<readonly [RegExp, DebtKind]> = [
  [/\b(medical|hospital|doctor|dental|dentist|ambulance|clinic|er bill|surgery)\b/, 'medical'],
  [/\b(credit card|personal loan|payday loan|consumer (debt|loan)|loaned|lent|borrowed|loan)\b/, 'personal-debt'],
  [/\b(rent|deposit|repair|contractor|car accident|damage|damages|contract|invoice|business debt|unpaid work|services)\b/, 'other'],
];

const DEBTOR_FACT_PATTERNS: ReadonlyArray<readonly [RegExp, DebtorFact]> = [
  [/\b(works? (at|for|in)|working (at|for)|his job|her job|their job|employer|employed|has a job|paycheck|he works|she works|they work)\b/, 'employer'],
  [/\b(banks? (at|with)|bank account|checking|savings|credit union|chase|wells fargo|bank of america)\b/, 'bank'],
  [/\b(owns?|has|bought) (a |his |her |their )?(house|home|land|property|condo|duplex|rental)\b/, 'real-property'],
  [/\b(owns?|has|drives|bought) (a |his |her |their )?(new )?(car|truck|vehicle|van|motorcycle)\b/, 'vehicle'],
  [/\b(runs?|owns?|has) (a |his |her |their )?(own )?(business|shop|store|restaurant|company)\b/, 'business'],
];

const LONG_AGO = /\bbeen (over |more than |about |almost )?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many|\d+) (months|years)\b|\b(a year|months|years) ago\b|\bbeen (over |more than )?a year\b/;

function wordFacts(normalized: string): Pick<TurnFacts, 'nothingPaid' | 'debtKind' | 'debtorFacts' | 'levy' | 'noLevy' | 'waitOver'> {
  const debtKind = DEBT_KINDS.find(([pattern]) => pattern.test(normalized))?.[1];
  const debtorFacts = DEBTOR_FACT_PATTERNS.filter(([pattern]) => pattern.test(normalized)).map(([, fact]) => fact);
  const noLevy = /\b(no|not|never|have not|did not|nothing from the) (got |gotten |received |had )?(a |any )?(levy|notice of levy|garnishment notice|sheriff|marshal)\b/.test(normalized);
  const levyNamed = !noLevy && /\b(notice of levy|levy notice|levy|levied|earnings withholding order|withholding order|garnishment (notice|order)|notice of garnishment|bank froze|froze my)\b/.test(normalized);
  const how: LevyService | undefined = /\b(handed|in person|served me|given to me)\b/.test(normalized) ? 'personal' : /\b(mailed|by mail|in the mail|came in the mail|sent)\b/.test(normalized) ? 'mail' : undefined;
  return {
    nothingPaid: NOTHING_PAID.test(normalized),
    ...optional('debtKind', debtKind),
    debtorFacts,
    ...(levyNamed ? { levy: how ? { how } : {} } : {}),
    noLevy,
    ...(LONG_AGO.test(normalized) ? { waitOver: true } : {}),
  };
}
