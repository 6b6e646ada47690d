import type { Express } from 'express';
import { loadSettings } from '../src/config';
import { createLogger } from '../src/logging';
import { createBotServer } from '../src/server';

/**
 * This bot, composed by src/server.ts with default settings. Logs are produced at the configured
 * level (per-turn logging included, as in production) but written nowhere, so the report stays clean
 * and terminal I/O is not measured.
 */
export function createSmallClaimsApp(): Express {
  // Every benchmark connection comes from 127.0.0.1: the per-address limit would answer 429 to all
  // but the first 600 turns a minute and the run would measure the limiter, not the bot.
  const settings = loadSettings({ IP_RATE_LIMIT_PER_MINUTE: '0' });
  return createBotServer(settings, { logger: createLogger(settings.logLevel, { write: () => undefined }) }).app;
}
