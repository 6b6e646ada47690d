"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TurnPipeline = exports.REPLY_TIMEOUT_MS = void 0;
const botbuilder_1 = require("botbuilder");
const matchTag_1 = require("../../dialogs/matchTag");
const keyedLock_1 = require("../state/keyedLock");
const optimisticStorage_1 = require("../state/optimisticStorage");
const withTimeout_1 = require("../withTimeout");
const MAX_TURN_ATTEMPTS = 8;
/** Channels give up on a turn after 15 s; replies still unsent by then are not worth waiting for. */
exports.REPLY_TIMEOUT_MS = 8_000;
/**
 * The mechanics of one turn, kept apart from what the bot says: one turn at a time per conversation
 * in this instance; replies held back until state is saved; the turn rerun on fresh state when another
 * instance saved this conversation first (only the rerun's replies are sent, so no update is lost and
 * nothing is said twice); and each reply stamped with how the message was understood when it was sent.
 */
class TurnPipeline {
    options;
    lock = new keyedLock_1.KeyedLock();
    constructor(options) {
        this.options = options;
    }
    /** Conversations with a turn running or waiting (graceful shutdown waits for zero). */
    get turnsInFlight() {
        return this.lock.busy;
    }
    async onTurn(context, next) {
        // Never awaited: a slow or stalled channel must not delay or hold up the answer.
        void sendTyping(context);
        const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
        await this.lock.run(key, () => this.runHeld(context, next));
    }
    async runHeld(context, next) {
        let outbox;
        context.onSendActivities(async (ctx, activities, sendNext) => {
            for (const activity of activities)
                stamp(activity, (0, matchTag_1.getMatchTag)(ctx) ?? (ctx.activity.type === botbuilder_1.ActivityTypes.Message ? { kind: 'dialog' } : undefined));
            if (!outbox)
                return sendNext();
            outbox.push(...activities);
            return activities.map(() => ({ id: '' }));
        });
        for (let attempt = 1;; attempt += 1) {
            outbox = [];
            try {
                await next();
                for (const state of this.options.states)
                    await state.saveChanges(context, false);
            }
            catch (error) {
                if (!(error instanceof optimisticStorage_1.StateConflictError) || attempt >= MAX_TURN_ATTEMPTS) {
                    // Let the error reply (from onTurnError) through; the held-back replies are dropped.
                    outbox = undefined;
                    throw error;
                }
                this.options.onConflict?.(attempt);
                // A short random pause so two instances retrying the same conversation don't collide again.
                await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
                for (const state of this.options.states)
                    await state.load(context, true);
                continue;
            }
            const replies = outbox;
            outbox = undefined;
            // Bounded, so a channel that accepts the connection but never answers cannot hold the conversation's lock.
            if (replies.length)
                await (0, withTimeout_1.withTimeout)(context.sendActivities(replies), exports.REPLY_TIMEOUT_MS, 'sending replies to the channel');
            return;
        }
    }
}
exports.TurnPipeline = TurnPipeline;
/** Each reply keeps the tag in force when it was sent: a prompt after an answer says "dialog", the answer "answer". */
function stamp(activity, tag) {
    if ((activity.type ?? botbuilder_1.ActivityTypes.Message) !== botbuilder_1.ActivityTypes.Message)
        return;
    // Answers are written in Markdown; Teams shows raw asterisks unless told so.
    activity.textFormat ??= 'markdown';
    const channelData = (activity.channelData ?? {});
    if (tag && !channelData.match)
        activity.channelData = { ...channelData, match: { ...tag } };
}
/**
 * "Typing…" while the answer is worked out. Sent before replies are held back, and not when the caller
 * collects replies in the HTTP response (there it would only be noise). Sent through the adapter so the
 * turn does not count as answered: prompts re-ask only when nothing was said yet.
 */
async function sendTyping(context) {
    if (context.activity.type !== botbuilder_1.ActivityTypes.Message || context.activity.deliveryMode === 'expectReplies')
        return;
    const typing = botbuilder_1.TurnContext.applyConversationReference({ type: botbuilder_1.ActivityTypes.Typing }, botbuilder_1.TurnContext.getConversationReference(context.activity));
    // Best effort: a typing indicator that fails to send must not cost the answer.
    await (0, withTimeout_1.withTimeout)(context.adapter.sendActivities(context, [typing]), exports.REPLY_TIMEOUT_MS, 'typing indicator').catch(() => undefined);
}
//# sourceMappingURL=turnPipeline.js.map