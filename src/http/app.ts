import express, { type ErrorRequestHandler, type Express, type NextFunction, type Request, type Response } from 'express';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { ChannelAdapter } from './channelAdapter';
import { randomUUID } from 'node:crypto';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from '../logging';
import { activityProblem, toActivity } from './activityCheck';
import { tokenProblem } from './channelToken';
import type { Drain } from './drain';
import { webAssets } from './assets';
import { generateDirectLineToken, type FetchLike } from './directLineToken';
import { webPage } from './webPage';
import { withTimeout } from '../withTimeout';

export interface AppOptions {
  adapter: ChannelAdapter;
  /** Token issuers accepted; undefined when authentication is off. */
  issuers?: ReadonlySet<string>;
  /** With authentication off: which serviceUrls replies may be posted to. */
  allowedServiceUrl?: (url: string) => boolean;
  drain: Drain;
  /** Requests per minute from one client address on /api/messages; 0 = no limit. */
  ipRateLimitPerMinute?: number;
  bot: ActivityHandler;
  /** Number of knowledge entries loaded, reported by /healthz. */
  entryCount: number;
  maxBodyBytes: number;
  logger: Logger;
  /** Messages per minute from one sender; 0 = no limit. */
  rateLimitPerMinute?: number;
  /** Whether state storage answers (for /readyz). */
  storageReady?: () => Promise<boolean>;
  /** When set, the page uses the real Direct Line channel with tokens from /api/directline/token. */
  directLine?: { secret: string; endpoint: string; fetch?: FetchLike };
}

