import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../../src/config';
import { activityFrom, startHttpBot, type HttpBot } from '../support/httpBot';

let bot: HttpBot;
beforeAll(async () => {
  bot = await startHttpBot();
});
afterAll(async () => {
  await bot.close();
});

describe('POST /api/messages', () => {
  it('answers a question in the HTTP response when deliveryMode is expectReplies', async () => {
    const replies = await bot.turn({ text: 'how much can i sue for in small claims' });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.match).toMatchObject({ kind: 'answer', id: 'claim-limits' });
    expect(replies[0]!.text).toContain('$12,500');
    expect(replies[0]!.text).toMatch(/Source: \[.+\]\(https:\/\//);
  });

  it('keeps the conversation context between HTTP turns', async () => {
    await bot.turn({ text: 'How do I collect my small claims judgment?' }, 'ctx-1');
    const [picked] = await bot.turn({ text: '1' }, 'ctx-1');
    expect(picked!.match?.kind).toBe('answer');
    const [fresh] = await bot.turn({ text: '1' }, 'ctx-2');
    expect(fresh!.match?.kind).not.toBe('answer');
  });

  it('welcomes people on conversationUpdate with three starter questions and the disclaimer', async () => {
    const replies = await bot.turn({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1', name: 'User' }, { id: 'bot', name: 'bot' }] });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('not legal advice');
    expect(replies[0]!.choices).toHaveLength(3);
  });

  it.each(['messageReaction', 'typing', 'somethingNew', 'endOfConversation'])('accepts a %s activity without replying or failing', async (type) => {
    const response = await bot.post(activityFrom({ type, text: undefined }));
    expect(response.status).toBeLessThan(300);
  });

  it('tells people who send only an attachment that it reads text', async () => {
    const replies = await bot.turn({ text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/a.png' }] });
    expect(replies[0]!.text).toContain('I can only read text questions');
  });

  it('politely refuses a 10,000-character message', async () => {
    const replies = await bot.turn({ text: 'why '.repeat(2500) });
    expect(replies[0]!.text).toContain('too long');
  });

  it.each([
    ['emoji', '😡😡 he still wont pay me 💸💸'],
    ['Spanish', '¿Cuánto me pueden quitar de mi cheque?'],
    ['Chinese', '我可以在小额法庭起诉吗'],
    ['control characters', 'bank\u0000 levy\u200b?'],
  ])('replies to %s text without failing', async (_name, text) => {
    const replies = await bot.turn({ text });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]!.match).toBeDefined();
  });

  it('never reflects the user\'s text back as a link or HTML', async () => {
    const text = '<script>alert(1)</script> [click me](https://evil.example/x) <img src=x onerror=alert(1)>';
    const replies = await bot.turn({ text });
    for (const reply of replies) {
      expect(reply.text).not.toContain('evil.example');
      expect(reply.text).not.toContain('<script>');
      expect(reply.text).not.toContain('onerror');
    }
  });

  it('rejects malformed JSON with 400 and a short JSON error', async () => {
    const response = await bot.post('{"type": "message", ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'malformed JSON' });
  });

  it('rejects a body over the size limit with 413', async () => {
    const response = await bot.post(activityFrom({ text: 'x'.repeat(300 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('rejects a non-JSON content type with 415', async () => {
    const response = await bot.post('type=message', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(415);
  });

  it.each([
    ['no type', { ...activityFrom({}), type: undefined }],
    ['a numeric type', { ...activityFrom({}), type: 42 }],
    ['no conversation', { ...activityFrom({}), conversation: undefined }],
    ['no sender', { ...activityFrom({}), from: undefined }],
    ['text that is not a string', { ...activityFrom({}), text: { nested: true } }],
    ['an array body', [activityFrom({})]],
  ])('rejects an activity with %s with 400, without internal details', async (_name, body) => {
    const response = await bot.post(JSON.stringify(body));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .+\.js:\d+|Error:/);
  });
});

describe('GET /healthz', () => {
  it('reports the number of knowledge entries', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { entries: number };
    expect(body.entries).toBeGreaterThanOrEqual(25);
  });
});

describe('Production guard', () => {
  it('refuses to start in production without an app id, and says why in one line', () => {
    expect(() => loadSettings({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadSettings({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId/);
  });

  it('starts in production without an app id only when ALLOW_ANONYMOUS=true', () => {
    expect(loadSettings({ NODE_ENV: 'production', ALLOW_ANONYMOUS: 'true' }).allowAnonymous).toBe(true);
  });
});

describe('Authentication', () => {
  it('rejects an unsigned request with 401 when an app id is configured', async () => {
    const secured = await startHttpBot({ microsoftAppId: '00000000-0000-0000-0000-000000000001', microsoftAppPassword: 'not-a-real-secret' });
    try {
      const response = await secured.post(activityFrom({ text: 'hello' }));
      expect(response.status).toBe(401);
      expect(await response.text()).not.toMatch(/Error|at .+\.js/);
    } finally {
      await secured.close();
    }
  });
});
