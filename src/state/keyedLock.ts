/**
 * Runs work for the same key one at a time, in arrival order; different keys run in parallel. Two
 * turns of one conversation (a double send) must not interleave their read-modify-write of state.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with work running or waiting; for shutdown and tests. */
  get busy(): number {
    return this.tails.size;
  }
}
