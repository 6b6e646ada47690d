"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApp = createApp;
const express_1 = __importDefault(require("express"));
const node_crypto_1 = require("node:crypto");
const helmet_1 = __importDefault(require("helmet"));
const express_rate_limit_1 = require("express-rate-limit");
const activityCheck_1 = require("./activityCheck");
const channelToken_1 = require("./channelToken");
const assets_1 = require("./assets");
const directLineToken_1 = require("./directLineToken");
const webPage_1 = require("./webPage");
const withTimeout_1 = require("../withTimeout");
/** The express app: the Bot Framework endpoint, a health check and the start page. */
function createApp(options) {
    const { adapter, bot, entryCount, maxBodyBytes, logger, directLine, rateLimitPerMinute = 0, ipRateLimitPerMinute = 0, storageReady = async () => true } = options;
    const { issuers, allowedServiceUrl, drain } = options;
    const log = (event, message) => logger.warn({ event }, message);
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    // The page and its assets get security headers; the bot endpoint (JSON in, JSON out) does not need them.
    const headers = securityHeaders(directLine?.endpoint);
    app.use((req, res, next) => (req.path.startsWith('/api/messages') ? next() : headers(req, res, next)));
    const assets = (0, assets_1.webAssets)();
    app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok', entries: entryCount });
    });
    app.get('/readyz', async (_req, res) => {
        const storage = await (0, withTimeout_1.withTimeout)(storageReady(), 2000).catch(() => false);
        const ready = entryCount > 0 && storage;
        res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', entries: entryCount, storage: storage ? 'ok' : 'unreachable' });
    });
    app.get('/', (_req, res) => {
        res.type('html').send((0, webPage_1.webPage)());
    });
    app.get('/favicon.ico', (_req, res) => {
        res.status(204).end();
    });
    app.get('/static/webchat.js', (_req, res) => {
        res.sendFile(assets.webChatBundle, { maxAge: '1d' });
    });
    app.use('/static', express_1.default.static(assets.publicDir, { maxAge: '1h', index: false }));
    app.get('/api/chat-config', (_req, res) => {
        res.json({ mode: directLine ? 'directline' : 'local' });
    });
    const pageOnly = (req, res, next) => {
        if (sameOrigin(req))
            return next();
        log('directline-token-refused', 'token request from another origin');
        res.status(403).json({ error: 'chat tokens are only for this site' });
    };
    app.post('/api/directline/token', pageOnly, limit(tokenRateLimitPerMinute(ipRateLimitPerMinute), 'ip', (req) => `token:${req.ip ?? 'unknown'}`), async (_req, res) => {
        if (!directLine) {
            res.status(404).json({ error: 'Direct Line is not configured; the page talks to /api/messages directly' });
            return;
        }
        try {
            const token = await (0, directLineToken_1.generateDirectLineToken)(directLine.secret, `dl_${(0, node_crypto_1.randomUUID)()}`, directLine.endpoint, directLine.fetch ?? fetch);
            res.set('Cache-Control', 'no-store').json(token);
        }
        catch (error) {
            log('directline-token-failed', error instanceof Error ? error.message : String(error));
            res.status(502).json({ error: 'could not get a chat token' });
        }
    });
    app.post('/api/messages', drain.middleware, limit(ipRateLimitPerMinute, 'ip', (req) => `ip:${req.ip ?? 'unknown'}`), express_1.default.json({ limit: maxBodyBytes }), async (req, res, next) => {
        if (!req.is('application/json'))
            return void res.status(415).json({ error: 'Content-Type must be application/json' });
        const problem = (0, activityCheck_1.activityProblem)(req.body) ?? serviceUrlProblem(req.body, allowedServiceUrl);
        if (problem) {
            log('activity-rejected', problem);
            return void res.status(400).json({ error: problem });
        }
        const header = req.headers.authorization ?? '';
        // Checked before botbuilder sees the token (see channelToken.ts); logged at debug so forged requests cannot flood the logs.
        const forged = issuers ? (0, channelToken_1.tokenProblem)(header, issuers) : undefined;
        if (forged) {
            logger.debug({ event: 'auth-rejected', reason: forged }, 'request not authenticated');
            return void res.status(401).json({ error: 'unauthorized' });
        }
        const activity = (0, activityCheck_1.toActivity)(req.body);
        try {
            res.locals.auth = await adapter.authenticate(activity, header);
        }
        catch (error) {
            if (isAuthenticationError(error)) {
                logger.info({ event: 'auth-failed', reason: error instanceof Error ? error.message : String(error) }, 'request not authenticated');
                return void res.status(401).json({ error: 'unauthorized' });
            }
            // Keys could not be fetched or similar: a real server error, which channels retry.
            logger.error({ event: 'auth-error', error: error instanceof Error ? error.message : String(error) }, 'could not check the token');
            return void res.status(500).json({ error: 'internal error' });
        }
        res.locals.activity = activity;
        next();
    }, 
    // After authentication, so the sender id is the one the channel vouched for and nobody can spend another's budget.
    limit(rateLimitPerMinute, 'sender', (req) => `from:${String(req.body.from.id).slice(0, 200)}`), async (_req, res) => {
        try {
            const invokeResponse = await adapter.runAuthenticated(res.locals.auth, res.locals.activity, (context) => bot.run(context));
            res.status(invokeResponse?.status ?? 200);
            if (invokeResponse?.body !== undefined)
                res.json(invokeResponse.body);
            else
                res.end();
        }
        catch (error) {
            logger.error({ event: 'activity-failed', error: error instanceof Error ? error.name : typeof error, detail: error instanceof Error ? error.message : String(error) }, 'activity could not be processed');
            if (!res.headersSent)
                res.status(500).json({ error: 'internal error' });
            else
                res.end();
        }
    });
    app.use((_req, res) => {
        res.status(404).json({ error: 'not found' });
    });
    app.use(errorHandler(log));
    return app;
}
/** A fixed-window limit per key; 0 turns it off. */
function limit(perMinute, name, key) {
    if (!perMinute)
        return (_req, _res, next) => next();
    return (0, express_rate_limit_1.rateLimit)({
        windowMs: 60_000,
        limit: perMinute,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        keyGenerator: key,
        validate: { keyGeneratorIpFallback: false },
        handler: (_req, res) => {
            res.status(429).json({ error: name === 'ip' ? 'too many requests from this address; please wait a minute' : 'too many messages; please wait a minute' });
        },
    });
}
/** Tokens are for the page this server serves: a browser's fetch from it carries this server's origin. */
function sameOrigin(req) {
    const origin = req.get('origin');
    if (!origin)
        return false;
    try {
        return new URL(origin).host === req.get('host');
    }
    catch {
        return false;
    }
}
/** Each token is a new Direct Line user; a page needs one per visit, so far fewer than messages. */
function tokenRateLimitPerMinute(ipPerMinute) {
    return ipPerMinute ? Math.max(1, Math.ceil(ipPerMinute / 60)) : 0;
}
/** botframework-connector's AuthenticationError carries the HTTP status it means. */
function isAuthenticationError(error) {
    const status = error?.statusCode;
    return status === 401 || status === 403;
}
/**
 * With authentication off nothing vouches for `serviceUrl`, and the bot would post replies wherever a
 * caller points it. Only allowed hosts get replies posted to them.
 */
