"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLogger = createLogger;
exports.hashId = hashId;
const node_crypto_1 = require("node:crypto");
const pino_1 = __importDefault(require("pino"));
/** Structured JSON logs, one object per line. */
function createLogger(level, destination) {
    return (0, pino_1.default)({ level, base: { service: 'small-claims-helper' }, timestamp: pino_1.default.stdTimeFunctions.isoTime }, destination);
}
/** A short, stable, non-reversible stand-in for an id, so logs can group turns without naming anyone. */
function hashId(value) {
    return (0, node_crypto_1.createHash)('sha256').update(value).digest('hex').slice(0, 12);
}
//# sourceMappingURL=logging.js.map