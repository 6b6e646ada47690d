import type { KnowledgeBase, Language } from '../kb/types';
import { daysBetween, formatDate, toDate, type IsoDate } from './calendar';
import { InputError } from './errors';
import { figure, numberFigure, type RuleSource } from './rules';

export interface Payment {
  date: IsoDate;
  amount: number;
}

/** What the judgment was for, which decides the rate for judgments entered from 2023 on. */
export type DebtKind = 'medical' | 'personal-debt' | 'other';

export interface InterestInput {
  /** The judgment amount, including any costs the court awarded in it. */
  principal: number;
  entryDate: IsoDate;
  asOf: IsoDate;
  payments?: Payment[];
  /** Allowable enforcement costs already added (writ and levy fees), if any. */
  costs?: number;
  kind?: DebtKind;
  /** Whether the person who owes is an individual (not a business). */
  debtorIsPerson?: boolean;
  /** The language of the rate's reason, the rule and errors. */
  language?: Language;
}

export interface InterestRate extends RuleSource {
  percent: number;
  reason: string;
}

export interface InterestResult {
  rate: InterestRate;
  /** Interest that has built up since entry, before payments. */
  interestAccrued: number;
  interestUnpaid: number;
  principalUnpaid: number;
  costs: number;
  total: number;
  /** Interest added each day on what is now unpaid. */
  dailyInterest: number;
  paid: number;
  /** How each payment was applied, in date order. */
  applied: Array<Payment & { toInterest: number; toPrincipal: number }>;
  rule: string;
}

const DAYS_PER_YEAR = 365;

/** Which rate applies (CCP 685.010): 5% for some consumer and medical debts of people, else 10%. */
export function interestRateFor(kb: KnowledgeBase, input: Pick<InterestInput, 'entryDate' | 'kind' | 'debtorIsPerson' | 'principal' | 'language'>): InterestRate {
  const spanish = input.language === 'es';
  const standard = figure(kb, 'interest_rate_standard');
  const consumer = figure(kb, 'interest_rate_consumer');
  const from = String(figure(kb, 'interest_consumer_from').value);
  const cap = input.kind === 'medical' ? numberFigure(kb, 'interest_medical_cap') : input.kind === 'personal-debt' ? numberFigure(kb, 'interest_personal_debt_cap') : 0;
  if (input.kind && input.kind !== 'other' && input.debtorIsPerson !== false && input.entryDate >= from && input.principal < cap) {
    return {
      percent: Number(consumer.value),
      reason: spanish
        ? `fallo por una deuda ${input.kind === 'medical' ? 'médica' : 'personal (de consumo)'} de menos de ${usd(cap)} contra una persona, registrado el ${formatDate(from, 'es')} o después`
        : `${input.kind === 'medical' ? 'medical' : 'personal (consumer) debt'} judgment under ${usd(cap)} against a person, entered on or after ${formatDate(from)}`,
      citation: consumer.citation,
      source: consumer.source,
    };
  }
  return { percent: Number(standard.value), reason: spanish ? 'la tasa común de un fallo de dinero en California' : 'the usual rate on a California money judgment', citation: standard.citation, source: standard.source };
}

/**
 * Post-judgment interest: simple interest on the unpaid principal from the day the judgment is entered
 * (CCP 685.010, 685.020). Each payment goes first to interest that has built up, then to principal
 * (CCP 695.220), so a payment made before any interest accrues goes entirely to principal.
 */
export function computeInterest(kb: KnowledgeBase, input: InterestInput): InterestResult {
  validate(input);
  const rate = interestRateFor(kb, input);
  const perDay = rate.percent / 100 / DAYS_PER_YEAR;
  const payments = [...(input.payments ?? [])].filter((payment) => payment.date <= input.asOf).sort((a, b) => a.date.localeCompare(b.date));
  let principal = input.principal;
  let unpaidInterest = 0;
  let accrued = 0;
  let cursor = input.entryDate;
  const applied: InterestResult['applied'] = [];
  const accrueTo = (date: IsoDate): void => {
    if (date <= cursor) return;
    const interest = principal * perDay * daysBetween(cursor, date);
    accrued += interest;
    unpaidInterest += interest;
    cursor = date;
  };
  for (const payment of payments) {
    accrueTo(payment.date);
    const toInterest = Math.min(payment.amount, unpaidInterest);
    const toPrincipal = Math.min(payment.amount - toInterest, principal);
    unpaidInterest -= toInterest;
    principal -= toPrincipal;
    applied.push({ ...payment, toInterest: cents(toInterest), toPrincipal: cents(toPrincipal) });
  }
  accrueTo(input.asOf);
  const costs = input.costs ?? 0;
  return {
    rate,
    interestAccrued: cents(accrued),
    interestUnpaid: cents(unpaidInterest),
    principalUnpaid: cents(principal),
    costs: cents(costs),
    total: cents(principal + unpaidInterest + costs),
    dailyInterest: cents(principal * perDay),
    paid: cents(payments.reduce((sum, payment) => sum + payment.amount, 0)),
    applied,
    rule:
      input.language === 'es'
        ? `interés simple del ${rate.percent}% al año sobre el capital sin pagar, contado por día (tasa ÷ ${DAYS_PER_YEAR}) desde el día en que se registró el fallo; los pagos se aplican primero a los intereses y luego al capital (CCP 685.020, 695.220)`
        : `${rate.percent}% a year simple interest on the unpaid principal, counted daily (rate ÷ ${DAYS_PER_YEAR}) from the day the judgment was entered; payments go first to interest, then to principal (CCP 685.020, 695.220)`,
  };
}

export interface PayoffResult {
  months: number;
  totalPaid: number;
  interestPaid: number;
  /** True when the payment does not even cover the interest, so the debt never shrinks. */
  never: boolean;
}

/** How long a monthly payment takes to clear a balance, with interest running on the principal. */
export function payoff(principal: number, unpaidInterest: number, ratePercent: number, monthly: number): PayoffResult {
  const monthlyRate = ratePercent / 100 / 12;
  if (monthly <= principal * monthlyRate) return { months: Infinity, totalPaid: Infinity, interestPaid: Infinity, never: true };
  let balance = principal;
  let interest = unpaidInterest;
  let months = 0;
  let paid = 0;
  let interestPaid = 0;
  while (balance + interest > 0.005 && months < 1200) {
    interest += balance * monthlyRate;
    const payment = Math.min(monthly, balance + interest);
    const toInterest = Math.min(payment, interest);
    interest -= toInterest;
    interestPaid += toInterest;
    balance -= payment - toInterest;
    paid += payment;
    months += 1;
  }
  return { months, totalPaid: cents(paid), interestPaid: cents(interestPaid), never: false };
}

function validate(input: InterestInput): void {
  toDate(input.entryDate);
  toDate(input.asOf);
  const spanish = input.language === 'es';
  if (!(input.principal > 0) || !Number.isFinite(input.principal)) throw new InputError(spanish ? 'La cantidad del fallo debe ser un número positivo de dólares.' : 'The judgment amount must be a positive number of dollars.');
  if (input.asOf < input.entryDate) throw new InputError(spanish ? 'La fecha hasta la que se cuentan los intereses debe ser la del fallo o posterior.' : 'The date to count interest to must be on or after the judgment date.');
  for (const payment of input.payments ?? []) {
    toDate(payment.date);
    if (!(payment.amount > 0) || !Number.isFinite(payment.amount)) throw new InputError(spanish ? 'Cada pago debe ser un número positivo de dólares.' : 'Each payment must be a positive number of dollars.');
  }
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

function usd(value: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}
