import type { Storage, StoreItems } from 'botbuilder';

/** Another instance wrote this state after we read it; the turn must be rerun on fresh state. */
export class StateConflictError extends Error {
  constructor(readonly key: string) {
    super(`State for "${key}" changed while this turn ran`);
    this.name = 'StateConflictError';
  }
}

/**
 * botbuilder's BotState writes every change with eTag "*" (last writer wins), so two instances
 * handling turns of one conversation at once silently overwrite each other. This wrapper writes with
 * the eTag that was read instead, so the storage rejects a stale write; the bot then reruns the turn.
 */
export class OptimisticStorage implements Storage {
  private readonly seen = new Map<string, string>();

  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    for (const key of keys) {
      const eTag = (items[key] as { eTag?: unknown } | undefined)?.eTag;
      if (typeof eTag === 'string' && eTag !== '*') this.seen.set(key, eTag);
      else this.seen.delete(key);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const guarded: StoreItems = {};
    for (const [key, change] of Object.entries(changes)) {
      const item = change as { eTag?: string };
      const read = this.seen.get(key);
      guarded[key] = item.eTag === '*' && read ? { ...item, eTag: read } : item;
    }
    try {
      await this.inner.write(guarded);
    } catch (error) {
      const key = Object.keys(changes).find(() => true) ?? '';
      if (isConflict(error)) throw new StateConflictError(key);
      throw error;
    } finally {
      // The next turn reads again; a stale eTag must never be reused.
      for (const key of Object.keys(changes)) this.seen.delete(key);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.seen.delete(key);
    await this.inner.delete(keys);
  }
}

function isConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { statusCode, message } = error as { statusCode?: unknown; message?: unknown };
  return statusCode === 412 || (typeof message === 'string' && /etag conflict/i.test(message));
}
