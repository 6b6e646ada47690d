import type { StatePropertyAccessor } from 'botbuilder';
import type { PayPeriod } from '../src/calc/garnishment';
import type { KnowledgeBase, Role } from '../src/kb/types';
import type { IntentMatcher } from '../src/intent/matcher';

/** The last calculation, kept so a follow-up ("and if I pay $100 a month?") can reuse its inputs. */
export type LastCalculation =
  | { kind: 'interest'; principal: number; interestUnpaid: number; ratePercent: number; total: number }
  | { kind: 'garnishment'; pay: number; period: PayPeriod; judgmentAmount?: number }
  | { kind: 'deadlines'; noticeDate: string }
  | { kind: 'hardship'; judgmentAmount?: number; ratePercent: number };

/** A plan the bot made, remembered for "what was step 2 again?". */
export interface SavedPlan {
  title: string;
  steps: string[];
}

/** What this conversation is about right now. Cleared by "start over". */
export interface ConversationData {
  /** Messages handled in this conversation (analytics, and proof in tests that no update is lost). */
  turns?: number;
  lastEntryId?: string;
  /** Follow-ups offered with the last answer, in the order they were numbered. */
  followUps?: string[];
  /** Whether the person was already asked which side they are on (asked at most once). */
  roleAsked?: boolean;
  lastCalculation?: LastCalculation;
  plan?: SavedPlan;
}

/** What we know about the person across conversations. */
export interface UserProfile {
  role?: Role;
}

/** Everything a dialog needs, handed in by the composition root (and by tests). */
export interface DialogDependencies {
  kb: KnowledgeBase;
  matcher: Pick<IntentMatcher, 'match'>;
  conversationData: StatePropertyAccessor<ConversationData>;
  userProfile: StatePropertyAccessor<UserProfile>;
  /** Today's date; tests pass a fixed one. */
  today?: () => string;
}

export function todayOf(deps: DialogDependencies): string {
  return deps.today ? deps.today() : new Date().toISOString().slice(0, 10);
}

export const DIALOG_IDS = Object.freeze({
  main: 'mainDialog',
  mainFlow: 'mainFlow',
  exemptions: 'exemptionsDialog',
  exemptionsFlow: 'exemptionsFlow',
  hardship: 'hardshipDialog',
  hardshipFlow: 'hardshipFlow',
  choice: 'choicePrompt',
  confirm: 'confirmPrompt',
  role: 'roleDialog',
  roleFlow: 'roleFlow',
  date: 'datePrompt',
  number: 'numberPrompt',
  deadlines: 'deadlinesDialog',
  deadlinesFlow: 'deadlinesFlow',
  interest: 'interestDialog',
  interestFlow: 'interestFlow',
  garnishment: 'garnishmentDialog',
  garnishmentFlow: 'garnishmentFlow',
  collectionPlan: 'collectionPlanDialog',
  collectionPlanFlow: 'collectionPlanFlow',
});
