"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExpiringStorage = void 0;
/**
 * Keeps in-memory state bounded: forgets conversations nobody has touched for `ttlMs`, and beyond
 * `maxKeys` the least recently written ones, so a flood of new conversations cannot grow memory without
 * limit. (Blob storage expires old blobs with a lifecycle management rule instead; see the README.)
 */
class ExpiringStorage {
    inner;
    ttlMs;
    maxKeys;
    now;
    /** Keys in the order they were last written (a Map keeps insertion order), with the time. */
    touched = new Map();
    timer;
    constructor(inner, ttlMs, maxKeys = Infinity, sweepEveryMs = Math.max(1000, Math.min(ttlMs, 10 * 60 * 1000)), now = Date.now) {
        this.inner = inner;
        this.ttlMs = ttlMs;
        this.maxKeys = maxKeys;
        this.now = now;
        this.timer = setInterval(() => void this.sweep(), sweepEveryMs);
        this.timer.unref();
    }
    read(keys) {
        return this.inner.read(keys);
    }
    async write(changes) {
        await this.inner.write(changes);
        const time = this.now();
        for (const key of Object.keys(changes)) {
            this.touched.delete(key);
            this.touched.set(key, time);
        }
        const excess = this.touched.size - this.maxKeys;
        if (excess > 0)
            await this.delete([...this.oldest(excess)]);
    }
    async delete(keys) {
        for (const key of keys)
            this.touched.delete(key);
        await this.inner.delete(keys);
    }
    /** Deletes what expired; returns how many keys went. Oldest first, so it stops at the first fresh key. */
    async sweep() {
        const cutoff = this.now() - this.ttlMs;
        const expired = [];
        for (const [key, time] of this.touched) {
            if (time >= cutoff)
                break;
            expired.push(key);
        }
        if (expired.length)
            await this.delete(expired);
        return expired.length;
    }
    get size() {
        return this.touched.size;
    }
    close() {
        clearInterval(this.timer);
    }
    *oldest(count) {
        for (const key of this.touched.keys()) {
            if (count-- <= 0)
                return;
            yield key;
        }
    }
}
exports.ExpiringStorage = ExpiringStorage;
//# sourceMappingURL=expiringStorage.js.map