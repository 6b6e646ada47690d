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
  };
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
