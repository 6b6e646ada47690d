import type { Storage, StoreItems } from 'botbuilder';

/**
 * Keeps in-memory state bounded: forgets conversations nobody has touched for `ttlMs`, and beyond
 * `maxKeys` the least recently written ones, so a flood of new conversations cannot grow memory without
 * limit. (Blob storage expires old blobs with a lifecycle management rule instead; see the README.)
 */
export class ExpiringStorage implements Storage {
  /** Keys in the order they were last written (a Map keeps insertion order), with the time. */
  private readonly touched = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly inner: Storage,
    private readonly ttlMs: number,
    private readonly maxKeys = Infinity,
    sweepEveryMs = Math.max(1000, Math.min(ttlMs, 10 * 60 * 1000)),
    private readonly now: () => number = Date.now,
  ) {
    this.timer = setInterval(() => void this.sweep(), sweepEveryMs);
    this.timer.unref();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.inner.write(changes);
    const time = this.now();
    for (const key of Object.keys(changes)) {
      this.touched.delete(key);
      this.touched.set(key, time);
    }
    const excess = this.touched.size - this.maxKeys;
    if (excess > 0) await this.delete([...this.oldest(excess)]);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.touched.delete(key);
    await this.inner.delete(keys);
  }

  /** Deletes what expired; returns how many keys went. Oldest first, so it stops at the first fresh key. */
  async sweep(): Promise<number> {
    const cutoff = this.now() - this.ttlMs;
    const expired: string[] = [];
    for (const [key, time] of this.touched) {
      if (time >= cutoff) break;
      expired.push(key);
    }
    if (expired.length) await this.delete(expired);
    return expired.length;
  }

  get size(): number {
    return this.touched.size;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private *oldest(count: number): Iterable<string> {
    for (const key of this.touched.keys()) {
      if (count-- <= 0) return;
      yield key;
    }
  }
}
