import { formatDate, type IsoDate } from '../calc/calendar';
import { computeDeadlines, type DatedStep } from '../calc/deadlines';
import { computeGarnishment, type PayPeriod } from '../calc/garnishment';
import { computeInterest, interestRateFor, type DebtKind, type InterestInput, type Payment } from '../calc/interest';
import { CLAIM_STEP_KEY, collectionPlan, hardshipPlan, type DebtorFact, type LevyService } from '../calc/plans';
import { numberFigure } from '../calc/rules';
import { normalizeText } from '../intent/normalize';
import { LANGUAGES, type Calculator, type KnowledgeBase, type Language, type Role } from '../kb/types';
import { messagesFor } from './messages';
import { calcDisclaimer, deadlineLines, garnishmentText, interestText, planStepText, planText, sourceLinks } from './calcText';
import type { TurnFacts } from './facts';
import type { ConversationData } from './memory';

export interface DeadlinesOptions {
  /** The day the Notice of Entry of Judgment was mailed or handed over. */
  noticeDate?: IsoDate;
  /** The day the judgment was entered, when that is the date the person gave. */
  entryDate?: IsoDate;
  /** Which date the person asked about first ("when can I appeal" vs "when can I collect"). */
  focus?: DatedStep['key'];
}

export interface InterestOptions {
  principal?: number;
  entryDate?: IsoDate;
  asOf?: IsoDate;
  kind?: DebtKind;
  payments?: Payment[];
  /** Said outright ("nothing has been paid"), so no assumption needs stating. */
  nothingPaid?: boolean;
}

export interface GarnishmentOptions {
  pay?: number;
  period?: PayPeriod;
  judgmentAmount?: number;
}

export interface CollectionPlanOptions {
  noticeDate?: IsoDate;
  waitOver?: boolean | null;
  known?: DebtorFact[];
}

export interface HardshipOptions {
  /** Monthly amount already given ("I could pay $100 a month"); 0 when not known. */
  monthly?: number;
  judgmentAmount?: number;
  /** A levy notice: how and when it came; `null` when the person said there was none. */
  levy?: { how?: LevyService; served?: IsoDate } | null;
}

interface OptionsOf {
  deadlines: DeadlinesOptions;
  interest: InterestOptions;
  garnishment: GarnishmentOptions;
  'collection-plan': CollectionPlanOptions;
  'hardship-plan': HardshipOptions;
}

/** A worked-out reply: the result first, then the rest, then what to do next. */
export interface CalculatorAnswer {
  text: string;
  /** The entry the conversation is about afterwards (for follow-ups and the match tag). */
  entryId: string;
  /** The next step to offer: a calculator's button, or an entry as a numbered follow-up. */
  next: NextStep[];
  remember: Pick<ConversationData, 'lastCalculation' | 'plan'>;
}

export interface CalculatorContext {
  kb: KnowledgeBase;
  /** The language of the reply. */
  language: Language;
  today: IsoDate;
  role?: Role;
}

export type NextStep = { calculator: Calculator } | { entryId: string };

interface CalculatorSpec<C extends Calculator> {
  /** The entry whose topic the result belongs to. */
  entryId: string;
  /**
   * A message this calculator should answer whatever entry the matcher picked: its words name the
   * calculation and it carries the facts ("I make $1,100 every two weeks, they'll take my paycheck").
   */
  claims(normalized: string, facts: TurnFacts): boolean;
  /** What the message says toward this calculation. */
  options(facts: TurnFacts, normalized: string): OptionsOf[C];
  /** The facts still missing before it can answer (the guided dialog asks for these, and only these). */
  missing(options: OptionsOf[C]): string[];
  answer(context: CalculatorContext, options: OptionsOf[C]): CalculatorAnswer;
}

