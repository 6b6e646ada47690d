import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from '../logging';
import { activityProblem } from './activityCheck';
import { webAssets } from './assets';
import { generateDirectLineToken, type FetchLike } from './directLineToken';
import { webPage } from './webPage';
import { withTimeout } from '../withTimeout';

export interface AppOptions {
  adapter: CloudAdapter;
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
export function createApp({ adapter, bot, entryCount, maxBodyBytes, logger, directLine, rateLimitPerMinute = 0, storageReady = async () => true }: AppOptions): Express {
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
  app.post('/api/directline/token', async (_req, res) => {
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

  app.post('/api/messages', express.json({ limit: maxBodyBytes }), messageRateLimit(rateLimitPerMinute), async (req: Request, res: Response) => {
    if (!req.is('application/json')) {
      res.status(415).json({ error: 'Content-Type must be application/json' });
      return;
    }
    const problem = activityProblem(req.body);
    if (problem) {
      log('activity-rejected', problem);
      res.status(400).json({ error: problem });
      return;
    }
    hideServerErrorDetails(res);
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      // CloudAdapter throws before its own error handling when the activity's shape is wrong.
      log('activity-failed', `activity could not be processed: ${error instanceof Error ? error.name : typeof error}`);
      if (!res.headersSent) res.status(400).json({ error: 'invalid activity' });
    }
  });

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(errorHandler(log));
  return app;
}

/**
 * Per-sender limit on /api/messages. Teams and Direct Line traffic all arrives from Microsoft's
 * servers, so the key is the sender in the activity (from.id), falling back to the client address.
 */
function messageRateLimit(perMinute: number) {
  if (!perMinute) return (_req: Request, _res: Response, next: () => void) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const from = (req.body as { from?: { id?: unknown } } | undefined)?.from?.id;
      return typeof from === 'string' && from ? `from:${from.slice(0, 200)}` : `ip:${req.ip ?? 'unknown'}`;
    },
    validate: { keyGeneratorIpFallback: false },
    handler: (_req, res) => {
      res.status(429).json({ error: 'too many messages; please wait a minute' });
    },
  });
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

/** CloudAdapter writes an exception's message into a 500 body; send a generic one instead. */
function hideServerErrorDetails(res: Response): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => (res.statusCode >= 500 ? send({ error: 'internal error' }) : send(body));
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
