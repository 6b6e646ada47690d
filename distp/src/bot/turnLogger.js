"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TurnLogger = void 0;
const promises_1 = require("node:fs/promises");
const botbuilder_1 = require("botbuilder");
const matchTag_1 = require("../../dialogs/matchTag");
const logging_1 = require("../logging");
/**
 * One log line per turn: hashed conversation id, how the message was matched, and latency, but not what
 * the person typed unless LOG_USER_TEXT is on. Optionally records unanswered questions, without any id,
 * for content editors (`npm run report`).
 */
class TurnLogger {
    options;
    constructor(options) {
        this.options = options;
    }
    async onTurn(context, next) {
        const started = performance.now();
        try {
            await next();
        }
        finally {
            this.record(context, performance.now() - started);
        }
    }
    record(context, ms) {
        const { activity } = context;
        const match = (0, matchTag_1.getMatchTag)(context);
        const text = typeof activity.text === 'string' ? activity.text : undefined;
        this.options.logger.info({
            event: 'turn',
            conversation: (0, logging_1.hashId)(`${activity.channelId}/${activity.conversation?.id ?? ''}`),
            channel: activity.channelId,
            type: activity.type,
            kind: match?.kind,
            entry: match?.id,
            score: match?.score,
            ms: Math.round(ms * 10) / 10,
            ...(this.options.logUserText && text ? { text } : {}),
        }, 'turn');
        if (this.options.unansweredLog && activity.type === botbuilder_1.ActivityTypes.Message && text && (match?.kind === 'fallback' || match?.kind === 'clarify')) {
            const line = JSON.stringify({ time: new Date().toISOString(), kind: match.kind, nearest: match.id, score: match.score, text: text.slice(0, 500) });
            (0, promises_1.appendFile)(this.options.unansweredLog, `${line}\n`).catch((error) => {
                this.options.logger.warn({ event: 'unanswered-log-failed', error: error instanceof Error ? error.message : String(error) }, 'could not write the unanswered-question log');
            });
        }
    }
}
exports.TurnLogger = TurnLogger;
//# sourceMappingURL=turnLogger.js.map