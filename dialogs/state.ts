import type { StatePropertyAccessor } from 'botbuilder';
import type { ConversationData, UserProfile } from '../src/conversation/memory';
import type { KnowledgeBase, Language } from '../src/kb/types';
import type { IntentMatcher } from '../src/intent/matcher';

type Matcher = Pick<IntentMatcher, 'match'>;

/** Everything a dialog needs, handed in by the composition root (and by tests). */
export interface DialogDependencies {
  /** The English knowledge and its matcher. */
  kb: KnowledgeBase;
  matcher: Matcher;
  /** The Spanish view of the knowledge and its matcher; without it Spanish turns use the English ones. */
  spanish?: { kb: KnowledgeBase; matcher: Matcher };
  conversationData: StatePropertyAccessor<ConversationData>;
  userProfile: StatePropertyAccessor<UserProfile>;
  /** Today's date; tests pass a fixed one. */
  today?: () => string;
}

/** The knowledge and matcher for a turn in this language. */
export function knowledgeFor(deps: DialogDependencies, language: Language): { kb: KnowledgeBase; matcher: Matcher } {
  return language === 'es' && deps.spanish ? deps.spanish : deps;
}

export function todayOf(deps: DialogDependencies): string {
  return deps.today ? deps.today() : new Date().toISOString().slice(0, 10);
}

export const DIALOG_IDS = Object.freeze({
  exemptions: 'exemptionsDialog',
  exemptionsFlow: 'exemptionsFlow',
  hardship: 'hardshipDialog',
  hardshipFlow: 'hardshipFlow',
  choice: 'choicePrompt',
  confirm: 'confirmPrompt',
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
