"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OptimisticStorage = exports.StorageUnavailableError = exports.StateConflictError = void 0;
const withTimeout_1 = require("../withTimeout");
/** Another instance wrote this state after we read it; the turn must be rerun on fresh state. */
class StateConflictError extends Error {
    key;
    constructor(key) {
        super(`State for "${key}" changed while this turn ran`);
        this.key = key;
        this.name = 'StateConflictError';
    }
}
exports.StateConflictError = StateConflictError;
/** The state store did not answer or failed; nothing was saved, and the turn can be sent again. */
class StorageUnavailableError extends Error {
    operation;
    constructor(operation, cause) {
        super(`State storage failed to ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.operation = operation;
        this.name = 'StorageUnavailableError';
    }
}
exports.StorageUnavailableError = StorageUnavailableError;
/**
 * botbuilder's BotState writes every change with eTag "*" (last writer wins), so two instances
 * handling turns of one conversation at once silently overwrite each other. This wrapper writes with
 * the eTag that was read instead, so the storage rejects a stale write; the bot then reruns the turn.
 */
class OptimisticStorage {
    inner;
    callTimeoutMs;
    seen = new Map();
    /** `callTimeoutMs`: longest wait for one read, write or delete before the turn gives up (0 = none). */
    constructor(inner, callTimeoutMs = 0) {
        this.inner = inner;
        this.callTimeoutMs = callTimeoutMs;
    }
    timed(call, operation) {
        return this.callTimeoutMs ? (0, withTimeout_1.withTimeout)(call, this.callTimeoutMs, `state storage ${operation}`) : call;
    }
    async read(keys) {
        const items = await this.timed(this.inner.read(keys), 'read').catch((error) => this.unavailable('read', error));
        for (const key of keys) {
            const eTag = items[key]?.eTag;
            if (typeof eTag === 'string' && eTag !== '*')
                this.seen.set(key, eTag);
            else
                this.seen.delete(key);
        }
        return items;
    }
    async write(changes) {
        const guarded = {};
        for (const [key, change] of Object.entries(changes)) {
            const item = change;
            const read = this.seen.get(key);
            guarded[key] = item.eTag === '*' && read ? { ...item, eTag: read } : item;
        }
        try {
            await this.timed(this.inner.write(guarded), 'write');
        }
        catch (error) {
            const key = Object.keys(changes).find(() => true) ?? '';
            if (isConflict(error))
                throw new StateConflictError(key);
            this.unavailable('write', error);
        }
        finally {
            // The next turn reads again; a stale eTag must never be reused.
            for (const key of Object.keys(changes))
                this.seen.delete(key);
        }
    }
    async delete(keys) {
        for (const key of keys)
            this.seen.delete(key);
        await this.timed(this.inner.delete(keys), 'delete').catch((error) => this.unavailable('delete', error));
    }
    unavailable(operation, error) {
        // BlobsStorage remembers a failed "create the container" forever, so one outage at start-up
        // would fail every later turn; forget it so the next call tries again.
        const blobs = this.inner;
        if ('_initializePromise' in blobs)
            blobs._initializePromise = undefined;
        throw new StorageUnavailableError(operation, error);
    }
}
exports.OptimisticStorage = OptimisticStorage;
function isConflict(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const { statusCode, message } = error;
    return statusCode === 412 || (typeof message === 'string' && /etag conflict/i.test(message));
}
//# sourceMappingURL=optimisticStorage.js.map