// Each list has its Spanish words after the English ones (normalized text: no accents).
const DEADLINE_WORDS = /\b(collect\w*|appeal|vacate|cancel|set aside|statement of assets|renew\w*|expire\w*|deadline|deadlines|how long|when can|when do|when does|when is|last day|dates?|cobr\w*|apel\w*|anular|plazos?|fechas?|cuando puedo|cuando se|ultimo dia|vence|renov\w*|declaracion de bienes)\b/;
const INTEREST_WORDS = /\b(interest|owed now|owe now|owes now|with interest|total (owed|due)|how much (is|do|does|will) (owed|they owe|he owe|she owe|i owe|it come)|balance|payoff|pay off|interes|intereses|con intereses|cuanto se debe|cuanto me debe|cuanto debo|saldo)\b/;
const WAGE_WORDS = /\b(garnish\w*|paycheck|pay check|wages?|salary|take home|my pay|my check|earnings|withhold\w*|take|taken|make|earn|embarg\w*|sueldo|salario|cheque|quitar|quitan|gano|ganar|ganara|retener|retienen)\b/;

function focusOf(normalized: string): DatedStep['key'] {
  if (/\b(appeal|apel\w*)\b/.test(normalized)) return 'appeal';
  if (/\b(vacate|cancel|set aside|missed the hearing|anular|cancelar|falte a la audiencia)\b/.test(normalized)) return 'vacate';
  if (/\bstatement of assets\b|\bsc133\b|\bdeclaracion de bienes\b/.test(normalized)) return 'assets';
  if (/\b(renew\w*|renov\w*)\b/.test(normalized)) return 'renew-from';
  if (/\b(expire\w*|how long is .* good|good for|vence|caduca)\b/.test(normalized)) return 'expires';
  return 'collect';
}

