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
const DISCLAIMERS: Readonly<Record<Language, string>> = {
  en: 'Worked out from what you told me, as general information, not legal advice. Your county\'s free small claims advisor can check it with you.',
  es: 'Calculado con lo que usted me dijo, como información general, no asesoría legal. El asesor de reclamos menores gratuito de su condado lo puede revisar con usted.',
};

export function calcDisclaimer(language: Language = 'en'): string {
  return DISCLAIMERS[language];
}

// Amounts are written the US way in both languages ("$1,622.40"), as the court forms write them.
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
export const money = (value: number): string => usd.format(value);

export function sourceLinks(sources: readonly RuleSource[], language: Language = 'en'): string {
  const unique = [...new Map(sources.map((source) => [source.source, source])).values()];
  return `${language === 'es' ? 'Fuente' : 'Source'}: ${unique.map(({ source }) => `[${describeSource(source)}](${source})`).join(' · ')}`;
}

/** The dates after a judgment, numbered, each with its rule and code section. */
export function deadlineLines(steps: readonly DatedStep[], language: Language = 'en'): string {
  const spanish = language === 'es';
  return steps
    .map((step, index) => {
      const status = step.passed ? (spanish ? ' (ya pasó)' : ' (already passed)') : '';
      const moved = step.moved ? (spanish ? ` Se movió porque ${step.moved}.` : ` Moved because ${step.moved}.`) : '';
      return `${index + 1}. ${step.label}: **${formatDate(step.date, language)}**${status}. ${spanish ? 'Regla' : 'Rule'}: ${step.rule} (${step.citation}).${moved}`;
    })
    .join('\n');
}

export function interestText(input: InterestInput, result: InterestResult, assumptions: readonly string[] = [], language: Language = 'en'): string {
  const date = (iso: string): string => formatDate(iso, language);
  if (language === 'es') {
    const payments = result.applied.length
      ? result.applied.map((payment) => `${money(payment.amount)} el ${date(payment.date)} (${money(payment.toInterest)} a intereses, ${money(payment.toPrincipal)} al capital)`).join('; ')
      : 'ninguno';
    return [
      `**Se deben unos ${money(result.total)} al ${date(input.asOf)}.**`,
      ...assumptions,
      [
        `- Fallo: ${money(input.principal)}, registrado el ${date(input.entryDate)}`,
        `- Tasa: ${result.rate.percent}% al año (${result.rate.reason}; ${result.rate.citation})`,
        `- Intereses acumulados: ${money(result.interestAccrued)}; sin pagar: ${money(result.interestUnpaid)}`,
        `- Pagos: ${payments}`,
        `- Capital sin pagar: ${money(result.principalUnpaid)}${result.costs ? `; costos agregados: ${money(result.costs)}` : ''}`,
        `- Los intereses suman ahora unos ${money(result.dailyInterest)} al día`,
      ].join('\n'),
      `Regla: ${result.rule}. Los costos de cobro permitidos (como las cuotas del mandato y del embargo) se pueden agregar con un Memorando de Costos (MC-012).`,
      sourceLinks([result.rate], language),
      'Pregunte "¿y si pagan $100 al mes?" para ver cuánto tardaría.',
      calcDisclaimer(language),
    ].join('\n\n');
  }
  const payments = result.applied.length
    ? result.applied.map((payment) => `${money(payment.amount)} on ${date(payment.date)} (${money(payment.toInterest)} to interest, ${money(payment.toPrincipal)} to principal)`).join('; ')
    : 'none';
  return [
    `**About ${money(result.total)} is owed as of ${date(input.asOf)}.**`,
    ...assumptions,
    [
      `- Judgment: ${money(input.principal)}, entered ${date(input.entryDate)}`,
      `- Rate: ${result.rate.percent}% a year (${result.rate.reason}; ${result.rate.citation})`,
      `- Interest built up: ${money(result.interestAccrued)}; still unpaid: ${money(result.interestUnpaid)}`,
      `- Payments: ${payments}`,
      `- Principal still unpaid: ${money(result.principalUnpaid)}${result.costs ? `; costs added: ${money(result.costs)}` : ''}`,
      `- Interest now adds about ${money(result.dailyInterest)} a day`,
    ].join('\n'),
    `Rule: ${result.rule}. Allowable collection costs (such as writ and levy fees) can be added with a Memorandum of Costs (MC-012).`,
    sourceLinks([result.rate]),
    'Ask "and if they pay $100 a month?" to see how long it would take.',
    calcDisclaimer(language),
  ].join('\n\n');
}

