import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type Azurite } from '../support/azurite';
import { startHttpBot, type HttpBot } from '../support/httpBot';

describe('D3: a storage outage mid-conversation (Azurite frozen)', () => {
  let azurite: Azurite;
  let bot: HttpBot;

  beforeAll(async () => {
    azurite = await startAzurite();
    bot = await startHttpBot({ stateStore: 'blob', blobConnectionString: azurite.connectionString, blobContainer: 'outage-test' });
  }, 60000);

  afterAll(async () => {
    await bot?.close();
    await azurite?.stop();
  }, 30000);

  it('tells the person within seconds that nothing was saved, and the conversation is intact when storage returns', async () => {
    const conversation = 'outage-1';
    const [question] = await bot.turn({ text: 'Work out my dates' }, conversation);
    expect(question!.text).toMatch(/What date was the Notice of Entry of Judgment/);

    azurite.pause();
    const started = Date.now();
    let replies;
    try {
      replies = await bot.turn({ text: '3/3/2026' }, conversation);
    } finally {
      azurite.resume();
    }
    const waited = Date.now() - started;
    expect(waited).toBeLessThan(12000);
    expect(replies.map((reply) => reply.text).join(' ')).toMatch(/couldn't save that.*send it again/i);
    expect(bot.logs.some((line) => line.event === 'turn-failed' && line.error === 'StorageUnavailableError')).toBe(true);

    // The calculator is still waiting for the date: the turn that failed changed nothing, and nothing was deleted.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [next] = await bot.turn({ text: '3/3/2026' }, conversation);
    expect(next!.text).not.toMatch(/What date was the Notice of Entry/);
    expect(next!.match).toMatchObject({ kind: 'dialog' });
  }, 40000);
});