const deadlines: CalculatorSpec<'deadlines'> = {
  entryId: 'when-can-i-collect',
  claims: (normalized, facts) =>
    !facts.levy && facts.dates.some((date) => date.role === 'mailed' || date.role === 'handed' || date.role === 'entered') && DEADLINE_WORDS.test(normalized) && !INTEREST_WORDS.test(normalized),
  options(facts, normalized) {
    const notice = facts.dates.find((date) => date.role === 'mailed' || date.role === 'handed');
    const entered = facts.dates.find((date) => date.role === 'entered' || date.role === undefined);
    return { ...(notice ? { noticeDate: notice.date } : {}), ...(entered && !notice ? { entryDate: entered.date } : {}), ...(notice && entered && entered.date <= notice.date ? { entryDate: entered.date } : {}), focus: focusOf(normalized) };
  },
  missing: (options) => (options.noticeDate || options.entryDate ? [] : ['noticeDate']),
  answer({ kb, today, role, language }, options) {
    const words = messagesFor(language).calc;
    const assumed = !options.noticeDate;
    const noticeDate = options.noticeDate ?? options.entryDate!;
    const result = computeDeadlines(kb, { noticeDate, today, language, ...(options.entryDate && options.noticeDate ? { entryDate: options.entryDate } : {}) });
    const focus = result.steps.find((step) => step.key === (options.focus ?? 'collect')) ?? result.steps.find((step) => step.key === 'collect')!;
    const others = result.steps.filter((step) => step !== focus);
    const assumption = assumed ? words.enteredAssumed(formatDate(noticeDate, language)) : words.countedFrom(formatDate(noticeDate, language));
    // The note about an assumed entry date is said above, in the conversation's words.
    const notes = options.entryDate && options.noticeDate ? result.notes : result.notes.slice(0, 2);
    return {
      text: [
        `**${deadlineHeadline(focus, today, role, language)}**`,
        `${capitalize(focus.rule)} (${focus.citation}).${focus.moved ? words.movedBecause(focus.moved) : ''}`,
        assumption,
        `${words.otherDates}\n${deadlineLines(others, language)}`,
        notes.join(' '),
        sourceLinks(result.steps, language),
        calcDisclaimer(language),
      ].join('\n\n'),
      entryId: 'when-can-i-collect',
      next: role === 'debtor' ? [{ calculator: 'hardship-plan' }, { entryId: 'appeal' }] : [{ calculator: 'collection-plan' }, { entryId: 'debtor-exam' }],
      remember: { lastCalculation: { kind: 'deadlines', noticeDate } },
    };
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function deadlineHeadline(step: DatedStep, today: IsoDate, role: Role | undefined, language: Language): string {
  const words = messagesFor(language).calc;
  const date = formatDate(step.date, language);
  if (step.key === 'collect') {
    const who = role === 'debtor' ? words.debtorCollects : words.youCollect;
    return step.date <= today ? words.collectNow(who, date) : words.collectOn(who, date);
  }
  return step.passed ? words.datePassed(step.label, date) : words.dateDue(step.label, date);
}

const interest: CalculatorSpec<'interest'> = {
  entryId: 'interest-and-costs',
  claims: (normalized, facts) => INTEREST_WORDS.test(normalized) && facts.amounts.some((amount) => amount.role === 'judgment') && facts.dates.some((date) => date.role !== 'payment' && date.role !== 'asOf' && date.role !== 'levy'),
  options(facts) {
    const principal = facts.amounts.find((amount) => amount.role === 'judgment')?.value;
    const entry = facts.dates.find((date) => date.role === 'entered' || date.role === undefined || date.role === 'mailed');
    const asOf = facts.dates.find((date) => date.role === 'asOf')?.date;
    return {
      ...(principal ? { principal } : {}),
      ...(entry ? { entryDate: entry.date } : {}),
      ...(asOf ? { asOf } : {}),
      ...(facts.debtKind ? { kind: facts.debtKind } : {}),
      ...(facts.payments.length ? { payments: facts.payments } : {}),
      ...(facts.nothingPaid ? { nothingPaid: true } : {}),
    };
  },
  missing: (options) => [...(options.principal ? [] : ['principal']), ...(options.entryDate ? [] : ['entryDate'])],
  answer({ kb, today, language }, options) {
    const words = messagesFor(language).calc;
    const entryDate = options.entryDate!;
    const asOf = options.asOf && options.asOf >= entryDate ? options.asOf : today;
    const payments = (options.payments ?? []).map((payment) => ({ ...payment, date: payment.date < entryDate ? entryDate : payment.date }));
    const input: InterestInput = { principal: options.principal!, entryDate, asOf, kind: options.kind ?? 'other', debtorIsPerson: true, payments, language };
    const result = computeInterest(kb, input);
    const assumptions: string[] = [];
    if (!options.kind) {
      const lower = interestRateFor(kb, { ...input, kind: 'personal-debt' });
      if (lower.percent !== result.rate.percent) assumptions.push(words.usualRate(result.rate.percent, lower.percent));
    }
    if (!payments.length && !options.nothingPaid) assumptions.push(words.nothingPaid);
    if ((options.payments ?? []).some((payment) => payment.date === today)) assumptions.push(words.undatedPayment);
    return {
      text: interestText(input, result, assumptions, language),
      entryId: 'interest-and-costs',
      next: [{ calculator: 'collection-plan' }, { entryId: 'payment-plan' }],
      remember: {
        lastCalculation: {
          kind: 'interest',
          principal: result.principalUnpaid,
          interestUnpaid: result.interestUnpaid,
          ratePercent: result.rate.percent,
          total: result.total,
          input: { principal: input.principal, entryDate, ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.kind ? { kind: options.kind } : {}), payments },
        },
      },
    };
  },
};

const garnishment: CalculatorSpec<'garnishment'> = {
  entryId: 'garnishment-limit',
  claims: (normalized, facts) => WAGE_WORDS.test(normalized) && facts.amounts.some((amount) => amount.role === 'pay' && amount.period !== undefined),
  options(facts) {
    const pay = facts.amounts.find((amount) => amount.role === 'pay') ?? (facts.amounts.length === 1 && facts.amounts[0]!.role !== 'offer' ? facts.amounts[0] : undefined);
    const judgment = facts.amounts.find((amount) => amount !== pay && amount.role === 'judgment');
    const period = pay?.period ?? facts.period;
    return { ...(pay ? { pay: pay.value } : {}), ...(period ? { period } : {}), ...(judgment ? { judgmentAmount: judgment.value } : {}) };
  },
  missing: (options) => [...(options.pay ? [] : ['pay']), ...(options.period ? [] : ['period'])],
  answer({ kb, today, role, language }, options) {
    const input = { disposableEarnings: options.pay!, period: options.period!, payDate: today, language };
    const result = computeGarnishment(kb, input);
    return {
      text: garnishmentText(input, result, options.judgmentAmount, language),
      entryId: 'garnishment-limit',
      next: role === 'creditor' ? [{ entryId: 'wage-garnishment' }, { calculator: 'collection-plan' }] : [{ entryId: 'claim-of-exemption' }, { entryId: 'exemption-wages' }],
      remember: { lastCalculation: { kind: 'garnishment', pay: input.disposableEarnings, period: input.period, ...(options.judgmentAmount ? { judgmentAmount: options.judgmentAmount } : {}) } },
    };
  },
};

const collection: CalculatorSpec<'collection-plan'> = {
  entryId: 'collect-judgment',
  claims: (normalized, facts) => /\b(collection plan|plan to collect|plan for collecting|plan de cobro|plan para cobrar)\b/.test(normalized) && facts.debtorFacts.length > 0,
  options(facts) {
    const notice = facts.dates.find((date) => date.role !== 'payment' && date.role !== 'asOf' && date.role !== 'levy');
    return {
      ...(notice ? { noticeDate: notice.date } : {}),
      ...(facts.waitOver ? { waitOver: true } : {}),
      ...(facts.debtorFacts.length ? { known: [...new Set(facts.debtorFacts)] } : {}),
    };
  },
  missing: (options) => [...(options.noticeDate || options.waitOver !== undefined ? [] : ['waitOver']), ...(options.known?.length ? [] : ['known'])],
  answer({ kb, today, language }, options) {
    const words = messagesFor(language).calc;
    const collectFrom = options.noticeDate ? computeDeadlines(kb, { noticeDate: options.noticeDate, today }).steps.find((step) => step.key === 'collect')!.date : undefined;
    const waitOver = options.waitOver ?? (collectFrom ? collectFrom <= today : undefined);
    const plan = collectionPlan(kb, { known: options.known ?? [], language, ...(waitOver === null || waitOver === undefined ? {} : { waitOver }), ...(collectFrom && !waitOver ? { collectFrom } : {}) });
    const used = [
      ...(waitOver === true ? [words.waitIsOver] : waitOver === false ? [words.waitNotOver] : []),
      ...(options.known ?? []).filter((fact) => fact !== 'nothing').map((fact) => words.known[fact]),
    ];
    const intro = `${used.length ? words.fromWhatYouSaid(used.join(', ')) : ''}${words.severalAtOnce}`;
    return {
      text: planText(plan, intro, language),
      entryId: 'collect-judgment',
      next: [{ entryId: 'wage-garnishment' }, { entryId: 'debtor-exam' }],
      remember: { plan: { title: plan.title, steps: plan.steps.map(planStepText) } },
    };
  },
};

const hardship: CalculatorSpec<'hardship-plan'> = {
  entryId: 'cant-pay-judgment',
  claims: (_normalized, facts) => Boolean(facts.levy?.served),
  options(facts) {
    const monthly = facts.amounts.find((amount) => amount.role === 'offer' || (amount.period === 'monthly' && amount.role !== 'pay'));
    const judgment = facts.amounts.find((amount) => amount.role === 'judgment' && amount !== monthly);
    const levy = facts.levy ? { ...facts.levy } : facts.noLevy ? null : undefined;
    return { ...(monthly ? { monthly: monthly.value } : {}), ...(judgment ? { judgmentAmount: judgment.value } : {}), ...(levy === undefined ? {} : { levy }) };
  },
  missing: (options) => [
    ...(options.monthly === undefined && !options.levy?.served ? ['monthly'] : []),
    ...(options.judgmentAmount === undefined && !options.levy?.served ? ['judgmentAmount'] : []),
    ...(options.levy === undefined ? ['levy'] : options.levy && !options.levy.served ? ['levyDate'] : []),
  ],
  answer({ kb, language }, options) {
    const words = messagesFor(language).calc;
    const levy = options.levy?.served ? { served: options.levy.served, how: options.levy.how ?? 'mail' } : undefined;
    const monthly = options.monthly ?? 0;
    const plan = hardshipPlan(kb, { monthly, language, ...(options.judgmentAmount ? { judgmentAmount: options.judgmentAmount } : {}), ...(levy ? { levy } : {}) });
    const claim = plan.steps.find((step) => step.key === CLAIM_STEP_KEY);
    const assumed = levy && !options.levy?.how ? words.mailAssumed : '';
    // The deadline, when there is one, is the answer; the plan follows it.
    const text = claim ? `**${claim.title}.**${assumed}\n\n${planText(plan, words.wholePlan, language)}` : planText(plan, words.usualOrder, language);
    return {
      text,
      entryId: 'cant-pay-judgment',
      next: [{ entryId: 'payment-plan' }, { entryId: 'claim-of-exemption' }, { entryId: 'fee-waiver' }, { entryId: 'small-claims-advisor' }],
      remember: {
        plan: { title: plan.title, steps: plan.steps.map(planStepText) },
        lastCalculation: { kind: 'hardship', ...(options.judgmentAmount ? { judgmentAmount: options.judgmentAmount } : {}), ratePercent: numberFigure(kb, 'interest_rate_standard') },
      },
    };
  },
};

/** One entry per calculator: everything about it is here, the guided dialogs only ask for what is missing. */
export const CALCULATORS: { readonly [C in Calculator]: CalculatorSpec<C> } = {
  // Order matters where two could claim one message: a levy date beats the judgment's dates.
  'hardship-plan': hardship,
  garnishment,
  interest,
  'collection-plan': collection,
  deadlines,
};

export type CalculatorRequest = { [C in Calculator]: { calculator: C; options: OptionsOf[C] } }[Calculator];

export function requestFor<C extends Calculator>(calculator: C, facts: TurnFacts, normalized: string): CalculatorRequest {
  return { calculator, options: CALCULATORS[calculator].options(facts, normalized) } as CalculatorRequest;
}

/** The calculator a message's own facts and words ask for, whatever entry matched. */
export function claimedCalculator(normalized: string, facts: TurnFacts): Calculator | undefined {
  return (Object.keys(CALCULATORS) as Calculator[]).find((calculator) => CALCULATORS[calculator].claims(normalized, facts));
}

export function missingFacts(request: CalculatorRequest): string[] {
  return (CALCULATORS[request.calculator] as CalculatorSpec<Calculator>).missing(request.options as never);
}

export function answerCalculation(context: CalculatorContext, request: CalculatorRequest): CalculatorAnswer {
  return (CALCULATORS[request.calculator] as CalculatorSpec<Calculator>).answer(context, request.options as never);
}

// A tapped button sends its title, in either language (normalized, so accents and punctuation go).
const BY_TITLE = new Map(
  LANGUAGES.flatMap((language) => (Object.keys(CALCULATORS) as Calculator[]).map((calculator) => [normalizeText(messagesFor(language).calculatorTitles[calculator]), calculator] as const)),
);

// "work it out", "calculate it", "make me a plan": only meaningful right after an answer that offers one.
const GENERIC = /^(yes |ok |okay |please )*(work (it|that|this) out|calculate( it| that| this)?|do the math|figure (it|that) out|make (me )?a plan|make my plan)( for me)?( please)?$/;
const GENERIC_SPANISH = /^(si |ok |okay |bueno |por favor )*(calcul(elo|alo|ar|a)( por favor)?|haga(me)? (las cuentas|el calculo|un plan)|hazme (las cuentas|el calculo|un plan)|(hacer|haga|haz) (mi|el) plan)( por favor)?$/;

/** The calculator a message asks for: its button text, or a generic request after an answer offering one. */
export function requestedCalculator(normalized: string, offered: Calculator | undefined): Calculator | undefined {
  return BY_TITLE.get(normalized) ?? (offered && (GENERIC.test(normalized) || GENERIC_SPANISH.test(normalized)) ? offered : undefined);
}

export function calculatorTitle(calculator: Calculator, language: Language = 'en'): string {
  return messagesFor(language).calculatorTitles[calculator];
}

