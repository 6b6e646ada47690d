import type { Storage, StoreItems } from 'botbuilder';

/**
 * Forgets conversations nobody has touched for `ttlMs`, so in-memory state does not grow forever.
 * (Blob storage expires old blobs with a lifecycle management rule instead; see the README.)
 */
export class ExpiringStorage implements Storage {
  private readonly touched = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly inner: Storage,
    private readonly ttlMs: number,
    sweepEveryMs = Math.min(ttlMs, 10 * 60 * 1000),
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
    for (const key of Object.keys(changes)) this.touched.set(key, time);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.touched.delete(key);
    await this.inner.delete(keys);
  }

  /** Deletes what expired; returns how many keys went. */
  async sweep(): Promise<number> {
    const cutoff = this.now() - this.ttlMs;
    const expired = [...this.touched].filter(([, time]) => time < cutoff).map(([key]) => key);
    if (expired.length) await this.delete(expired);
    return expired.length;
  }

  close(): void {
    clearInterval(this.timer);
  }
}
