import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity, type ConversationReference } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog';
import type { MatchTag } from '../../dialogs/matchTag';
import type { ConversationData, UserProfile } from '../../src/conversation/memory';
import { SmallClaimsBot } from '../../src/bot/smallClaimsBot';
import { TurnPipeline } from '../../src/bot/turnPipeline';
import { IntentMatcher } from '../../src/intent/matcher';
import { loadKnowledge } from '../../src/kb/load';
import type { KnowledgeBase } from '../../src/kb/types';

let cachedKb: KnowledgeBase | undefined;
let cachedMatcher: IntentMatcher | undefined;
let cachedSpanishMatcher: IntentMatcher | undefined;

/** The shipped knowledge, loaded once per test file. */
export function shippedKnowledge(): { kb: KnowledgeBase; matcher: IntentMatcher } {
  cachedKb ??= loadKnowledge();
  cachedMatcher ??= new IntentMatcher(cachedKb);
  return { kb: cachedKb, matcher: cachedMatcher };
}

/** The Spanish view of the shipped knowledge and its matcher, built once per test file. */
export function shippedSpanish(): { kb: KnowledgeBase; matcher: IntentMatcher } {
  const spanish = shippedKnowledge().kb.spanish;
  if (!spanish) throw new Error('The shipped knowledge has no Spanish view (knowledge/es/).');
  cachedSpanishMatcher ??= new IntentMatcher(spanish);
  return { kb: spanish, matcher: cachedSpanishMatcher };
}

export interface Reply {
  text: string;
  match?: MatchTag;
  /** Titles of suggested actions or card buttons, in order. */
  choices: string[];
  activity: Partial<Activity>;
}

/** The real bot on botbuilder's TestAdapter: say something, get back every reply of that turn. */
export interface TestBotOptions {
  reference?: Partial<ConversationReference>;
  matcher?: Pick<IntentMatcher, 'match'>;
  /** Replaces the Spanish matcher (counting calls, say); the shipped one by default. */
  spanishMatcher?: Pick<IntentMatcher, 'match'>;
  /** "Today" for the calculators; fixed so worked-out dates don't drift. */
  today?: string;
}

export const TEST_TODAY = '2026-11-27';

export function createTestBot({ reference = {}, matcher: matcherOverride, spanishMatcher, today = TEST_TODAY }: TestBotOptions = {}) {
  const { kb } = shippedKnowledge();
  const matcher = matcherOverride ?? shippedKnowledge().matcher;
  const spanish = { kb: shippedSpanish().kb, matcher: spanishMatcher ?? shippedSpanish().matcher };
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialog = new MainDialog({
    kb,
    matcher,
    spanish,
    conversationData: conversationState.createProperty<ConversationData>('conversationData'),
    userProfile: userState.createProperty<UserProfile>('userProfile'),
    today: () => today,
  });
  const bot = new SmallClaimsBot({ conversationState, dialog, maxTextChars: 2000 });
  const adapter = new TestAdapter((context) => bot.run(context), reference);
  adapter.use(new TurnPipeline({ states: [conversationState, userState] }));

  let lastTypingCount = 0;

  /** Every message the bot sent back for this activity ("typing…" indicators are counted, not returned). */
  async function turn(activity: Partial<Activity>): Promise<Reply[]> {
    await adapter.receiveActivity(activity);
    const sent = adapter.activeQueue.splice(0);
    lastTypingCount = sent.filter((each) => each.type === 'typing').length;
    return sent.filter((each) => each.type !== 'typing').map(toReply);
  }

  return {
    kb,
    storage,
    say: (text: string, locale?: string) => turn({ type: 'message', text, ...(locale ? { locale } : {}) }),
    send: turn,
    typingIndicators: () => lastTypingCount,
  };
}

export function toReply(activity: Partial<Activity>): Reply {
  const buttons = (activity.attachments ?? []).flatMap((attachment) => ((attachment.content as { buttons?: Array<{ title: string }> } | undefined)?.buttons ?? []).map((button) => button.title));
  return {
    text: activity.text ?? '',
    match: (activity.channelData as { match?: MatchTag } | undefined)?.match,
    choices: [...(activity.suggestedActions?.actions ?? []).map((action) => String(action.title)), ...buttons],
    activity,
  };
}
