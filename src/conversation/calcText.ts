import { formatDate } from '../calc/calendar';
import type { DatedStep } from '../calc/deadlines';
import type { ProtectedAmount } from '../calc/exemptions';
import { PAY_PERIOD_WORDS, type GarnishmentInput, type GarnishmentResult } from '../calc/garnishment';
import type { InterestInput, InterestResult, PayoffResult } from '../calc/interest';
import type { Plan, PlanStep } from '../calc/plans';
import type { RuleSource } from '../calc/rules';
import { describeSource } from '../kb/render';
import type { Language } from '../kb/types';

/** Every worked-out answer ends the same way: it is general information from the person's own inputs. */
export const CALC_DISCLAIMER = 'Worked out from what you told me, as general information, not legal advice. Your county\'s free small claims advisor can check it with you.';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
export const money = (value: number): string => usd.format(value);

export function sourceLinks(sources: readonly RuleSource[], language: Language = 'en'): string {
  const unique = [...new Map(sources.map((source) => [source.source, source])).values()];
  return `${language === 'es' ? 'Fuente' : 'Source'}: ${unique.map(({ source }) => `[${describeSource(source)}](${source})`).join(' · ')}`;
}

/** The dates after a judgment, numbered, each with its rule and code section. */
export function deadlineLines(steps: readonly DatedStep[]): string {
  return steps
    .map((step, index) => {
      const status = step.passed ? ' (already passed)' : '';
      const moved = step.moved ? ` Moved because ${step.moved}.` : '';
      return `${index + 1}. ${step.label}: **${formatDate(step.date)}**${status}. Rule: ${step.rule} (${step.citation}).${moved}`;
    })
    .join('\n');
}

export function interestText(input: InterestInput, result: InterestResult, assumptions: readonly string[] = []): string {
  const payments = result.applied.length
    ? result.applied.map((payment) => `${money(payment.amount)} on ${formatDate(payment.date)} (${money(payment.toInterest)} to interest, ${money(payment.toPrincipal)} to principal)`).join('; ')
    : 'none';
  return [
    `**About ${money(result.total)} is owed as of ${formatDate(input.asOf)}.**`,
    ...assumptions,
    [
      `- Judgment: ${money(input.principal)}, entered ${formatDate(input.entryDate)}`,
      `- Rate: ${result.rate.percent}% a year (${result.rate.reason}; ${result.rate.citation})`,
      `- Interest built up: ${money(result.interestAccrued)}; still unpaid: ${money(result.interestUnpaid)}`,
      `- Payments: ${payments}`,
      `- Principal still unpaid: ${money(result.principalUnpaid)}${result.costs ? `; costs added: ${money(result.costs)}` : ''}`,
      `- Interest now adds about ${money(result.dailyInterest)} a day`,
    ].join('\n'),
    `Rule: ${result.rule}. Allowable collection costs (such as writ and levy fees) can be added with a Memorandum of Costs (MC-012).`,
    sourceLinks([result.rate]),
    'Ask "and if they pay $100 a month?" to see how long it would take.',
    CALC_DISCLAIMER,
  ].join('\n\n');
}

export function payoffText(balance: number, monthly: number, ratePercent: number, result: PayoffResult): string {
  if (result.never) {
    return `At ${money(monthly)} a month the payment does not even cover the ${ratePercent}% interest on ${money(balance)}, so the balance would never go down. A larger payment, or asking the court for a payment order (SC-220), is worth discussing with the small claims advisor.\n\n${CALC_DISCLAIMER}`;
  }
  const years = Math.floor(result.months / 12);
  const months = result.months % 12;
  const span = [years ? `${years} year${years > 1 ? 's' : ''}` : '', months ? `${months} month${months > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ');
  return [
    `**At ${money(monthly)} a month, ${money(balance)} would be paid off in about ${span}** (${result.months} payments, about ${money(result.totalPaid)} in all, of which ${money(result.interestPaid)} is interest at ${ratePercent}% a year).`,
    'Rule: interest keeps running on the unpaid principal, and each payment goes first to interest (CCP 685.010, 695.220). A court order for payments comes from a Request to Make Payments (SC-220).',
    CALC_DISCLAIMER,
  ].join('\n\n');
}

export function garnishmentText(input: GarnishmentInput, result: GarnishmentResult, judgmentAmount?: number): string {
  const period = PAY_PERIOD_WORDS[input.period];
  const headline = result.maxWithheld > 0
    ? `**At most ${money(result.maxWithheld)} can be taken ${period}, leaving ${money(result.leftAfter)}.**`
    : `**Nothing can be taken: ${money(input.disposableEarnings)} ${period} is at or below the protected amount of ${money(result.protectedAmount)}.**`;
  const periods = judgmentAmount && result.maxWithheld > 0 ? `At that rate a ${money(judgmentAmount)} judgment would take about ${Math.ceil(judgmentAmount / result.maxWithheld)} paychecks, plus interest.` : '';
  return [
    headline,
    [
      `- Take-home pay used: ${money(input.disposableEarnings)} ${period} (pay after taxes and other deductions the law requires)`,
      `- Minimum wage used: ${money(result.minimumWage)} an hour (${result.minimumWageSource}); protected: ${result.multiplier} × that = ${money(result.protectedAmount)}`,
      `- Limit 1, 20% of pay: ${money(result.percentLimit)}; limit 2, 40% of pay above the protected amount: ${money(result.excessLimit)}. The lower one applies.`,
    ].join('\n'),
    [`Rule: ${result.rule} (${result.citation}).`, periods].filter(Boolean).join(' '),
    'If the job is in a city with a higher minimum wage, that wage protects more. The person who owes can ask to keep more if it is needed to support their family: a Claim of Exemption (WG-006) with a Financial Statement (WG-007) (CCP 706.051).',
    sourceLinks([result]),
    CALC_DISCLAIMER,
  ].join('\n\n');
}

export function protectedAmountsText(items: readonly ProtectedAmount[], language: Language = 'en'): string {
  const asOf = language === 'es' ? 'cantidad vigente desde el' : 'amount as of';
  return [
    items.map((item) => `- **${item.label}:** ${item.amount}${item.asOf ? ` (${asOf} ${item.asOf})` : ''} (${item.citation})`).join('\n'),
    sourceLinks(items, language),
  ].join('\n\n');
}

export function planStepText(step: PlanStep, index: number): string {
  return `${index + 1}. **${step.title}.** ${step.detail} (${step.citation})`;
}

export function planText(plan: Plan, intro: string): string {
  return [`**${plan.title}.** ${intro}`, plan.steps.map(planStepText).join('\n'), 'Ask "what was step 2 again?" any time.', CALC_DISCLAIMER].join('\n\n');
}
