import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityFrom, startHttpBot, type HttpBot } from '../support/httpBot';

const ODD_TYPES = ['message', 'message', 'message', 'conversationUpdate', 'messageReaction', 'typing', 'event', 'invoke', 'endOfConversation', 'installationUpdate', 'deleteUserData', 'handoff', 'trace', 'MESSAGE', '', ' ', 'message\u0000', '🤖'];

const oddText = fc.oneof(
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.constantFrom('', ' ', '\u200b\u200b', '\u202eevil', '<script>alert(1)</script>', '[x](javascript:alert(1))', '%s%s%n', '../../etc/passwd', '1', '99', '😡'.repeat(200), 'a'.repeat(20000), '\r\n\t'),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(undefined),
);

const oddAccount = fc.oneof(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }), name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }),
  fc.record({ id: fc.jsonValue({ maxDepth: 1 }) }),
  fc.constantFrom(undefined, null, 'user', 42, [], {}),
);

const FIELDS = ['type', 'text', 'from', 'conversation', 'channelId', 'channelData', 'value', 'entities', 'attachments', 'suggestedActions', 'membersAdded', 'id', 'locale', 'serviceUrl', 'recipient', 'replyToId', 'timestamp'] as const;

const junk = fc.oneof(
  oddText,
  oddAccount,
  fc.jsonValue({ maxDepth: 6 }),
  fc.array(fc.record({ type: fc.constantFrom('imBack', 'messageBack', 'openUrl', 'bogus'), title: fc.string({ maxLength: 30 }), value: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 4 }).map((actions) => ({ actions })),
  fc.array(fc.record({ type: fc.constantFrom('mention', 'clientInfo', 'x'), mentioned: oddAccount, text: fc.string({ maxLength: 30 }) }), { maxLength: 3 }),
);

/** A valid activity (expectReplies, so nothing leaves this machine) with one to three fields replaced by junk. */
const mutatedActivity = fc
  .record({
    type: fc.constantFrom(...ODD_TYPES),
    text: oddText,
    changes: fc.array(fc.tuple(fc.constantFrom(...FIELDS), junk), { minLength: 0, maxLength: 3 }),
  })
  .map(({ type, text, changes }) => {
    const body: Record<string, unknown> = { ...activityFrom({}), type, text };
    for (const [field, value] of changes) body[field] = value;
    return body;
  });

/** Mostly mutated activities that reach the bot, plus random records and bodies that are not activities at all. */
const oddBody = fc.oneof(
  { weight: 7, arbitrary: mutatedActivity },
  { weight: 2, arbitrary: fc.record({ type: fc.oneof(fc.constantFrom(...ODD_TYPES), fc.integer()), text: oddText, from: oddAccount, conversation: oddAccount, channelId: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

let bot: HttpBot;
beforeAll(async () => {
  bot = await startHttpBot();
});
afterAll(async () => {
  await bot.close();
});

describe('Fuzzing /api/messages with odd activities', () => {
  it('answers 5,000 malformed or odd requests without a 5xx, and still answers normal questions after', async () => {
    const bodies = fc.sample(oddBody, { numRuns: 5000, seed: 20261127 });
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const response = await bot.post(JSON.stringify(body ?? null));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        if (response.status >= 500 && failures.length < 5) failures.push(`${response.status} ${JSON.stringify(body).slice(0, 300)}`);
        expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    console.info(`fuzz statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(5000);

    const [answer] = await bot.turn({ text: 'how much can I sue for in small claims' }, 'after-fuzz');
    expect(answer!.match).toMatchObject({ kind: 'answer', id: 'claim-limits' });
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
  }, 180000);

  it('still answers a normal question sent with a bogus service URL for replies', async () => {
    const response = await bot.post(activityFrom({ text: 'hi', deliveryMode: undefined, serviceUrl: 'http://127.0.0.1:9/' }));
    expect(response.status).toBeLessThan(500);
  });
});
