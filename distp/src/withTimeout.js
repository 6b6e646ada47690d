"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TimeoutError = void 0;
exports.withTimeout = withTimeout;
class TimeoutError extends Error {
    what;
    ms;
    constructor(what, ms) {
        super(`${what} did not answer within ${ms} ms`);
        this.what = what;
        this.ms = ms;
        this.name = 'TimeoutError';
    }
}
exports.TimeoutError = TimeoutError;
/**
 * Rejects with a TimeoutError when `promise` takes longer than `ms`. For calls whose client offers no
 * timeout of its own (the Azure SDK's per-try timeout is only a hint sent to the server).
 */
function withTimeout(promise, ms, what = 'the call') {
    let timer;
    const timeout = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
//# sourceMappingURL=withTimeout.js.map