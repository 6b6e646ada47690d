"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = void 0;
exports.loadEnvFile = loadEnvFile;
exports.loadSettings = loadSettings;
const node_fs_1 = require("node:fs");
const zod_1 = require("zod");
/**
 * Settings from the environment, read and checked once at start-up by one schema. See .env.example for
 * each one. Every variable is optional on a laptop; a wrong value stops start-up with a message that
 * names the variable.
 */
const whole = (fallback, min = 0) => zod_1.z.coerce.number().int().min(min).default(fallback);
const text = (fallback = '') => zod_1.z.string().trim().default(fallback);
const flag = zod_1.z
    .string()
    .trim()
    .toLowerCase()
    .pipe(zod_1.z.enum(['true', 'false', '1', '0', 'yes', 'no', '']))
    .transform((value) => ['true', '1', 'yes'].includes(value))
    .default('false');
const list = (fallback) => zod_1.z
    .string()
    .default(fallback)
    .transform((value) => value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean));
const schema = zod_1.z.object({
    PORT: whole(3978, 0).pipe(zod_1.z.number().max(65535)),
    MicrosoftAppId: text(),
    MicrosoftAppPassword: zod_1.z.string().default(''),
    MicrosoftAppType: zod_1.z.string().trim().pipe(zod_1.z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])).default('MultiTenant'),
    MicrosoftAppTenantId: text(),
    // Compared loosely: "Production", "production " and "prod" all mean production.
    NODE_ENV: zod_1.z.string().trim().toLowerCase().default('development'),
    ALLOW_ANONYMOUS: flag,
    MAX_BODY_BYTES: whole(256 * 1024, 1024),
    MAX_TEXT_CHARS: whole(2000, 1),
    DIRECT_LINE_SECRET: text(),
    DIRECT_LINE_ENDPOINT: zod_1.z.string().trim().url().default('https://directline.botframework.com'),
    STATE_STORE: zod_1.z.string().trim().pipe(zod_1.z.enum(['memory', 'blob'])).default('memory'),
    BLOB_CONNECTION_STRING: text(),
    BLOB_CONTAINER: text('bot-state').pipe(zod_1.z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'must be 3-63 lower-case letters, digits or single hyphens')),
    CONVERSATION_TTL_HOURS: zod_1.z.coerce.number().positive('must be more than 0 (fractions such as 0.5 are fine)').default(24),
    MEMORY_MAX_CONVERSATIONS: whole(100_000, 1),
    LOG_LEVEL: zod_1.z.string().trim().pipe(zod_1.z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
    LOG_USER_TEXT: flag,
    RATE_LIMIT_PER_MINUTE: whole(120),
    IP_RATE_LIMIT_PER_MINUTE: whole(600),
    SERVICE_URL_HOSTS: list('*.botframework.com,smba.trafficmanager.net'),
    UNANSWERED_LOG: text(),
    SHUTDOWN_TIMEOUT_MS: whole(10_000),
});
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
/** Loads `.env` from the working directory when there is one; variables already set win. */
function loadEnvFile(path = '.env') {
    if ((0, node_fs_1.existsSync)(path))
        process.loadEnvFile(path);
}
function loadSettings(env = process.env) {
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
    const settings = {
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
//# sourceMappingURL=config.js.map