"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Drain = void 0;
/**
 * Counts HTTP requests in flight and, once draining, turns new ones away with 503 and
 * `Connection: close`, so keep-alive clients stop bringing turns to an instance that is stopping.
 */
class Drain {
    active = 0;
    draining = false;
    get inFlight() {
        return this.active;
    }
    start() {
        this.draining = true;
    }
    middleware = (_req, res, next) => {
        if (this.draining) {
            res.set('Connection', 'close').status(503).json({ error: 'shutting down; please retry' });
            return;
        }
        this.active += 1;
        let done = false;
        const finish = () => {
            if (done)
                return;
            done = true;
            this.active -= 1;
        };
        res.once('finish', finish);
        res.once('close', finish);
        next();
    };
}
exports.Drain = Drain;
//# sourceMappingURL=drain.js.map