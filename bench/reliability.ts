import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fmt, median, sleep, table, verdict } from './stats';

/**
 * The compiled bot as `npm start` runs it (node dist/src/index.js): cold start (spawn → first answered
 * message) and RSS over a 60 s run where every message opens a new conversation, with the in-memory
 * conversation cap set low enough to be reached during the run.
 */
export const COLD_START_TARGET_MS = 700;
const ROOT = join(__dirname, '..');
const COLD_RUNS = 3;
const LOAD_SECONDS = 60;
const SAMPLE_EVERY_MS = 5000;
const CONNECTIONS = 8;
const MAX_CONVERSATIONS = 1000;

export interface ReliabilityReport {
  coldStartMs: number[];
  rssMb: Array<{ second: number; rssMb: number; turns: number }>;
  turns: number;
  failures: number;
}

function startCompiled(port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'dist/src/index.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', IP_RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function message(conversation: string): string {
  return JSON.stringify({ type: 'message', channelId: 'emulator', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: conversation }, from: { id: `u-${conversation}` }, recipient: { id: 'bot' }, text: 'how much can I sue for' });
}

async function answered(port: number, conversation: string): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: message(conversation) });
  const body = (await response.json()) as { activities?: unknown[] };
  return response.status === 200 && (body.activities?.length ?? 0) > 0;
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(forced);
}

async function coldStart(port: number): Promise<number> {
  const started = performance.now();
  const child = startCompiled(port);
  try {
    for (;;) {
      if (performance.now() - started > 30000) throw new Error('the compiled bot did not answer within 30 s');
      const ok = await answered(port, `cold-${port}`).catch(() => false);
      if (ok) return performance.now() - started;
      await sleep(5);
    }
  } finally {
    await stop(child);
  }
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function newConversations(port: number): Promise<Omit<ReliabilityReport, 'coldStartMs'>> {
  const child = startCompiled(port, { MEMORY_MAX_CONVERSATIONS: String(MAX_CONVERSATIONS) });
  try {
    while (!(await answered(port, 'warm').catch(() => false))) await sleep(20);
    const samples: ReliabilityReport['rssMb'] = [{ second: 0, rssMb: rssMb(child.pid!), turns: 0 }];
    let turns = 0;
    let failures = 0;
    const started = performance.now();
    const end = started + LOAD_SECONDS * 1000;
    const sampler = setInterval(() => samples.push({ second: Math.round((performance.now() - started) / 1000), rssMb: rssMb(child.pid!), turns }), SAMPLE_EVERY_MS);
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, worker) => {
        for (let n = 0; performance.now() < end; n += 1) {
          const ok = await answered(port, `new-${worker}-${n}`).catch(() => false);
          if (ok) turns += 1;
          else failures += 1;
        }
      }),
    );
    clearInterval(sampler);
    samples.push({ second: LOAD_SECONDS, rssMb: rssMb(child.pid!), turns });
    return { rssMb: samples, turns, failures };
  } finally {
    await stop(child);
  }
}

export async function runReliabilityBench(progress: (line: string) => void): Promise<ReliabilityReport> {
  progress('reliability: building dist/ for the npm start path');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const coldStartMs: number[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    coldStartMs.push(await coldStart(43900 + run));
    progress(`reliability: cold start ${fmt(coldStartMs[run]!, 0)} ms`);
  }
  progress(`reliability: ${LOAD_SECONDS} s of new conversations`);
  return { coldStartMs, ...(await newConversations(43910)) };
}

/** Flat after the cap: the last third of the run grows less than 10% over its first sample. */
export function memoryFlat(report: ReliabilityReport): boolean {
  const tail = report.rssMb.filter((sample) => sample.second >= (LOAD_SECONDS * 2) / 3);
  const first = tail[0]?.rssMb ?? Number.NaN;
  return tail.every((sample) => sample.rssMb <= first * 1.1);
}

export function renderReliability(report: ReliabilityReport): string {
  const cold = median(report.coldStartMs);
  return [
    '## Cold start and memory (compiled bot, the `npm start` path)',
    '',
    table(
      ['measure', 'value', 'result'],
      [
        [`cold start, spawn → first answer (median of ${COLD_RUNS}) < ${COLD_START_TARGET_MS} ms`, `${fmt(cold, 0)} ms (${report.coldStartMs.map((ms) => fmt(ms, 0)).join(', ')})`, verdict(cold < COLD_START_TARGET_MS)],
        [`RSS flat over the last third of ${LOAD_SECONDS} s of new conversations (cap ${MAX_CONVERSATIONS})`, `${report.turns} turns, ${report.failures} failed`, verdict(memoryFlat(report))],
      ],
    ),
    '',
    table(
      ['second', 'turns so far', 'RSS MB'],
      report.rssMb.map((sample) => [String(sample.second), String(sample.turns), fmt(sample.rssMb, 0)]),
    ),
    '',
  ].join('\n');
}

if (require.main === module) {
  runReliabilityBench((line) => process.stderr.write(`${line}\n`)).then(
    (report) => {
      process.stdout.write(`${renderReliability(report)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
