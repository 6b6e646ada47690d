import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OptimisticStorage } from '../../src/state/optimisticStorage';
import { startAzurite, type Azurite } from '../support/azurite';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { shippedKnowledge } from '../support/testBot';

const { kb } = shippedKnowledge();

/** The turn counter ConversationState saved (its storage key is "<channel>/conversations/<id>/"). */
async function turnsCounted(bot: HttpBot, conversationId: string): Promise<number> {
  const key = `emulator/conversations/${conversationId}/`;
  const items = await bot.botServer.storage.read([key]);
  return (items[key] as { conversationData?: { turns?: number } } | undefined)?.conversationData?.turns ?? 0;
}

describe('Two instances on one Azurite blob container', () => {
  let azurite: Azurite;
  let first: HttpBot;
  let second: HttpBot;

  beforeAll(async () => {
    azurite = await startAzurite();
    const settings = { stateStore: 'blob' as const, blobConnectionString: azurite.connectionString, blobContainer: 'bot-state-test' };
    first = await startHttpBot(settings);
    second = await startHttpBot(settings);
  }, 60000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await azurite?.stop();
  }, 30000);

  it('carries the conversation (follow-ups, role) across instances turn by turn', async () => {
    const conversation = 'shared-1';
    const [answer] = await first.turn({ text: 'How do I collect my small claims judgment?' }, conversation);
    expect(answer!.match).toMatchObject({ kind: 'answer', id: 'collect-judgment' });

    const [picked] = await second.turn({ text: '2' }, conversation);
    expect(picked!.match).toMatchObject({ kind: 'answer', id: kb.byId.get('collect-judgment')!.followUps[1] });

    await first.turn({ text: "I won but he won't pay" }, conversation);
    const [bankruptcy] = await second.turn({ text: 'what happens to the judgment if someone files bankruptcy' }, conversation);
    // The side was learned on the first instance, so the second does not ask it and shows only that side.
    expect(bankruptcy!.match).toMatchObject({ kind: 'answer', id: 'bankruptcy' });
    expect(bankruptcy!.text).not.toContain('If you owe money');
  });

  it('loses no update when turns of one conversation hit both instances at once', async () => {
    const conversation = 'shared-race';
    await first.turn({ text: 'hello' }, conversation);
    const questions = ['how much can I sue for', 'can they take my car', 'what is a writ of execution', 'how do I serve the papers'];
    const sends = Array.from({ length: 12 }, (_, index) => (index % 2 ? second : first).turn({ text: questions[index % questions.length]! }, conversation));
    const results = await Promise.allSettled(sends);
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    for (const result of results) if (result.status === 'fulfilled') expect(result.value.length).toBeGreaterThan(0);
    expect(await turnsCounted(first, conversation)).toBe(13);
  }, 30000);
});

/** A store with network-like latency, so turns on two instances really interleave. */
class SlowStorage implements Storage {
  constructor(private readonly inner: Storage) {}
  private pause(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8));
  }
  async read(keys: string[]): Promise<StoreItems> {
    await this.pause();
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    await this.pause();
    await this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
  }
}

describe('Concurrent turns on a shared store', () => {
  it('reruns a turn that lost the race instead of overwriting the other instance\'s update', async () => {
    const shared = new SlowStorage(new MemoryStorage());
    const first = await startHttpBot({}, { storage: new OptimisticStorage(shared) });
    const second = await startHttpBot({}, { storage: new OptimisticStorage(shared) });
    try {
      await first.turn({ text: 'hello' }, 'race-memory');
      const sends = Array.from({ length: 20 }, (_, index) => (index % 2 ? second : first).turn({ text: 'can they take my car' }, 'race-memory'));
      const results = await Promise.allSettled(sends);
      expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
      expect(await turnsCounted(first, 'race-memory')).toBe(21);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('(control) without eTag checks, the same race loses updates', async () => {
    const shared = new SlowStorage(new MemoryStorage());
    const first = await startHttpBot({}, { storage: shared });
    const second = await startHttpBot({}, { storage: shared });
    try {
      await first.turn({ text: 'hello' }, 'race-control');
      await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 ? second : first).turn({ text: 'can they take my car' }, 'race-control')));
      const counted = await turnsCounted(first, 'race-control');
      expect(counted).toBeGreaterThan(0);
      expect(counted).toBeLessThan(21);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