/** The express app: the Bot Framework endpoint, a health check and the start page. */
export function createApp(options: AppOptions): Express {
  const { adapter, bot, entryCount, maxBodyBytes, logger, directLine, rateLimitPerMinute = 0, ipRateLimitPerMinute = 0, storageReady = async () => true } = options;
  const { issuers, allowedServiceUrl, drain } = options;
  const log = (event: string, message: string): void => logger.warn({ event }, message);
  const app = express();
  app.disable('x-powered-by');
  // The page and its assets get security headers; the bot endpoint (JSON in, JSON out) does not need them.
  const headers = securityHeaders(directLine?.endpoint);
  app.use((req, res, next) => (req.path.startsWith('/api/messages') ? next() : headers(req, res, next)));
  const assets = webAssets();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', entries: entryCount });
  });
  app.get('/readyz', async (_req, res) => {
    const storage = await withTimeout(storageReady(), 2000).catch(() => false);
    const ready = entryCount > 0 && storage;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', entries: entryCount, storage: storage ? 'ok' : 'unreachable' });
  });

  app.get('/', (_req, res) => {
    res.type('html').send(webPage());
  });
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/static/webchat.js', (_req, res) => {
    res.sendFile(assets.webChatBundle, { maxAge: '1d' });
  });
  app.use('/static', express.static(assets.publicDir, { maxAge: '1h', index: false }));

  app.get('/api/chat-config', (_req, res) => {
    res.json({ mode: directLine ? 'directline' : 'local' });
  });
  const pageOnly = (req: Request, res: Response, next: NextFunction): void => {
    if (sameOrigin(req)) return next();
    log('directline-token-refused', 'token request from another origin');
    res.status(403).json({ error: 'chat tokens are only for this site' });
  };
  app.post('/api/directline/token', pageOnly, limit(tokenRateLimitPerMinute(ipRateLimitPerMinute), 'ip', (req) => `token:${req.ip ?? 'unknown'}`), async (_req, res) => {
    if (!directLine) {
      res.status(404).json({ error: 'Direct Line is not configured; the page talks to /api/messages directly' });
      return;
    }
    try {
      const token = await generateDirectLineToken(directLine.secret, `dl_${randomUUID()}`, directLine.endpoint, directLine.fetch ?? fetch);
      res.set('Cache-Control', 'no-store').json(token);
    } catch (error) {
      log('directline-token-failed', error instanceof Error ? error.message : String(error));
      res.status(502).json({ error: 'could not get a chat token' });
    }
  });

  app.post(
    '/api/messages',
    drain.middleware,
    limit(ipRateLimitPerMinute, 'ip', (req) => `ip:${req.ip ?? 'unknown'}`),
    express.json({ limit: maxBodyBytes }),
    async (req: Request, res: Response, next: NextFunction) => {
      if (!req.is('application/json')) return void res.status(415).json({ error: 'Content-Type must be application/json' });
      const problem = activityProblem(req.body) ?? serviceUrlProblem(req.body as { serviceUrl?: string }, allowedServiceUrl);
      if (problem) {
        log('activity-rejected', problem);
        return void res.status(400).json({ error: problem });
      }
      const header = req.headers.authorization ?? '';
      // Checked before botbuilder sees the token (see channelToken.ts); logged at debug so forged requests cannot flood the logs.
      const forged = issuers ? tokenProblem(header, issuers) : undefined;
      if (forged) {
        logger.debug({ event: 'auth-rejected', reason: forged }, 'request not authenticated');
        return void res.status(401).json({ error: 'unauthorized' });
      }
      const activity = toActivity(req.body as Record<string, unknown>);
      try {
        res.locals.auth = await adapter.authenticate(activity, header);
      } catch (error) {
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
    limit(rateLimitPerMinute, 'sender', (req) => `from:${String((req.body as { from: { id: string } }).from.id).slice(0, 200)}`),
    async (_req: Request, res: Response) => {
      try {
        const invokeResponse = await adapter.runAuthenticated(res.locals.auth as Parameters<ChannelAdapter['runAuthenticated']>[0], res.locals.activity as Activity, (context) => bot.run(context));
        res.status(invokeResponse?.status ?? 200);
        if (invokeResponse?.body !== undefined) res.json(invokeResponse.body);
        else res.end();
      } catch (error) {
        logger.error({ event: 'activity-failed', error: error instanceof Error ? error.name : typeof error, detail: error instanceof Error ? error.message : String(error) }, 'activity could not be processed');
        if (!res.headersSent) res.status(500).json({ error: 'internal error' });
        else res.end();
      }
    },
  );

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(errorHandler(log));
  return app;
}

/** A fixed-window limit per key; 0 turns it off. */
function limit(perMinute: number, name: string, key: (req: Request) => string) {
  if (!perMinute) return (_req: Request, _res: Response, next: NextFunction) => next();
  return rateLimit({
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
function sameOrigin(req: Request): boolean {
  const origin = req.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

/** Each token is a new Direct Line user; a page needs one per visit, so far fewer than messages. */
function tokenRateLimitPerMinute(ipPerMinute: number): number {
  return ipPerMinute ? Math.max(1, Math.ceil(ipPerMinute / 60)) : 0;
}

/** botframework-connector's AuthenticationError carries the HTTP status it means. */
function isAuthenticationError(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return status === 401 || status === 403;
}

/**
 * With authentication off nothing vouches for `serviceUrl`, and the bot would post replies wherever a
 * caller points it. Only allowed hosts get replies posted to them.
 */
function serviceUrlProblem(activity: { serviceUrl?: string; deliveryMode?: unknown }, allowed: ((url: string) => boolean) | undefined): string | undefined {
  if (!allowed || activity.serviceUrl === undefined || activity.deliveryMode === 'expectReplies') return undefined;
  return allowed(activity.serviceUrl) ? undefined : 'activity.serviceUrl is not an allowed host';
}

/**
 * Security headers for the page. Web Chat injects its styles at run time, so styles allow 'unsafe-inline';
 * scripts come only from this server.
 */
function securityHeaders(directLineEndpoint: string | undefined) {
  const connect = ["'self'", ...(directLineEndpoint ? [directLineEndpoint, directLineEndpoint.replace(/^https:/, 'wss:')] : [])];
  return helmet({
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

interface BodyParserError {
  type?: string;
  status?: number;
}

function errorHandler(log: (event: string, message: string) => void): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, _next) => {
    const status = error.type === 'entity.too.large' ? 413 : error.type === 'entity.parse.failed' ? 400 : error.status && error.status < 500 ? error.status : 500;
    const message = status === 413 ? 'request body too large' : status === 400 ? 'malformed JSON' : status === 415 ? 'unsupported encoding' : status < 500 ? 'bad request' : 'internal error';
    log('http-error', `http ${status}: ${error.type ?? 'unexpected error'}`);
    if (!res.headersSent) res.status(status).json({ error: message });
  };
}
