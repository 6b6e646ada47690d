"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyedLock = void 0;
/**
 * Runs work for the same key one at a time, in arrival order; different keys run in parallel. Two
 * turns of one conversation (a double send) must not interleave their read-modify-write of state.
 */
class KeyedLock {
    tails = new Map();
    async run(key, work) {
        const previous = this.tails.get(key) ?? Promise.resolve();
        let release;
        const current = new Promise((resolve) => (release = resolve));
        const tail = previous.then(() => current);
        this.tails.set(key, tail);
        await previous;
        try {
            return await work();
        }
        finally {
            release();
            if (this.tails.get(key) === tail)
                this.tails.delete(key);
        }
    }
    /** Keys with work running or waiting; for shutdown and tests. */
    get busy() {
        return this.tails.size;
    }
}
exports.KeyedLock = KeyedLock;
//# sourceMappingURL=keyedLock.js.map