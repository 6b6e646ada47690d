"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SmallClaimsBot = void 0;
const botbuilder_1 = require("botbuilder");
const matchTag_1 = require("../../dialogs/matchTag");
const replies_1 = require("../../dialogs/replies");
const cardClicks_1 = require("./cardClicks");
/**
 * The activity handler: welcomes people, reads what a message says (Teams mentions, non-text, too
 * long) and hands it to the main dialog. Locking, saving state and stamping replies are the turn
 * pipeline's (turnPipeline.ts), which runs around this handler as middleware.
 */
class SmallClaimsBot extends botbuilder_1.ActivityHandler {
    options;
    dialogState;
    constructor(options) {
        super();
        this.options = options;
        if (!options.conversationState)
            throw new Error('[SmallClaimsBot]: Missing parameter. conversationState is required');
        if (!options.dialog)
            throw new Error('[SmallClaimsBot]: Missing parameter. dialog is required');
        this.dialogState = options.conversationState.createProperty('DialogState');
        this.onMessage(async (context, next) => {
            await this.handleMessage(context);
            await next();
        });
        this.onMembersAdded(async (context, next) => {
            const botId = context.activity.recipient?.id;
            const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
            if (newcomers.length) {
                (0, matchTag_1.setMatchTag)(context, { kind: 'smalltalk', id: 'welcome' });
                await context.sendActivity((0, replies_1.welcomeActivity)(context));
            }
            await next();
        });
    }
    /** The bot sends no cards that invoke back, so an invoke is acknowledged and ignored (not a 501). */
    async onInvokeActivity() {
        return { status: 200 };
    }
    async handleMessage(context) {
        if (isTeamsGroupConversation(context)) {
            // In Teams group chats and channels the bot speaks only when @mentioned, and the mention itself
            // ("<at>Small Claims Helper</at>") is not part of the question.
            // A click on one of the bot's own card actions counts as speaking to it.
            const mentioned = botbuilder_1.TurnContext.getMentions(context.activity).some((mention) => mention.mentioned?.id === context.activity.recipient?.id);
            if (!mentioned && !(0, cardClicks_1.isOwnCardClick)(context.activity.value))
                return;
            context.activity.text = botbuilder_1.TurnContext.removeRecipientMention(context.activity) ?? '';
        }
        const text = typeof context.activity.text === 'string' ? context.activity.text.trim() : '';
        if (!text) {
            (0, matchTag_1.setMatchTag)(context, { kind: 'fallback', id: 'non-text' });
            await context.sendActivity(replies_1.SMALL_TALK_REPLIES.nonText);
            return;
        }
        if (text.length > this.options.maxTextChars) {
            (0, matchTag_1.setMatchTag)(context, { kind: 'fallback', id: 'too-long' });
            await context.sendActivity(replies_1.SMALL_TALK_REPLIES.tooLong);
            return;
        }
        context.activity.text = text;
        await this.options.dialog.run(context, this.dialogState);
    }
}
exports.SmallClaimsBot = SmallClaimsBot;
function isTeamsGroupConversation(context) {
    const { channelId, conversation } = context.activity;
    return channelId === 'msteams' && (conversation?.conversationType === 'groupChat' || conversation?.conversationType === 'channel');
}
//# sourceMappingURL=smallClaimsBot.js.map