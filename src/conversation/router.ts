import type { IsoDate } from '../calc/calendar';
import { detectRole } from '../intent/role';
import { detectSmallTalk, type SmallTalk } from '../intent/smalltalk';
import type { Candidate, MatchResult } from '../intent/types';
import { LANGUAGES, type KnowledgeBase, type Language, type OutOfScopeArea, type Role } from '../kb/types';
import { claimedCalculator, missingFacts, requestedCalculator, requestFor, type CalculatorRequest } from './calculators';
import { mayHoldFacts, namesFactWords, readFacts, type TurnFacts } from './facts';
import type { ConversationData, UserProfile } from './memory';
import { detectReaction, isQuestionLike, type Reaction } from './reactions';

/** What to do with one message. Plain data: the dialog layer turns it into replies. */
export type Route =
  | { kind: 'smalltalk'; talk: SmallTalk }
  | { kind: 'reaction'; reaction: Reaction }
  /** "I'm owed money" / "I owe money" after an answer: the same answer, for that side. */
  | { kind: 'side'; role: Role }
  | { kind: 'plan-step'; step: number }
  | { kind: 'calculator'; request: CalculatorRequest }
  | { kind: 'payoff'; monthly: number }
  /** `offerSides`: the answer is the same for both, but what comes next differs (the hardship flow). */
  | { kind: 'answer'; entryId: string; score: number; offerSides?: boolean }
  | { kind: 'guided'; flow: GuidedFlow; score: number }
  | { kind: 'clarify'; candidates: Candidate[] }
  | { kind: 'none-of-these' }
  | { kind: 'fallback'; score: number; area?: OutOfScopeArea };

export type GuidedFlow = 'exemptions' | 'hardship';

/** Entries whose question starts a real multi-turn flow instead of a one-shot answer. */
export const GUIDED_ENTRIES: Readonly<Record<string, GuidedFlow>> = {
  'what-cannot-be-taken': 'exemptions',
  'cant-pay-judgment': 'hardship',
};

/** The hardship flow is for the person who owes; the person owed money gets this answer instead. */
const CREDITOR_CANT_BE_PAID = 'debtor-no-assets';

export interface TurnInput {
  /** As typed (trimmed): the date and number recognizers want the original. */
  text: string;
  normalized: string;
  /** The one match of this turn. */
  match: MatchResult;
  memory: Readonly<ConversationData>;
  profile: Readonly<UserProfile>;
  /** The knowledge in the turn's language (the view the match came from). */
  kb: KnowledgeBase;
  language: Language;
  today: IsoDate;
}

export interface RouteResult {
  route: Route;
  /** The side this message reveals, to remember. */
  role?: Role;
}

