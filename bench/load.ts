import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface LoadOptions {
  url: string;
  connections: number;
  durationS: number;
  /** Counter of the first request: picks its conversation and question. */
  firstRequest: number;
  prefix: string;
}

export interface LoadResult {
  connections: number;
  durationS: number;
  responses: number;
  /** 2xx responses per second. */
  rps: number;
  /** Latencies of 2xx responses, ms, exact (autocannon's own histogram rounds to whole ms). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses that were not a 200 with a message reply, or were the turn-error apology. */
  unanswered: number;
  nextRequest: number;
}

/**
 * Runs autocannon in a worker thread. tsx's loader does not follow into worker threads, so the
 * worker registers tsx's CommonJS hook itself before loading the TypeScript worker module.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const code = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'loadWorker.ts'))});`;
  const worker = new Worker(code, { eval: true, workerData: options, execArgv: [] });
  return new Promise<LoadResult>((resolve, reject) => {
    let result: LoadResult | undefined;
    worker.once('message', (message: LoadResult) => {
      result = message;
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`load worker exited with code ${code} and no result`));
    });
  });
}
