import type { StatePropertyAccessor } from 'botbuilder';
import type { ConversationData, UserProfile } from '../src/conversation/memory';
import type { KnowledgeBase } from '../src/kb/types';
import type { IntentMatcher } from '../src/intent/matcher';

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