export function payoffText(balance: number, monthly: number, ratePercent: number, result: PayoffResult, language: Language = 'en'): string {
  const spanish = language === 'es';
  if (result.never) {
    return spanish
      ? `Con ${money(monthly)} al mes el pago ni siquiera cubre el ${ratePercent}% de interés sobre ${money(balance)}, así que la deuda nunca bajaría. Vale la pena hablar con el asesor de reclamos menores de un pago mayor, o de pedir a la corte una orden de pagos (SC-220).\n\n${calcDisclaimer(language)}`
      : `At ${money(monthly)} a month the payment does not even cover the ${ratePercent}% interest on ${money(balance)}, so the balance would never go down. A larger payment, or asking the court for a payment order (SC-220), is worth discussing with the small claims advisor.\n\n${calcDisclaimer(language)}`;
  }
  const years = Math.floor(result.months / 12);
  const months = result.months % 12;
  if (spanish) {
    const span = [years ? `${years} año${years > 1 ? 's' : ''}` : '', months ? `${months} mes${months > 1 ? 'es' : ''}` : ''].filter(Boolean).join(' y ');
    return [
      `**Con ${money(monthly)} al mes, ${money(balance)} quedaría pagado en aproximadamente ${span}** (${result.months} pagos, unos ${money(result.totalPaid)} en total, de los cuales ${money(result.interestPaid)} son intereses al ${ratePercent}% al año).`,
      'Regla: los intereses siguen corriendo sobre el capital sin pagar, y cada pago se aplica primero a los intereses (CCP 685.010, 695.220). Una orden de la corte para pagar en plazos se pide con una Petición para Hacer Pagos (SC-220).',
      calcDisclaimer(language),
    ].join('\n\n');
  }
  const span = [years ? `${years} year${years > 1 ? 's' : ''}` : '', months ? `${months} month${months > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ');
  return [
    `**At ${money(monthly)} a month, ${money(balance)} would be paid off in about ${span}** (${result.months} payments, about ${money(result.totalPaid)} in all, of which ${money(result.interestPaid)} is interest at ${ratePercent}% a year).`,
    'Rule: interest keeps running on the unpaid principal, and each payment goes first to interest (CCP 685.010, 695.220). A court order for payments comes from a Request to Make Payments (SC-220).',
    calcDisclaimer(language),
  ].join('\n\n');
}

export function garnishmentText(input: GarnishmentInput, result: GarnishmentResult, judgmentAmount?: number, language: Language = 'en'): string {
  const period = PAY_PERIOD_WORDS[language][input.period];
  const paychecks = judgmentAmount && result.maxWithheld > 0 ? Math.ceil(judgmentAmount / result.maxWithheld) : 0;
  if (language === 'es') {
    const headline = result.maxWithheld > 0
      ? `**Se puede quitar como máximo ${money(result.maxWithheld)} ${period}, y le quedan ${money(result.leftAfter)}.**`
      : `**No se puede quitar nada: ${money(input.disposableEarnings)} ${period} está en o por debajo de la cantidad protegida de ${money(result.protectedAmount)}.**`;
    return [
      headline,
      [
        `- Pago neto usado: ${money(input.disposableEarnings)} ${period} (el pago después de impuestos y de otras deducciones que exige la ley)`,
        `- Salario mínimo usado: ${money(result.minimumWage)} la hora (${result.minimumWageSource}); protegido: ${result.multiplier} × esa cantidad = ${money(result.protectedAmount)}`,
        `- Límite 1, el 20% del pago: ${money(result.percentLimit)}; límite 2, el 40% del pago por encima de la cantidad protegida: ${money(result.excessLimit)}. Se aplica el menor.`,
      ].join('\n'),
      [`Regla: ${result.rule} (${result.citation}).`, paychecks ? `A ese ritmo, un fallo de ${money(judgmentAmount!)} tardaría unos ${paychecks} cheques, más los intereses.` : ''].filter(Boolean).join(' '),
      'Si el trabajo está en una ciudad con un salario mínimo más alto, ese salario protege más. La persona que debe puede pedir quedarse con más si lo necesita para mantener a su familia: un Reclamo de Exención (WG-006) con una Declaración Financiera (WG-007) (CCP 706.051).',
      sourceLinks([result], language),
      calcDisclaimer(language),
    ].join('\n\n');
  }
  const headline = result.maxWithheld > 0
    ? `**At most ${money(result.maxWithheld)} can be taken ${period}, leaving ${money(result.leftAfter)}.**`
    : `**Nothing can be taken: ${money(input.disposableEarnings)} ${period} is at or below the protected amount of ${money(result.protectedAmount)}.**`;
  return [
    headline,
    [
      `- Take-home pay used: ${money(input.disposableEarnings)} ${period} (pay after taxes and other deductions the law requires)`,
      `- Minimum wage used: ${money(result.minimumWage)} an hour (${result.minimumWageSource}); protected: ${result.multiplier} × that = ${money(result.protectedAmount)}`,
      `- Limit 1, 20% of pay: ${money(result.percentLimit)}; limit 2, 40% of pay above the protected amount: ${money(result.excessLimit)}. The lower one applies.`,
    ].join('\n'),
    [`Rule: ${result.rule} (${result.citation}).`, paychecks ? `At that rate a ${money(judgmentAmount!)} judgment would take about ${paychecks} paychecks, plus interest.` : ''].filter(Boolean).join(' '),
    'If the job is in a city with a higher minimum wage, that wage protects more. The person who owes can ask to keep more if it is needed to support their family: a Claim of Exemption (WG-006) with a Financial Statement (WG-007) (CCP 706.051).',
    sourceLinks([result]),
    calcDisclaimer(language),
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

export function planText(plan: Plan, intro: string, language: Language = 'en'): string {
  const ask = language === 'es' ? 'Pregunte "¿cuál era el paso 2?" cuando quiera.' : 'Ask "what was step 2 again?" any time.';
  return [`**${plan.title}.** ${intro}`, plan.steps.map(planStepText).join('\n'), ask, calcDisclaimer(language)].join('\n\n');
}
