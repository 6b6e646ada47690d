import type { Storage, StoreItems } from 'botbuilder';
import { withTimeout } from '../withTimeout';

/** Another instance wrote this state after we read it; the turn must be rerun on fresh state. */
export class StateConflictError extends Error {
  constructor(readonly key: string) {
    super(`State for "${key}" changed while this turn ran`);
    this.name = 'StateConflictError';
  }
}

/** The state store did not answer or failed; nothing was saved, and the turn can be sent again. */
export class StorageUnavailableError extends Error {
  constructor(readonly operation: 'read' | 'write' | 'delete', cause: unknown) {
    super(`State storage failed to ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * botbuilder's BotState writes every change with eTag "*" (last writer wins), so two instances
 * handling turns of one conversation at once silently overwrite each other. This wrapper writes with
 * the eTag that was read instead, so the storage rejects a stale write; the bot then reruns the turn.
 */
export class OptimisticStorage implements Storage {
  private readonly seen = new Map<string, string>();

  /** `callTimeoutMs`: longest wait for one read, write or delete before the turn gives up (0 = none). */
  constructor(
    private readonly inner: Storage,
    private readonly callTimeoutMs = 0,
  ) {}

  private timed<T>(call: Promise<T>, operation: string): Promise<T> {
    return this.callTimeoutMs ? withTimeout(call, this.callTimeoutMs, `state storage ${operation}`) : call;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.timed(this.inner.read(keys), 'read').catch((error: unknown) => this.unavailable('read', error));
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
      await this.timed(this.inner.write(guarded), 'write');
    } catch (error) {
      const key = Object.keys(changes).find(() => true) ?? '';
      if (isConflict(error)) throw new StateConflictError(key);
      this.unavailable('write', error);
    } finally {
      // The next turn reads again; a stale eTag must never be reused.
      for (const key of Object.keys(changes)) this.seen.delete(key);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.seen.delete(key);
    await this.timed(this.inner.delete(keys), 'delete').catch((error: unknown) => this.unavailable('delete', error));
  }

  private unavailable(operation: StorageUnavailableError['operation'], error: unknown): never {
    // BlobsStorage remembers a failed "create the container" forever, so one outage at start-up
    // would fail every later turn; forget it so the next call tries again.
    const blobs = this.inner as { _initializePromise?: unknown };
    if ('_initializePromise' in blobs) blobs._initializePromise = undefined;
    throw new StorageUnavailableError(operation, error);
  }
}

function isConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { statusCode, message } = error as { statusCode?: unknown; message?: unknown };
  return statusCode === 412 || (typeof message === 'string' && /etag conflict/i.test(message));
}
