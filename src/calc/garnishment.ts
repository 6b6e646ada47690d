import type { KnowledgeBase, Language } from '../kb/types';
import { formatDate, toDate, type IsoDate } from './calendar';
import { InputError } from './errors';
import { figureInEffect, numberFigure, sourceOf, type RuleSource } from './rules';

export const PAY_PERIODS = ['weekly', 'biweekly', 'semimonthly', 'monthly'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export const PAY_PERIOD_WORDS: Readonly<Record<Language, Readonly<Record<PayPeriod, string>>>> = {
  en: { weekly: 'each week', biweekly: 'every two weeks', semimonthly: 'twice a month', monthly: 'each month' },
  es: { weekly: 'cada semana', biweekly: 'cada dos semanas', semimonthly: 'dos veces al mes', monthly: 'cada mes' },
};

export interface GarnishmentInput {
  /** Pay after taxes and other deductions the law requires, for one pay period. */
  disposableEarnings: number;
  period: PayPeriod;
  /** A pay date, to pick the minimum wage in force. */
  payDate: IsoDate;
  /** A higher city or county minimum wage where the person works, per hour. */
  localMinimumWage?: number;
  /** The language of the result's words (rule, sources, errors). */
  language?: Language;
}

export interface GarnishmentResult extends RuleSource {
  maxWithheld: number;
  leftAfter: number;
  minimumWage: number;
  minimumWageSource: string;
  minimumWageAsOf: IsoDate;
  multiplier: number;
  protectedAmount: number;
  percentLimit: number;
  excessLimit: number;
  rule: string;
}

/**
 * The most an earnings withholding order may take from one paycheck (CCP 706.050): the lesser of 20% of
 * disposable earnings, or 40% of what they exceed a multiple of the minimum wage (state, or a higher local
 * one). Rounded down to the cent, never below zero.
 */
export function computeGarnishment(kb: KnowledgeBase, input: GarnishmentInput): GarnishmentResult {
  toDate(input.payDate);
  const spanish = input.language === 'es';
  if (!Number.isFinite(input.disposableEarnings) || input.disposableEarnings < 0) throw new InputError(spanish ? 'El pago debe ser una cantidad en dólares de cero o más.' : 'Pay must be a dollar amount of zero or more.');
  if (input.localMinimumWage !== undefined && !(input.localMinimumWage > 0)) throw new InputError(spanish ? 'Un salario mínimo local debe ser una cantidad positiva por hora.' : 'A local minimum wage must be a positive hourly amount.');
  const stateWage = figureInEffect(kb, 'min_wage_state', input.payDate);
  if (!stateWage) throw new InputError(spanish ? `Solo tengo cifras del salario mínimo desde 2024; ${formatDate(input.payDate, 'es')} es anterior.` : `I only have minimum wage figures from 2024 on; ${formatDate(input.payDate)} is earlier.`);
  const useLocal = input.localMinimumWage !== undefined && input.localMinimumWage > Number(stateWage.value);
  const minimumWage = useLocal ? input.localMinimumWage! : Number(stateWage.value);
  const multiplier = numberFigure(kb, `garnish_multiplier_${input.period}`);
  const percentCap = numberFigure(kb, 'garnish_percent_cap');
  const excessPercent = numberFigure(kb, 'garnish_excess_percent');
  const protectedAmount = round2(multiplier * minimumWage);
  const percentLimit = floorCents((input.disposableEarnings * percentCap) / 100);
  const excessLimit = floorCents((Math.max(0, input.disposableEarnings - protectedAmount) * excessPercent) / 100);
  const maxWithheld = Math.min(percentLimit, excessLimit);
  return {
    maxWithheld,
    leftAfter: round2(input.disposableEarnings - maxWithheld),
    minimumWage,
    minimumWageSource: spanish
      ? useLocal ? 'el salario mínimo local que usted dio' : `el salario mínimo de California vigente desde el ${formatDate(stateWage.asOf, 'es')}`
      : useLocal ? 'the local minimum wage you gave' : `the California minimum wage in effect since ${formatDate(stateWage.asOf)}`,
    minimumWageAsOf: stateWage.asOf,
    multiplier,
    protectedAmount,
    percentLimit,
    excessLimit,
    rule: spanish
      ? `lo menor entre el ${percentCap}% del pago neto o el ${excessPercent}% del pago por encima de ${multiplier} × el salario mínimo, para un pago que llega ${PAY_PERIOD_WORDS.es[input.period]}`
      : `the lesser of ${percentCap}% of disposable pay, or ${excessPercent}% of the pay above ${multiplier} × the minimum wage for a ${input.period} pay period`,
    ...sourceOf(kb, 'garnish_percent_cap'),
  };
}

function floorCents(value: number): number {
  return Math.floor(Math.round(value * 1000) / 10) / 100;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
