import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * Settings from the environment, read and checked once at start-up by one schema. See .env.example for
 * each one. Every variable is optional on a laptop; a wrong value stops start-up with a message that
 * names the variable.
 */
const whole = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
const text = (fallback = '') => z.string().trim().default(fallback);
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no', '']))
  .transform((value) => ['true', '1', 'yes'].includes(value))
  .default('false');
const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim().toLowerCase())
        .filter(Boolean),
    );

const schema = z.object({
  PORT: whole(3978, 0).pipe(z.number().max(65535)),
  MicrosoftAppId: text(),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.string().trim().pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])).default('MultiTenant'),
  MicrosoftAppTenantId: text(),
  // Compared loosely: "Production", "production " and "prod" all mean production.
  NODE_ENV: z.string().trim().toLowerCase().default('development'),
  ALLOW_ANONYMOUS: flag,
  MAX_BODY_BYTES: whole(256 * 1024, 1024),
  MAX_TEXT_CHARS: whole(2000, 1),
  DIRECT_LINE_SECRET: text(),
  DIRECT_LINE_ENDPOINT: z.string().trim().url().default('https://directline.botframework.com'),
  STATE_STORE: z.string().trim().pipe(z.enum(['memory', 'blob'])).default('memory'),
  BLOB_CONNECTION_STRING: text(),
  BLOB_CONTAINER: text('bot-state').pipe(z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'must be 3-63 lower-case letters, digits or single hyphens')),
  CONVERSATION_TTL_HOURS: z.coerce.number().positive('must be more than 0 (fractions such as 0.5 are fine)').default(24),
  MEMORY_MAX_CONVERSATIONS: whole(100_000, 1),
  LOG_LEVEL: z.string().trim().pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
  LOG_USER_TEXT: flag,
  RATE_LIMIT_PER_MINUTE: whole(120),
  IP_RATE_LIMIT_PER_MINUTE: whole(600),
  SERVICE_URL_HOSTS: list('*.botframework.com,smba.trafficmanager.net'),
  UNANSWERED_LOG: text(),
  SHUTDOWN_TIMEOUT_MS: whole(10_000),
});

export interface Settings {
  port: number;
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  microsoftAppTenantId: string;
  nodeEnv: string;
  allowAnonymous: boolean;
  /** Largest request body accepted on /api/messages, in bytes. */
  maxBodyBytes: number;
  /** Longest message text the bot will try to read, in characters. */
  maxTextChars: number;
  /** Direct Line secret; when set, the web page uses the real Direct Line channel through tokens. */
  directLineSecret: string;
  directLineEndpoint: string;
  stateStore: 'memory' | 'blob';
  blobConnectionString: string;
  blobContainer: string;
  conversationTtlHours: number;
  /** Most conversations kept in memory; the least recently used go first. */
  maxConversations: number;
  logLevel: string;
  logUserText: boolean;
  /** Messages per minute allowed from one (authenticated) sender on /api/messages; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Requests per minute from one client address on /api/messages; 0 turns the limit off. */
  ipRateLimitPerMinute: number;
  /** With authentication off, the hosts (besides loopback) replies may be posted to. */
  serviceUrlHosts: string[];
  /** File collecting unanswered questions for content editors; empty = off. */
  unansweredLog: string;
  /** Longest wait for requests in flight on shutdown. */
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Loads `.env` from the working directory when there is one; variables already set win. */
export function loadEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // An empty variable means "not set", as in .env.example.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name} ${issue.message.replace(/^(String|Number) /, '').toLowerCase()}, got "${env[name] ?? ''}"`;
    });
    throw new ConfigError(`Invalid settings:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const settings: Settings = {
    port: e.PORT,
    microsoftAppId: e.MicrosoftAppId,
    microsoftAppPassword: e.MicrosoftAppPassword,
    microsoftAppType: e.MicrosoftAppType,
    microsoftAppTenantId: e.MicrosoftAppTenantId,
    nodeEnv: e.NODE_ENV,
    allowAnonymous: e.ALLOW_ANONYMOUS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxTextChars: e.MAX_TEXT_CHARS,
    directLineSecret: e.DIRECT_LINE_SECRET,
    directLineEndpoint: e.DIRECT_LINE_ENDPOINT,
    stateStore: e.STATE_STORE,
    blobConnectionString: e.BLOB_CONNECTION_STRING,
    blobContainer: e.BLOB_CONTAINER,
    conversationTtlHours: e.CONVERSATION_TTL_HOURS,
    maxConversations: e.MEMORY_MAX_CONVERSATIONS,
    logLevel: e.LOG_LEVEL,
    logUserText: e.LOG_USER_TEXT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    ipRateLimitPerMinute: e.IP_RATE_LIMIT_PER_MINUTE,
    serviceUrlHosts: e.SERVICE_URL_HOSTS,
    unansweredLog: e.UNANSWERED_LOG,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  };
  if (settings.stateStore === 'blob' && !settings.blobConnectionString) {
    throw new ConfigError('STATE_STORE=blob needs BLOB_CONNECTION_STRING (and optionally BLOB_CONTAINER).');
  }
  // With no app id, botbuilder skips authentication entirely: fine on a laptop, never anywhere else
  // unless someone chose it on purpose. Fails closed: anything but development or test counts.
  const local = settings.nodeEnv === 'development' || settings.nodeEnv === 'test';
  if (!local && !settings.microsoftAppId && !settings.allowAnonymous) {
    throw new ConfigError(`Refusing to start: NODE_ENV=${env.NODE_ENV?.trim() ?? ''} (not development) but MicrosoftAppId is empty, so anyone could post to /api/messages. Set MicrosoftAppId and MicrosoftAppPassword, or ALLOW_ANONYMOUS=true on purpose.`);
  }
  return settings;
}
