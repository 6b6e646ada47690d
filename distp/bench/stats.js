"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentile = percentile;
exports.median = median;
exports.msSince = msSince;
exports.collectGarbage = collectGarbage;
exports.heapUsedMb = heapUsedMb;
exports.fmt = fmt;
exports.table = table;
exports.verdict = verdict;
exports.sleep = sleep;
const node_v8_1 = require("node:v8");
const node_vm_1 = require("node:vm");
/** The p-th percentile (0..100) of `values`, nearest-rank on a sorted copy. */
function percentile(values, p) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
function median(values) {
    return percentile(values, 50);
}
/** Milliseconds since `start` (from process.hrtime.bigint()). */
function msSince(start) {
    return Number(process.hrtime.bigint() - start) / 1e6;
}
let collector;
/**
 * A full garbage collection, when one can be had. `npm run bench` runs plain `tsx`, so --expose-gc
 * is not on the command line; V8 still lets a running process turn the flag on and hands the `gc`
 * function to any context created afterwards.
 */
function collectGarbage() {
    if (collector === undefined) {
        const exposed = globalThis.gc;
        if (typeof exposed === 'function')
            collector = () => void exposed();
        else {
            try {
                (0, node_v8_1.setFlagsFromString)('--expose-gc');
                const gc = (0, node_vm_1.runInNewContext)('gc');
                collector = typeof gc === 'function' ? () => void gc() : null;
            }
            catch {
                collector = null;
            }
        }
    }
    if (!collector)
        return false;
    collector();
    collector();
    return true;
}
function heapUsedMb() {
    return process.memoryUsage().heapUsed / 2 ** 20;
}
function fmt(value, digits = 1) {
    if (!Number.isFinite(value))
        return 'n/a';
    return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
function table(header, rows, align) {
    const separator = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
    return [header, separator, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
function verdict(ok) {
    return ok ? '**met**' : '**MISSED**';
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