const NUMBER_PICK = /^(?:number |no |option |#|numero |opcion |la |el )?(\d{1,2})$/;
const STEP = /\b(?:step|paso) (\d{1,2})\b/;
const NONE_OF_THESE = /^(none( of (these|them|those))?|neither|none of the above|something else|ningun[ao]( de (estas|esas|ellas|ellos|estos|esos))?|otra cosa|nada de eso)$/;
// Follow-ups that reuse a calculation are short; a long message with a number is a new question.
const MEMORY_MAX_WORDS = 14;

/** Routes one message. Pure: the same input always gives the same route. */
export function routeTurn(input: TurnInput): RouteResult {
  const { normalized, memory, language } = input;
  const role = detectRole(normalized, language);
  const withRole = (route: Route): RouteResult => (role ? { route, role } : { route });

  const talk = detectSmallTalk(normalized, language);
  if (talk) return { route: { kind: 'smalltalk', talk } };

  const step = STEP.exec(normalized)?.[1];
  if (step && memory.plan) return { route: { kind: 'plan-step', step: Number(step) } };

  const pending = memory.followUps ?? [];
  const number = NUMBER_PICK.exec(normalized)?.[1];
  if (number && pending.length) {
    const index = Number(number) - 1;
    if (memory.clarifying && index === pending.length) return { route: { kind: 'none-of-these' } };
    const picked = pending[index];
    if (picked) return withRole(entryRoute(input, picked, 1, role));
  }
  if (memory.clarifying && NONE_OF_THESE.test(normalized)) return { route: { kind: 'none-of-these' } };

  if (role && isSideStatement(normalized, language)) return { route: { kind: 'side', role }, role };

  const reaction = detectReaction(normalized, language);
  if (reaction === 'yes' && memory.offer) return { route: calculatorRoute(input, memory.offer, emptyFacts(input)) };
  if (reaction && reaction !== 'notSure') return { route: { kind: 'reaction', reaction } };

  const facts = mayHoldFacts(input.text, language) || namesFactWords(normalized, language) ? readFacts(input.text, normalized, input.today, language) : undefined;
  const requested = requestedCalculator(normalized, memory.offer);
  if (requested) return withRole(calculatorRoute(input, requested, facts ?? emptyFacts(input)));

  if (facts) {
    const fromMemory = memoryRoute(input, facts);
    if (fromMemory) return withRole(fromMemory);
    const claimed = claimedCalculator(normalized, facts);
    if (claimed) return withRole(calculatorRoute(input, claimed, facts));
  }

  const { decision } = input.match;
  switch (decision.kind) {
    case 'answer':
      return withRole(entryRoute(input, decision.id, decision.score, role, facts));
    case 'clarify': {
      const candidates = uniqueCandidates(decision.candidates);
      // Asking again about the same entries helps nobody: take the best one this time.
      const askedBefore = memory.clarifying && candidates.some((candidate) => pending.includes(candidate.id));
      if (askedBefore || candidates.length < 2 || sameCalculation(input, candidates, facts)) return withRole(entryRoute(input, candidates[0]!.id, candidates[0]!.score, role, facts));
      return withRole({ kind: 'clarify', candidates });
    }
    case 'fallback':
      return withRole({ kind: 'fallback', score: decision.score, ...(decision.area ? { area: decision.area } : {}) });
  }
}

/** What to do with an entry the person asked for (matched, picked by number, or chosen from "did you mean"). */
function entryRoute(input: TurnInput, entryId: string, score: number, role: Role | undefined, facts?: TurnFacts): Route {
  const entry = input.kb.byId.get(entryId);
  const side = role ?? input.profile.role;
  // The hardship plan is for the person who owes; a creditor's amounts are not theirs to plan around.
  if (entry?.calculator && facts && !(entry.calculator === 'hardship-plan' && side === 'creditor')) {
    const request = requestFor(entry.calculator, facts, input.normalized);
    if (givesAny(request)) return { kind: 'calculator', request };
  }
  const flow = GUIDED_ENTRIES[entryId];
  if (flow === 'hardship') {
    // Answer first: without a side, the overview for both sides, with buttons to narrow.
    if (side === 'creditor') return { kind: 'answer', entryId: CREDITOR_CANT_BE_PAID, score };
    if (side === 'debtor') return { kind: 'guided', flow, score };
    return { kind: 'answer', entryId, score, offerSides: true };
  }
  if (flow) return { kind: 'guided', flow, score };
  return { kind: 'answer', entryId, score };
}

function calculatorRoute(input: TurnInput, calculator: CalculatorRequest['calculator'], facts: TurnFacts): Route {
  const request = requestFor(calculator, facts, input.normalized);
  // Dates already worked out in this conversation need not be asked again for the plan.
  const last = input.memory.lastCalculation;
  if (request.calculator === 'collection-plan' && !request.options.noticeDate && last?.kind === 'deadlines') request.options.noticeDate = last.noticeDate;
  return { kind: 'calculator', request };
}

/** Whether the message gave anything toward the calculation (a "focus" alone is not a fact). */
function givesAny(request: CalculatorRequest): boolean {
  // A judgment amount alone is no reason to start a hardship plan; what they could pay or a levy is.
  if (request.calculator === 'hardship-plan') return request.options.monthly !== undefined || Boolean(request.options.levy);
  const given = Object.entries(request.options).filter(([key, value]) => key !== 'focus' && value !== undefined);
  return given.length > 0 && (missingFacts(request).length === 0 || given.some(([key]) => key !== 'kind' && key !== 'nothingPaid'));
}

/**
 * Follow-ups that reuse what this conversation already worked out: "and if they pay $100 a month?",
 * "what if I made $1,200 a week?", "they paid $500 on June 1", "it was a credit card debt".
 */
function memoryRoute(input: TurnInput, facts: TurnFacts): Route | undefined {
  const last = input.memory.lastCalculation;
  if (!last || input.normalized.split(' ').length > MEMORY_MAX_WORDS) return undefined;
  const monthly = facts.amounts.find((amount) => amount.period === 'monthly' && amount.role !== 'pay');
  if (monthly && (last.kind === 'interest' || (last.kind === 'hardship' && last.judgmentAmount))) return { kind: 'payoff', monthly: monthly.value };
  if (last.kind === 'garnishment') {
    const pay = facts.amounts.find((amount) => amount.role === 'pay') ?? (facts.amounts.length === 1 ? facts.amounts[0] : undefined);
    if (pay) return { kind: 'calculator', request: { calculator: 'garnishment', options: { pay: pay.value, period: pay.period ?? facts.period ?? last.period, ...(last.judgmentAmount ? { judgmentAmount: last.judgmentAmount } : {}) } } };
  }
  if (last.kind === 'interest' && last.input && (facts.payments.length || facts.debtKind || facts.nothingPaid)) {
    const before = last.input;
    return {
      kind: 'calculator',
      request: {
        calculator: 'interest',
        options: {
          principal: before.principal,
          entryDate: before.entryDate,
          ...(before.asOf ? { asOf: before.asOf } : {}),
          ...(facts.debtKind ?? before.kind ? { kind: facts.debtKind ?? before.kind } : {}),
          payments: facts.nothingPaid ? [] : [...before.payments, ...facts.payments],
          ...(facts.nothingPaid ? { nothingPaid: true } : {}),
        },
      },
    };
  }
  return undefined;
}

// Words that make a short message a question or a story, not a statement of the side.
const NOT_A_SIDE_STATEMENT: Readonly<Record<Language, RegExp>> = {
  en: /\b(how|what|when|where|why|can|do|does|will|should|if)\b/,
  // Spanish says it in fewer words, so a complaint ("gané pero no me quiere pagar") is as short as a side.
  es: /\b(como|que|cuando|donde|cuanto|puedo|puede|pueden|si|pero|quiere|paga)\b/,
};

/** "I'm owed money", "I owe money", "I'm the defendant": the side and nothing else. */
function isSideStatement(normalized: string, language: Language): boolean {
  return normalized.split(' ').length <= 6 && !NOT_A_SIDE_STATEMENT[language].test(normalized);
}

/** Candidates that all offer the calculation the message gives facts for are one subject, not a tie. */
function sameCalculation(input: TurnInput, candidates: readonly Candidate[], facts: TurnFacts | undefined): boolean {
  if (!facts) return false;
  const calculators = new Set(candidates.slice(0, 2).map(({ id }) => input.kb.byId.get(id)?.calculator));
  const [calculator] = [...calculators];
  return calculators.size === 1 && calculator !== undefined && givesAny(requestFor(calculator, facts, input.normalized));
}

function uniqueCandidates(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => !seen.has(candidate.id) && seen.add(candidate.id));
}

