import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../../src/config';
import { activityFrom, startHttpBot } from '../support/httpBot';

const APP_ID = '6f1c3a52-93b1-4e0e-9d7c-1a1f0c2b7e11';
const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsignedToken = (claims: object): string => `Bearer ${b64({ alg: 'none' })}.${b64(claims)}.`;

/** A loopback HTTP server standing in for a channel's reply endpoint; `answer` false = accept and never answer. */
async function channelStub(answer: boolean): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    if (answer) req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('D2/D12: unauthenticated requests are turned away cheaply, as JSON', () => {
  it('keeps answering 401 at a steady rate after 20,000 forged tokens with fresh tenant ids, writing nothing to stderr', async () => {
    const bot = await startHttpBot({ microsoftAppId: APP_ID, microsoftAppPassword: 'x' });
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const body = JSON.stringify(activityFrom({ text: 'hi' }));
      const round = async (count: number): Promise<number> => {
        let sent = 0;
        const started = performance.now();
        await Promise.all(
          Array.from({ length: 16 }, async () => {
            while (sent < count) {
              sent += 1;
              const response = await bot.post(body, { authorization: unsignedToken({ iss: 'x', tid: randomUUID() }) });
              expect(response.status).toBe(401);
              await response.arrayBuffer();
            }
          }),
        );
        return count / ((performance.now() - started) / 1000);
      };
      const first = await round(2000);
      await round(16000);
      const last = await round(2000);
      // Before the guard the rate fell by half within the first 20k and kept falling.
      expect(last).toBeGreaterThan(first * 0.6);
      const response = await bot.post(body);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toEqual({ error: 'unauthorized' });
    } finally {
      process.stderr.write = write;
      await bot.close();
    }
    expect(stderr.join('')).toBe('');
  }, 300000);
});

describe('D4: server errors reach the client as 5xx', () => {
  it('answers 500 (not 400 after a stack overflow) when the signing keys cannot be fetched', async () => {
    const bot = await startHttpBot({ microsoftAppId: APP_ID, microsoftAppPassword: 'x' });
    try {
      // The issuer is the channel's, so botbuilder tries to download its keys; that fails with no network.
      const token = `Bearer ${b64({ alg: 'RS256', kid: 'k' })}.${b64({ iss: 'https://api.botframework.com', aud: APP_ID })}.c2ln`;
      const response = await bot.post(activityFrom({ text: 'hi' }), { authorization: token });
      expect([401, 500]).toContain(response.status);
      expect(await response.json()).toEqual({ error: response.status === 401 ? 'unauthorized' : 'internal error' });
      expect(bot.logs.some((line) => String(line.detail ?? line.error ?? '').includes('Maximum call stack'))).toBe(false);
    } finally {
      await bot.close();
    }
  }, 60000);
});

describe('D5: rate limits cannot be turned against a user', () => {
  it('does not count unauthenticated requests against the sender they name', async () => {
    const bot = await startHttpBot({ microsoftAppId: APP_ID, microsoftAppPassword: 'x', rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await bot.post(activityFrom({ text: 'hi', from: { id: '29:victim', name: 'V' } }))).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    } finally {
      await bot.close();
    }
  });

  it('limits requests per client address', async () => {
    const bot = await startHttpBot({ ipRateLimitPerMinute: 4 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await bot.post(activityFrom({ text: 'hi', from: { id: `user-${i}`, name: 'U' } }))).status);
      expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
      expect(statuses.slice(4)).toEqual([429, 429]);
    } finally {
      await bot.close();
    }
  });

  it('gives Direct Line tokens only to this site’s page, and only a few per address', async () => {
    const fetch = async () => ({ ok: true, status: 200, json: async () => ({ token: 't', conversationId: 'c', expires_in: 3600 }) });
    const bot = await startHttpBot({ directLineSecret: 's', ipRateLimitPerMinute: 120 }, { fetch });
    try {
      const host = new URL(bot.url).host;
      const post = (origin?: string) => globalThis.fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: origin ? { origin } : {} });
      expect((await post()).status).toBe(403);
      expect((await post('https://evil.example')).status).toBe(403);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await post(`http://${host}`)).status);
      expect(statuses).toEqual([200, 200, 429, 429]);
    } finally {
      await bot.close();
    }
  });
});

describe('D6: shutdown drains', () => {
  it('answers 503 with Connection: close once draining, and reports requests it had to cut', async () => {
    const stall = await channelStub(false);
    const bot = await startHttpBot({ shutdownTimeoutMs: 300, allowAnonymous: true });
    try {
      // A turn whose reply never gets through stays in flight until shutdown gives up on it.
      const inFlight = bot.post({ ...activityFrom({ text: 'can they take my car' }, 'd6'), deliveryMode: 'normal', serviceUrl: stall.url }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stopping = bot.botServer.shutdown(bot.server);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await stopping).toBe(1);
      await inFlight;
    } finally {
      await stall.close();
    }
  }, 30000);

  it('turns a new request on a kept-alive connection away with 503', async () => {
    const bot = await startHttpBot();
    await bot.turn({ text: 'hi' }, 'd6b');
    const stopping = bot.botServer.shutdown(bot.server);
    const response = await bot.post(activityFrom({ text: 'hi' }, 'd6b')).catch(() => undefined);
    if (response) {
      expect(response.status).toBe(503);
      expect(response.headers.get('connection')).toBe('close');
    }
    expect(await stopping).toBe(0);
  });
});

