import { performance } from 'node:perf_hooks';
import { BOT_LABELS, createBotApp, listen, type BotKind } from './bots';
import { runLoad, type LoadResult } from './load';
import { collectGarbage, fmt, table, verdict } from './stats';
import { activityBody, checkReply, QUESTIONS } from './traffic';

export const CONNECTIONS = [1, 16, 64] as const;
export const RUN_SECONDS = 5;
const WARMUP_SECONDS = 2;
/** Targets at 16 connections, against reference (c). */
export const THROUGHPUT_TARGET = 0.85;
export const P99_TARGET = 1.3;
const ORDER: readonly BotKind[] = ['echo', 'dialogs', 'smallclaims'];

export interface HttpRun extends LoadResult {
  /** Event-loop utilisation of the bot's (main) thread during the run: 1 = CPU-bound. */
  elu: number;
}

export interface HttpBotResult {
  kind: BotKind;
  samples: Array<{ question: string; replies: number; text: string }>;
  runs: HttpRun[];
}

export interface HttpReport {
  bots: HttpBotResult[];
}

export async function runHttpBench(progress: (line: string) => void = () => undefined): Promise<HttpReport> {
  const bots: HttpBotResult[] = [];
  for (const kind of ORDER) {
    collectGarbage();
    const bot = await listen(await createBotApp(kind));
    try {
      const samples: HttpBotResult['samples'] = [];
      for (let i = 0; i < QUESTIONS.length; i += 1) {
        const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activityBody(i, 'preflight') });
        const check = checkReply(response.status, await response.text());
        if (!check.ok) throw new Error(`${BOT_LABELS[kind]} did not answer "${QUESTIONS[i]}": ${check.firstText}`);
        samples.push({ question: QUESTIONS[i]!, replies: check.replies, text: check.firstText });
      }
      let next = 0;
      const warm = await runLoad({ url: bot.url, connections: 16, durationS: WARMUP_SECONDS, firstRequest: next, prefix: 'bench' });
      next = warm.nextRequest;
      const runs: HttpRun[] = [];
      for (const connections of CONNECTIONS) {
        const before = performance.eventLoopUtilization();
        const result = await runLoad({ url: bot.url, connections, durationS: RUN_SECONDS, firstRequest: next, prefix: 'bench' });
        const elu = performance.eventLoopUtilization(before).utilization;
        next = result.nextRequest;
        runs.push({ ...result, elu });
        progress(`http ${kind} c=${connections}: ${fmt(result.rps, 0)} req/s, p50 ${fmt(result.p50, 2)} ms, p99 ${fmt(result.p99, 2)} ms, unanswered ${result.unanswered}`);
      }
      bots.push({ kind, samples, runs });
    } finally {
      await bot.close();
    }
  }
  return { bots };
}

function runAt(report: HttpReport, kind: BotKind, connections: number): HttpRun | undefined {
  return report.bots.find((bot) => bot.kind === kind)?.runs.find((run) => run.connections === connections);
}

export function httpRatios(report: HttpReport): { throughput: number; p99: number } | undefined {
  const mine = runAt(report, 'smallclaims', 16);
  const reference = runAt(report, 'dialogs', 16);
  if (!mine || !reference) return undefined;
  return { throughput: mine.rps / reference.rps, p99: mine.p99 / reference.p99 };
}

export function renderHttp(report: HttpReport): string {
  const rows: string[][] = [];
  for (const bot of report.bots) {
    for (const run of bot.runs) {
      rows.push([
        BOT_LABELS[bot.kind],
        String(run.connections),
        fmt(run.rps, 0),
        fmt(run.p50, 2),
        fmt(run.p90, 2),
        fmt(run.p99, 2),
        fmt(run.max, 1),
        run.responses.toLocaleString('en-US'),
        String(run.non2xx + run.errors + run.timeouts),
        String(run.unanswered),
        fmt(run.elu * 100, 0) + '%',
      ]);
    }
  }
  const lines = [
    '## 2. HTTP: `POST /api/messages`, deliveryMode "expectReplies"',
    '',
    `Each bot in this process on 127.0.0.1 (ephemeral port); autocannon in a worker thread; ${WARMUP_SECONDS} s warm-up at 16 connections, then ${RUN_SECONDS} s per row. ` +
      `Requests rotate over ${QUESTIONS.map((q) => `"${q}"`).join(', ')} and 500 conversation (and user) ids. Latencies are exact per-response times of 2xx responses. ` +
      '"errors" = non-2xx + connection errors + timeouts; "unanswered" = responses without a message reply, or with the turn-error apology; "bot ELU" = event-loop utilisation of the bot\'s thread during the row (100% = CPU-bound).',
    '',
    table(['bot', 'connections', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'responses', 'errors', 'unanswered', 'bot ELU'], rows),
    '',
  ];
  const mine = report.bots.find((bot) => bot.kind === 'smallclaims');
  if (mine) {
    lines.push('What this bot answered to the three questions (pre-flight, one turn each, fresh conversations):', '');
    for (const sample of mine.samples) lines.push(`- "${sample.question}" → ${sample.replies} message(s): "${sample.text.replace(/\s+/g, ' ').slice(0, 90)}…"`);
    lines.push('');
  }
  const ratios = httpRatios(report);
  const reference = runAt(report, 'dialogs', 16);
  const own = runAt(report, 'smallclaims', 16);
  if (ratios && reference && own) {
    lines.push(
      'At 16 connections, this bot vs reference (c):',
      '',
      table(
        ['measure', 'this bot', 'ref (c)', 'ratio', 'target', 'result'],
        [
          ['turns/s', fmt(own.rps, 0), fmt(reference.rps, 0), `${fmt(ratios.throughput * 100, 1)}%`, `≥ ${THROUGHPUT_TARGET * 100}%`, verdict(ratios.throughput >= THROUGHPUT_TARGET)],
          ['p99 latency', `${fmt(own.p99, 2)} ms`, `${fmt(reference.p99, 2)} ms`, `${fmt(ratios.p99, 2)}×`, `≤ ${P99_TARGET}×`, verdict(ratios.p99 <= P99_TARGET)],
        ],
      ),
      '',
    );
  }
  return lines.join('\n');
}