function serviceUrlProblem(activity, allowed) {
    if (!allowed || activity.serviceUrl === undefined || activity.deliveryMode === 'expectReplies')
        return undefined;
    return allowed(activity.serviceUrl) ? undefined : 'activity.serviceUrl is not an allowed host';
}
/**
 * Security headers for the page. Web Chat injects its styles at run time, so styles allow 'unsafe-inline';
 * scripts come only from this server.
 */
function securityHeaders(directLineEndpoint) {
    const connect = ["'self'", ...(directLineEndpoint ? [directLineEndpoint, directLineEndpoint.replace(/^https:/, 'wss:')] : [])];
    return (0, helmet_1.default)({
        contentSecurityPolicy: {
            directives: {
                defaultSrc: ["'self'"],
                scriptSrc: ["'self'"],
                styleSrc: ["'self'", "'unsafe-inline'"],
                imgSrc: ["'self'", 'data:', 'blob:'],
                connectSrc: connect,
                fontSrc: ["'self'", 'data:'],
                objectSrc: ["'none'"],
                frameAncestors: ["'self'", 'https://teams.microsoft.com', 'https://*.teams.microsoft.com'],
            },
        },
        crossOriginEmbedderPolicy: false,
    });
}
function errorHandler(log) {
    return (error, _req, res, _next) => {
        const status = error.type === 'entity.too.large' ? 413 : error.type === 'entity.parse.failed' ? 400 : error.status && error.status < 500 ? error.status : 500;
        const message = status === 413 ? 'request body too large' : status === 400 ? 'malformed JSON' : status === 415 ? 'unsupported encoding' : status < 500 ? 'bad request' : 'internal error';
        log('http-error', `http ${status}: ${error.type ?? 'unexpected error'}`);
        if (!res.headersSent)
            res.status(status).json({ error: message });
    };
}
//# sourceMappingURL=app.js.map