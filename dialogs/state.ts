import type { StatePropertyAccessor } from 'botbuilder';
import type { KnowledgeBase, Role } from '../src/kb/types';
import type { IntentMatcher } from '../src/intent/matcher';

/** What this conversation is about right now. Cleared by "start over". */
export interface ConversationData {
  lastEntryId?: string;
  /** Follow-ups offered with the last answer, in the order they were numbered. */
  followUps?: string[];
  /** Whether the person was already asked which side they are on (asked at most once). */
  roleAsked?: boolean;
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
});
