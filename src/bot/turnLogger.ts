import { appendFile } from 'node:fs/promises';
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { getMatchTag } from '../../dialogs/matchTag';
import { hashId, type Logger } from '../logging';

export interface TurnLoggerOptions {
  logger: Logger;
  /** Include what the user typed in turn logs (local debugging only). */
  logUserText: boolean;
  /** File that collects questions the bot could not answer (fallbacks and clarifications); off when empty. */
  unansweredLog: string;
}

/**
 * One log line per turn: hashed conversation id, how the message was matched, and latency, but not what
 * the person typed unless LOG_USER_TEXT is on. Optionally records unanswered questions, without any id,
 * for content editors (`npm run report`).
 */
export class TurnLogger implements Middleware {
  constructor(private readonly options: TurnLoggerOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = performance.now();
    try {
      await next();
    } finally {
      this.record(context, performance.now() - started);
    }
  }

  private record(context: TurnContext, ms: number): void {
    const { activity } = context;
    const match = getMatchTag(context);
    const text = typeof activity.text === 'string' ? activity.text : undefined;
    this.options.logger.info(
      {
        event: 'turn',
        conversation: hashId(`${activity.channelId}/${activity.conversation?.id ?? ''}`),
        channel: activity.channelId,
        type: activity.type,
        kind: match?.kind,
        entry: match?.id,
        score: match?.score,
        ms: Math.round(ms * 10) / 10,
        ...(this.options.logUserText && text ? { text } : {}),
      },
      'turn',
    );
    if (this.options.unansweredLog && activity.type === ActivityTypes.Message && text && (match?.kind === 'fallback' || match?.kind === 'clarify')) {
      const line = JSON.stringify({ time: new Date().toISOString(), kind: match.kind, nearest: match.id, score: match.score, text: text.slice(0, 500) });
      appendFile(this.options.unansweredLog, `${line}\n`).catch((error: unknown) => {
        this.options.logger.warn({ event: 'unanswered-log-failed', error: error instanceof Error ? error.message : String(error) }, 'could not write the unanswered-question log');
      });
    }
  }
}
