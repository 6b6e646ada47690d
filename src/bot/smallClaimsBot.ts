import { ActivityHandler, TurnContext, type InvokeResponse, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/mainDialog';
import { setMatchTag } from '../../dialogs/matchTag';
import { welcomeActivity } from '../../dialogs/replies';
import { say, setReplyLanguage } from '../../dialogs/replyLanguage';
import { languageOfLocale } from '../conversation/messages';
import { isOwnCardClick } from './cardClicks';

export interface BotOptions {
  conversationState: ConversationState;
  dialog: MainDialog;
  /** Longest message text the bot tries to read. */
  maxTextChars: number;
}

/**
 * The activity handler: welcomes people, reads what a message says (Teams mentions, non-text, too
 * long) and hands it to the main dialog. Locking, saving state and stamping replies are the turn
 * pipeline's (turnPipeline.ts), which runs around this handler as middleware.
 */
export class SmallClaimsBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly options: BotOptions) {
    super();
    if (!options.conversationState) throw new Error('[SmallClaimsBot]: Missing parameter. conversationState is required');
    if (!options.dialog) throw new Error('[SmallClaimsBot]: Missing parameter. dialog is required');
    this.dialogState = options.conversationState.createProperty<DialogState>('DialogState');

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newcomers.length) {
        // Nothing said yet: the channel's locale is all there is to go on.
        setReplyLanguage(context, languageOfLocale(context.activity.locale));
        setMatchTag(context, { kind: 'smalltalk', id: 'welcome' });
        await context.sendActivity(welcomeActivity(context));
      }
      await next();
    });
  }

  /** The bot sends no cards that invoke back, so an invoke is acknowledged and ignored (not a 501). */
  protected override async onInvokeActivity(): Promise<InvokeResponse> {
    return { status: 200 };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (isTeamsGroupConversation(context)) {
      // In Teams group chats and channels the bot speaks only when @mentioned, and the mention itself
      // ("<at>Small Claims Helper</at>") is not part of the question.
      // A click on one of the bot's own card actions counts as speaking to it.
      const mentioned = TurnContext.getMentions(context.activity).some((mention) => mention.mentioned?.id === context.activity.recipient?.id);
      if (!mentioned && !isOwnCardClick(context.activity.value)) return;
      // botbuilder's removal calls text.replace, so a mention with no text (D10) would fail the turn.
      if (typeof context.activity.text === 'string') context.activity.text = TurnContext.removeRecipientMention(context.activity) ?? '';
    }
    const text = typeof context.activity.text === 'string' ? context.activity.text.trim() : '';
    if (!text || text.length > this.options.maxTextChars) setReplyLanguage(context, languageOfLocale(context.activity.locale));
    if (!text) {
      setMatchTag(context, { kind: 'fallback', id: 'non-text' });
      await context.sendActivity(say(context).smallTalk.nonText);
      return;
    }
    if (text.length > this.options.maxTextChars) {
      setMatchTag(context, { kind: 'fallback', id: 'too-long' });
      await context.sendActivity(say(context).smallTalk.tooLong);
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
