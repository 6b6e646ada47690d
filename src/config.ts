/**
 * Settings from the environment, read and checked once at start-up. See .env.example for each one.
 */
export interface Settings {
  port: number;
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppType: string;
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
  logLevel: string;
  logUserText: boolean;
  /** Messages per minute allowed from one sender on /api/messages; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** File collecting unanswered questions for content editors; empty = off. */
  unansweredLog: string;
  /** Longest wait for in-flight turns on shutdown. */
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const settings: Settings = {
    port: integer(env, 'PORT', 3978),
    microsoftAppId: env.MicrosoftAppId?.trim() ?? '',
    microsoftAppPassword: env.MicrosoftAppPassword ?? '',
    microsoftAppType: env.MicrosoftAppType?.trim() || 'MultiTenant',
    microsoftAppTenantId: env.MicrosoftAppTenantId?.trim() ?? '',
    nodeEnv: env.NODE_ENV ?? 'development',
    allowAnonymous: env.ALLOW_ANONYMOUS === 'true',
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024),
    maxTextChars: integer(env, 'MAX_TEXT_CHARS', 2000),
    directLineSecret: env.DIRECT_LINE_SECRET?.trim() ?? '',
    directLineEndpoint: env.DIRECT_LINE_ENDPOINT?.trim() || 'https://directline.botframework.com',
    stateStore: stateStore(env.STATE_STORE),
    blobConnectionString: env.BLOB_CONNECTION_STRING?.trim() ?? '',
    blobContainer: env.BLOB_CONTAINER?.trim() || 'bot-state',
    conversationTtlHours: integer(env, 'CONVERSATION_TTL_HOURS', 24),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    logUserText: env.LOG_USER_TEXT === 'true',
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 120),
    unansweredLog: env.UNANSWERED_LOG?.trim() ?? '',
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10000),
  };
  if (settings.stateStore === 'blob' && !settings.blobConnectionString) {
    throw new ConfigError('STATE_STORE=blob needs BLOB_CONNECTION_STRING (and optionally BLOB_CONTAINER).');
  }
  // With no app id, botbuilder skips authentication entirely: fine on a laptop, never in production
  // unless someone chose it on purpose.
  if (settings.nodeEnv === 'production' && !settings.microsoftAppId && !settings.allowAnonymous) {
    throw new ConfigError('Refusing to start: NODE_ENV=production but MicrosoftAppId is empty, so anyone could post to /api/messages. Set MicrosoftAppId and MicrosoftAppPassword, or ALLOW_ANONYMOUS=true on purpose.');
  }
  return settings;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, got "${raw}".`);
  return value;
}

function stateStore(raw: string | undefined): 'memory' | 'blob' {
  const value = raw?.trim() || 'memory';
  if (value !== 'memory' && value !== 'blob') throw new ConfigError(`STATE_STORE must be "memory" or "blob", got "${value}".`);
  return value;
}
