import { ActivityTypes, TurnContext, type Activity, type BotState, type Middleware } from 'botbuilder';
import { getMatchTag, type MatchTag } from '../../dialogs/matchTag';
import { say } from '../../dialogs/replyLanguage';
import { KeyedLock } from '../state/keyedLock';
import { StateConflictError } from '../state/optimisticStorage';
import { withTimeout } from '../withTimeout';

const MAX_TURN_ATTEMPTS = 8;
/** Channels give up on a turn after 15 s; replies still unsent by then are not worth waiting for. */
export const REPLY_TIMEOUT_MS = 8_000;

export interface TurnPipelineOptions {
  /** Saved, in order, at the end of every turn before any reply goes out. */
  states: readonly BotState[];
  /** Told each time a turn is rerun after a state conflict (for logs and tests). */
  onConflict?: (attempt: number) => void;
}

/**
 * The mechanics of one turn, kept apart from what the bot says: one turn at a time per conversation
 * in this instance; replies held back until state is saved; the turn rerun on fresh state when another
 * instance saved this conversation first (only the rerun's replies are sent, so no update is lost and
 * nothing is said twice); and each reply stamped with how the message was understood when it was sent.
 */
export class TurnPipeline implements Middleware {
  private readonly lock = new KeyedLock();

  constructor(private readonly options: TurnPipelineOptions) {}

  /** Conversations with a turn running or waiting (graceful shutdown waits for zero). */
  get turnsInFlight(): number {
    return this.lock.busy;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // Never awaited: a slow or stalled channel must not delay or hold up the answer.
    void sendTyping(context);
    const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
    await this.lock.run(key, () => this.runHeld(context, next));
  }

  private async runHeld(context: TurnContext, next: () => Promise<void>): Promise<void> {
    let outbox: Partial<Activity>[] | undefined;
    context.onSendActivities(async (ctx, activities, sendNext) => {
      for (const activity of activities) stamp(activity, getMatchTag(ctx) ?? (ctx.activity.type === ActivityTypes.Message ? { kind: 'dialog' } : undefined), say(ctx).locale);
      if (!outbox) return sendNext();
      outbox.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
    for (let attempt = 1; ; attempt += 1) {
      outbox = [];
      try {
        await next();
        for (const state of this.options.states) await state.saveChanges(context, false);
      } catch (error) {
        if (!(error instanceof StateConflictError) || attempt >= MAX_TURN_ATTEMPTS) {
          // Let the error reply (from onTurnError) through; the held-back replies are dropped.
          outbox = undefined;
          throw error;
        }
        this.options.onConflict?.(attempt);
        // A short random pause so two instances retrying the same conversation don't collide again.
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
        for (const state of this.options.states) await state.load(context, true);
        continue;
      }
      const replies = outbox;
      outbox = undefined;
      // Bounded, so a channel that accepts the connection but never answers cannot hold the conversation's lock.
      if (replies.length) await withTimeout(context.sendActivities(replies), REPLY_TIMEOUT_MS, 'sending replies to the channel');
      return;
    }
  }
}

/**
 * Each reply keeps the tag in force when it was sent: a prompt after an answer says "dialog", the answer
 * "answer". Its locale is the language it is written in, so a channel can follow (speech, Web Chat's strings).
 */
function stamp(activity: Partial<Activity>, tag: MatchTag | undefined, locale: string): void {
  if ((activity.type ?? ActivityTypes.Message) !== ActivityTypes.Message) return;
  activity.locale = locale;
  // Answers are written in Markdown; Teams shows raw asterisks unless told so.
  activity.textFormat ??= 'markdown';
  const channelData = (activity.channelData ?? {}) as { match?: MatchTag };
  if (tag && !channelData.match) activity.channelData = { ...channelData, match: { ...tag } };
}

/**
 * "Typing…" while the answer is worked out. Sent before replies are held back, and not when the caller
 * collects replies in the HTTP response (there it would only be noise). Sent through the adapter so the
 * turn does not count as answered: prompts re-ask only when nothing was said yet.
 */
async function sendTyping(context: TurnContext): Promise<void> {
  if (context.activity.type !== ActivityTypes.Message || context.activity.deliveryMode === 'expectReplies') return;
  const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, TurnContext.getConversationReference(context.activity));
  // Best effort: a typing indicator that fails to send must not cost the answer.
  await withTimeout(context.adapter.sendActivities(context, [typing]), REPLY_TIMEOUT_MS, 'typing indicator').catch(() => undefined);
}
