import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/state/createStorage';

describe('D9: in-memory state is capped', () => {
  it('forgets the least recently written conversations beyond the cap and keeps the recent ones', async () => {
    const storage = createStorage({ store: 'memory', blobConnectionString: '', blobContainer: '', conversationTtlMs: 24 * 60 * 60 * 1000, maxConversations: 5 });
    for (let i = 0; i < 30; i += 1) await storage.write({ [`emulator/conversations/c${i}`]: { turns: i }, [`emulator/users/u${i}`]: { role: 'creditor' } });
    const kept = await storage.read(Array.from({ length: 30 }, (_, i) => `emulator/conversations/c${i}`));
    // Two keys per conversation (conversation and user state): the last five conversations stay.
    expect(Object.keys(kept).sort()).toEqual([25, 26, 27, 28, 29].map((i) => `emulator/conversations/c${i}`));
    expect((await storage.read(['emulator/users/u29']))['emulator/users/u29']).toMatchObject({ role: 'creditor' });
  });
});
