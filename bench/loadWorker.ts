import autocannon from 'autocannon';
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadOptions, LoadResult } from './load';
import { percentile } from './stats';
import { activityBody, looksAnswered } from './traffic';

/**
 * Runs in a worker thread, so the load generator has its own event loop (and core) and the bot under
 * test, on the main thread, does not share one with autocannon.
 */
function run(options: LoadOptions): void {
  let counter = options.firstRequest;
  let unanswered = 0;
  const latencies: number[] = [];

  const done = (result: autocannon.Result): void => {
    const answered = result['2xx'];
    const summary: LoadResult = {
      connections: options.connections,
      durationS: result.duration,
      responses: answered + result.non2xx,
      rps: answered / result.duration,
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: latencies.length ? latencies.reduce((max, t) => Math.max(max, t), 0) : Number.NaN,
      mean: latencies.reduce((sum, t) => sum + t, 0) / latencies.length,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      unanswered,
      nextRequest: counter,
    };
    parentPort?.postMessage(summary);
  };

  const options_: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    timeout: 30,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: '/api/messages',
        setupRequest: (request) => {
          request.body = activityBody(counter, options.prefix);
          counter += 1;
          return request;
        },
        onResponse: (status, body) => {
          if (!looksAnswered(status, body)) unanswered += 1;
        },
      },
    ],
  };
  const instance = autocannon(options_, (error: unknown, result: autocannon.Result) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    done(result);
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
}

run(workerData as LoadOptions);
