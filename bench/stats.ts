import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The p-th percentile (0..100) of `values`, nearest-rank on a sorted copy. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Milliseconds since `start` (from process.hrtime.bigint()). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

let collector: (() => void) | undefined | null;

/**
 * A full garbage collection, when one can be had. `npm run bench` runs plain `tsx`, so --expose-gc
 * is not on the command line; V8 still lets a running process turn the flag on and hands the `gc`
 * function to any context created afterwards.
 */
export function collectGarbage(): boolean {
  if (collector === undefined) {
    const exposed: unknown = (globalThis as { gc?: unknown }).gc;
    if (typeof exposed === 'function') collector = () => void (exposed as () => void)();
    else {
      try {
        setFlagsFromString('--expose-gc');
        const gc: unknown = runInNewContext('gc');
        collector = typeof gc === 'function' ? () => void (gc as () => void)() : null;
      } catch {
        collector = null;
      }
    }
  }
  if (!collector) return false;
  collector();
  collector();
  return true;
}

export function heapUsedMb(): number {
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export function fmt(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align?: readonly ('l' | 'r')[]): string {
  const separator = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  return [header, separator, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function verdict(ok: boolean): string {
  return ok ? '**met**' : '**MISSED**';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
