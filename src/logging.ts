import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, one object per line. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'small-claims-helper' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** A short, stable, non-reversible stand-in for an id, so logs can group turns without naming anyone. */
export function hashId(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 12);
}
