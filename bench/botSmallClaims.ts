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
  const settings = loadSettings({});
  return createBotServer(settings, { logger: createLogger(settings.logLevel, { write: () => undefined }) }).app;
}
