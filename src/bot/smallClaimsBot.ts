import { ActivityHandler, ActivityTypes, TurnContext, type Activity, type InvokeResponse, type ConversationState, type StatePropertyAccessor, type UserState } from 'botbuilder';
import { KeyedLock } from '../state/keyedLock';
import { StateConflictError } from '../state/optimisticStorage';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/mainDialog';
import { getMatchTag, setMatchTag } from '../../dialogs/matchTag';
import { SMALL_TALK_REPLIES, welcomeActivity } from '../../dialogs/replies';

const MAX_TURN_ATTEMPTS = 8;

export interface BotOptions {
  conversationState: ConversationState;
  userState: UserState;
  dialog: MainDialog;
  /** Longest message text the bot tries to read. */
  maxTextChars: number;
  /** Told each time a turn is rerun after a state conflict (for logs and tests). */
  onConflict?: (attempt: number) => void;
}

/**
 * The activity handler: welcomes people, runs the main dialog for each message, stamps every
 * reply with how the message was understood, and saves state at the end of the turn.
 */
export class SmallClaimsBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly lock = new KeyedLock();

  /** Conversations with a turn running or waiting (graceful shutdown waits for zero). */
  get turnsInFlight(): number {
    return this.lock.busy;
  }

  constructor(private readonly options: BotOptions) {
    super();
    if (!options.conversationState) throw new Error('[SmallClaimsBot]: Missing parameter. conversationState is required');
    if (!options.userState) throw new Error('[SmallClaimsBot]: Missing parameter. userState is required');
    if (!options.dialog) throw new Error('[SmallClaimsBot]: Missing parameter. dialog is required');
    this.dialogState = options.conversationState.createProperty<DialogState>('DialogState');

    this.onTurn(async (context, next) => {
      context.onSendActivities(async (ctx, activities, sendNext) => {
        // Replies nobody tagged come from a dialog step, such as a prompt's retry.
        const tag = getMatchTag(ctx) ?? (ctx.activity.type === ActivityTypes.Message ? { kind: 'dialog' as const } : undefined);
        for (const activity of activities) {
          if (activity.type !== ActivityTypes.Message) continue;
          // Answers are written in Markdown; Teams shows raw asterisks unless told so.
          activity.textFormat ??= 'markdown';
          if (tag) activity.channelData = { ...(activity.channelData ?? {}), match: tag };
        }
        return sendNext();
      });
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newcomers.length) {
        setMatchTag(context, { kind: 'smalltalk', id: 'welcome' });
        await context.sendActivity(welcomeActivity(context));
      }
      await next();
    });
  }

  /**
   * One turn, serialized per conversation in this instance. Replies are held back until state is saved:
   * if another instance saved this conversation's state first (StateConflictError), the turn is rerun on
   * the fresh state and only the rerun's replies are sent, so no update is lost and nothing is said twice.
   */
  /** The bot sends no cards that invoke back, so an invoke is acknowledged and ignored (not a 501). */
  protected override async onInvokeActivity(): Promise<InvokeResponse> {
    return { status: 200 };
  }

  override async run(context: TurnContext): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
    if (context.activity.type === ActivityTypes.Message && context.activity.deliveryMode !== 'expectReplies') {
      // "Typing…" while the answer is worked out. Sent before replies are held back, and not when the
      // caller collects replies in the HTTP response (there it would only be noise). Sent through the
      // adapter so the turn does not count as answered: prompts re-ask only when nothing was said yet.
      const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, TurnContext.getConversationReference(context.activity));
      // Best effort: a typing indicator that fails to send must not cost the answer.
      await context.adapter.sendActivities(context, [typing]).catch(() => undefined);
    }
    await this.lock.run(key, async () => {
      let outbox: Partial<Activity>[] | undefined;
      context.onSendActivities(async (_ctx, activities, next) => {
        if (!outbox) return next();
        outbox.push(...activities);
        return activities.map(() => ({ id: '' }));
      });
      for (let attempt = 1; ; attempt += 1) {
        outbox = [];
        try {
          await super.run(context);
          await this.options.conversationState.saveChanges(context, false);
          await this.options.userState.saveChanges(context, false);
        } catch (error) {
          if (!(error instanceof StateConflictError) || attempt >= MAX_TURN_ATTEMPTS) {
            // Let the error reply (from onTurnError) through; the held-back replies are dropped.
            outbox = undefined;
            throw error;
          }
          this.options.onConflict?.(attempt);
          // A short random pause so two instances retrying the same conversation don't collide again.
          await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
          await this.options.conversationState.load(context, true);
          await this.options.userState.load(context, true);
          continue;
        }
        const replies = outbox;
        outbox = undefined;
        if (replies.length) await context.sendActivities(replies);
        return;
      }
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (isTeamsGroupConversation(context)) {
      // In Teams group chats and channels the bot speaks only when @mentioned, and the mention itself
      // ("<at>Small Claims Helper</at>") is not part of the question.
      const mentioned = TurnContext.getMentions(context.activity).some((mention) => mention.mentioned?.id === context.activity.recipient?.id);
      if (!mentioned) return;
      context.activity.text = TurnContext.removeRecipientMention(context.activity) ?? '';
    }
    const text = typeof context.activity.text === 'string' ? context.activity.text.trim() : '';
    if (!text) {
      setMatchTag(context, { kind: 'fallback', id: 'non-text' });
      await context.sendActivity(SMALL_TALK_REPLIES.nonText);
      return;
    }
    if (text.length > this.options.maxTextChars) {
      setMatchTag(context, { kind: 'fallback', id: 'too-long' });
      await context.sendActivity(SMALL_TALK_REPLIES.tooLong);
      return;
    }
    context.activity.text = text;
    await this.options.dialog.run(context, this.dialogState);
  }
}

function isTeamsGroupConversation(context: TurnContext): boolean {
  const { channelId, conversation } = context.activity;
  return channelId === 'msteams' && (conversation?.conversationType === 'groupChat' || conversation?.conversationType === 'channel');
}
