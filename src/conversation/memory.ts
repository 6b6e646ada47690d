import type { IsoDate } from '../calc/calendar';
import type { PayPeriod } from '../calc/garnishment';
import type { DebtKind, Payment } from '../calc/interest';
import type { Calculator, Language, Role } from '../kb/types';

/** The last calculation, kept so a follow-up ("and if they pay $100 a month?") can reuse its inputs. */
export type LastCalculation =
  | { kind: 'interest'; principal: number; interestUnpaid: number; ratePercent: number; total: number; input?: InterestMemory }
  | { kind: 'garnishment'; pay: number; period: PayPeriod; judgmentAmount?: number }
  | { kind: 'deadlines'; noticeDate: string }
  | { kind: 'hardship'; judgmentAmount?: number; ratePercent: number };

/** The interest inputs, so "they paid $500 on June 1" or "it was a credit card" can redo the sum. */
export interface InterestMemory {
  principal: number;
  entryDate: IsoDate;
  asOf?: IsoDate;
  kind?: DebtKind;
  payments: Payment[];
}

/** A plan the bot made, remembered for "what was step 2 again?". */
export interface SavedPlan {
  title: string;
  steps: string[];
}

/** What this conversation is about right now. Cleared by "start over". */
export interface ConversationData {
  /** Messages handled in this conversation (analytics, and proof in tests that no update is lost). */
  turns?: number;
  /** The language the conversation is in; kept across turns and by "start over". */
  language?: Language;
  lastEntryId?: string;
  /**
   * The numbered choices on screen, in order: an answer's follow-ups or the candidates of a "did you
   * mean". A number, a tap or the words pick one.
   */
  followUps?: string[];
  /** Set when `followUps` are the candidates of a "did you mean", which adds "None of these". */
  clarifying?: boolean;
  /** A calculation the last reply offered, taken by "yes" or "work it out". */
  offer?: Calculator;
  lastCalculation?: LastCalculation;
  plan?: SavedPlan;
}

/** What we know about the person across conversations. */
export interface UserProfile {
  role?: Role;
}

/** "start over": everything about the conversation goes, except the turn count and its language. */
export function clearedConversation(data: ConversationData): ConversationData {
  return { ...(data.turns === undefined ? {} : { turns: data.turns }), ...(data.language ? { language: data.language } : {}) };
}