describe('D7: a stalled channel holds nothing', () => {
  it('frees the conversation when the channel never answers a reply, and the typing indicator does not delay the answer', async () => {
    const stall = await channelStub(false);
    const bot = await startHttpBot();
    try {
      const send = (text: string) => bot.post({ ...activityFrom({ text }, 'd7'), deliveryMode: 'normal', serviceUrl: stall.url });
      const started = Date.now();
      const first = await send('can they take my car');
      await first.arrayBuffer();
      expect(Date.now() - started).toBeLessThan(12000);
      // The next turn of the same conversation is not stuck behind the first.
      const answered = await bot.turn({ text: 'hi' }, 'd7');
      expect(answered.length).toBeGreaterThan(0);
    } finally {
      await bot.close();
      await stall.close();
    }
  }, 30000);
});

describe('D8: with authentication off, replies go only to allowed hosts', () => {
  it('refuses a serviceUrl on another host, and posts to loopback as before', async () => {
    const listener = await channelStub(true);
    const bot = await startHttpBot({ allowAnonymous: true });
    try {
      const refused = await bot.post({ ...activityFrom({ text: 'hi' }, 'd8'), deliveryMode: 'normal', serviceUrl: 'http://169.254.169.254/internal/admin/' });
      expect(refused.status).toBe(400);
      const allowed = await bot.post({ ...activityFrom({ text: 'hi' }, 'd8'), deliveryMode: 'normal', serviceUrl: `${listener.url}/internal/` });
      expect(allowed.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(listener.hits.length).toBeGreaterThan(0);
    } finally {
      await bot.close();
      await listener.close();
    }
  });
});

describe('D10: odd but schema-valid activities get a normal reply', () => {
  it('reads a message with a non-string locale and a Teams mention with missing parts without failing the turn', async () => {
    const bot = await startHttpBot();
    try {
      for (const locale of [7, {}, []]) {
        const replies = await bot.turn({ text: 'judgment', locale: locale as unknown as string }, `d10-${typeof locale}`);
        expect(replies.map((reply) => reply.text).join(' ')).not.toMatch(/something went wrong/);
      }
      const teams = { channelId: 'msteams', conversation: { id: 'd10t', conversationType: 'groupChat', isGroup: true, name: '' }, recipient: { id: '28:bot', name: 'Bot' } };
      for (const entities of [[{ type: 'mention', text: '<at>Bot</at>' }], [{ type: 'mention', mentioned: { id: '28:bot' } }]]) {
        const replies = await bot.turn({ ...teams, text: '<at>Bot</at> how do I collect', entities } as never, 'd10t');
        expect(replies.map((reply) => reply.text).join(' ')).not.toMatch(/something went wrong/);
      }
      expect(bot.logs.filter((line) => line.event === 'turn-failed')).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('answers a non-string locale at the date prompt, and a Teams mention of the bot with no text at all', async () => {
    const bot = await startHttpBot();
    try {
      await bot.turn({ text: 'Work out my dates' }, 'd10-prompt');
      const atPrompt = await bot.turn({ text: 'March 3, 2026', locale: 7 as unknown as string }, 'd10-prompt');
      expect(atPrompt.map((reply) => reply.text).join(' ')).not.toMatch(/something went wrong/);
      const teams = { channelId: 'msteams', conversation: { id: 'd10n', conversationType: 'groupChat', isGroup: true, name: '' }, recipient: { id: '28:bot', name: 'Bot' } };
      const noText = await bot.post({ ...activityFrom({}, 'd10n'), ...teams, text: undefined, entities: [{ type: 'mention', text: '<at>Bot</at>', mentioned: { id: '28:bot' } }] });
      expect(noText.status).toBe(200);
      expect(JSON.stringify(await noText.json())).not.toMatch(/something went wrong/);
      expect(bot.logs.filter((line) => line.event === 'turn-failed')).toEqual([]);
    } finally {
      await bot.close();
    }
  });
});

describe('D12: an unauthenticated request leaves no trace on stderr and gets a JSON 401', () => {
  it('answers one unsigned request with {"error":"unauthorized"} and writes nothing to stderr', async () => {
    const bot = await startHttpBot({ microsoftAppId: APP_ID, microsoftAppPassword: 'x' });
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const error = console.error;
    process.stderr.write = ((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    console.error = (...parts: unknown[]) => void stderr.push(parts.map(String).join(' '));
    try {
      const response = await bot.post(activityFrom({ text: 'hi' }));
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toEqual({ error: 'unauthorized' });
    } finally {
      process.stderr.write = write;
      console.error = error;
      await bot.close();
    }
    expect(stderr.join('')).toBe('');
  });
});

describe('D11 and settings: one schema, clear errors', () => {
  it.each(['Production', 'prod', 'production ', 'staging'])('refuses to start without an app id when NODE_ENV=%j', (nodeEnv) => {
    expect(() => loadSettings({ NODE_ENV: nodeEnv })).toThrow(/Refusing to start/);
  });

  it('names the variable and the value it could not use', () => {
    expect(() => loadSettings({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadSettings({ PORT: 'eighty' })).toThrow(/PORT .*"eighty"/);
    expect(() => loadSettings({ CONVERSATION_TTL_HOURS: '0' })).toThrow(/CONVERSATION_TTL_HOURS must be more than 0/);
    expect(() => loadSettings({ STATE_STORE: 'redis' })).toThrow(/STATE_STORE/);
    expect(() => loadSettings({ ALLOW_ANONYMOUS: 'maybe' })).toThrow(/ALLOW_ANONYMOUS/);
    expect(loadSettings({ CONVERSATION_TTL_HOURS: '0.5', NODE_ENV: 'Development' })).toMatchObject({ conversationTtlHours: 0.5, nodeEnv: 'development' });
  });
});
