import { ActivityHandler, ActivityTypes, type ConversationState, type StatePropertyAccessor, type TurnContext, type UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/mainDialog';
import { getMatchTag, setMatchTag } from '../../dialogs/matchTag';
import { SMALL_TALK_REPLIES, welcomeActivity } from '../../dialogs/replies';

export interface BotOptions {
  conversationState: ConversationState;
  userState: UserState;
  dialog: MainDialog;
  /** Longest message text the bot tries to read. */
  maxTextChars: number;
}

/**
 * The activity handler: welcomes people, runs the main dialog for each message, stamps every
 * reply with how the message was understood, and saves state at the end of the turn.
 */
export class SmallClaimsBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

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
          if (tag && activity.type === ActivityTypes.Message) activity.channelData = { ...(activity.channelData ?? {}), match: tag };
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

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
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
