import { describe, expect, it } from 'vitest';
import { createTestBot } from '../support/testBot';
import { FACT_CASES } from './facts';

describe('Questions that give their facts get the worked-out answer, result first', () => {
  it('has a table of at least 60 phrasings', () => {
    expect(FACT_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(FACT_CASES.map((each) => [each.says, each] as const))('%s', async (_says, { before = [], says, leads, also = [] }) => {
    const bot = createTestBot();
    for (const text of before) await bot.say(text);
    const replies = await bot.say(says);
    const shown = replies.map((reply) => reply.text).join('\n---\n');
    const reply = replies.find((each) => each.text.split('\n')[0]!.includes(leads));
    expect(reply, `a reply to "${says}" leads with "${leads}"; got:\n${shown}`).toBeDefined();
    const choices = replies.flatMap((each) => each.choices).join(' | ');
    for (const fragment of also) expect(`${shown}\n${choices}`).toContain(fragment);
  });
});