function emptyFacts(input: TurnInput): TurnFacts {
  return readFacts('', input.normalized, input.today, input.language);
}

export type InterruptionKind = 'help' | 'startOver' | 'newQuestion';

// Answers to a prompt are short ("my car", "2", "yes"); a longer message that matches an entry well
// and reads as a question is a new question, not an answer.
const NEW_QUESTION_MIN_WORDS = 4;
const NEW_QUESTION_MIN_SCORE = 0.12;
const NEW_QUESTION_MIN_STATEMENT_SCORE = 0.5;

/**
 * Checked once per turn while a guided flow waits for an answer: "help" explains and re-asks, "start
 * over" leaves, a new question leaves and is answered. Anything that answers the open prompt (a choice's
 * words, a number, a date, "not sure") is the flow's.
 */
export function interruption(input: { text: string; normalized: string; language: Language; match: MatchResult; answersPrompt: boolean }): InterruptionKind | undefined {
  // "help" and "start over" work in either language: a flow keeps its language, people keep their habits.
  for (const language of [input.language, ...LANGUAGES.filter((other) => other !== input.language)]) {
    const talk = detectSmallTalk(input.normalized, language);
    if (talk === 'help' || talk === 'startOver') return talk;
  }
  if (input.answersPrompt || detectReaction(input.normalized, input.language) === 'notSure') return undefined;
  if (input.normalized.split(' ').length < NEW_QUESTION_MIN_WORDS) return undefined;
  const { decision } = input.match;
  const score = decision.kind === 'answer' ? decision.score : decision.kind === 'clarify' ? decision.candidates[0]!.score : 0;
  // A statement ("he works at a warehouse") inside a flow is nearly always meant for it: leave only on a strong match.
  const threshold = isQuestionLike(input.text, input.normalized, input.language) ? NEW_QUESTION_MIN_SCORE : NEW_QUESTION_MIN_STATEMENT_SCORE;
  return score >= threshold ? 'newQuestion' : undefined;
}
