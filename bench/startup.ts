import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BOT_LABELS, type BotKind } from './bots';
import { runLoad } from './load';
import { fmt, median, sleep, table, verdict } from './stats';
import { activityBody, checkReply } from './traffic';

type ChildKind = BotKind | 'floor';
const KINDS: readonly ChildKind[] = ['floor', 'echo', 'dialogs', 'smallclaims'];
const LABELS: Record<ChildKind, string> = { ...BOT_LABELS, floor: 'floor: node + tsx, bare node:http' };
const RUNS = 3;
const IDLE_SETTLE_MS = 1000;
const LOAD_SECONDS = 3;
const LOAD_CONNECTIONS = 16;
export const STARTUP_TARGET_MS = 1000;
export const RSS_TARGET_MB = 30;

export interface StartupRun {
  /** Spawn → the child printed that it listens. */
  listeningMs: number;
  /** Spawn → first 200 with a message reply. */
  firstAnswerMs: number;
  /** In the child, from process start: when the script started running (node + tsx boot). */
  scriptStartMs: number;
  /** In the child: script start → the bot's modules imported. */
  importMs: number;
  /** In the child: modules imported → app built (for this bot: knowledge, index, dialogs). */
  buildMs: number;
  /** Spawn → listening → first answered message: the first turn (cold code paths, lazy initialisation). */
  firstTurnMs: number;
  /** VmRSS as soon as the child said it listens, before any message. */
  listeningRssMb: number;
  idleRssMb: number;
}

export interface StartupResult {
  kind: ChildKind;
  runs: StartupRun[];
  loadedRssMb: number;
  peakRssMb: number;
  loadRps: number;
}

export interface StartupReport {
  results: StartupResult[];
}

interface Started {
  child: ChildProcess;
  port: number;
  scriptStartMs: number;
  importedMs: number;
  builtMs: number;
  listeningMs: number;
  listeningRssMb: number;
  t0: number;
}

function start(kind: ChildKind): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'startupChild.ts'), kind], {
    cwd: join(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<Started>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind} did not start within 60 s: ${err}`));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(out);
      if (!match) return;
      const listeningMs = performance.now() - t0;
      clearTimeout(timer);
      resolve({
        child,
        port: Number(match[1]),
        scriptStartMs: Number(match[2]),
        importedMs: Number(match[3]),
        builtMs: Number(match[4]),
        listeningMs,
        listeningRssMb: rssMb(child.pid),
        t0,
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with code ${code}: ${err}`));
    });
  });
}

async function firstAnswer(port: number): Promise<void> {
  const deadline = performance.now() + 30_000;
  for (let attempt = 0; performance.now() < deadline; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activityBody(attempt, 'startup') });
      if (checkReply(response.status, await response.text()).ok) return;
    } catch {
      // not accepting connections yet
    }
    await sleep(5);
  }
  throw new Error(`no answer from port ${port} within 30 s`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  if (pid === undefined) return Number.NaN;
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function measureOnce(kind: ChildKind): Promise<{ run: StartupRun; started: Started }> {
  const started = await start(kind);
  await firstAnswer(started.port);
  const firstAnswerMs = performance.now() - started.t0;
  await sleep(IDLE_SETTLE_MS);
  return {
    started,
    run: {
      listeningMs: started.listeningMs,
      firstAnswerMs,
      scriptStartMs: started.scriptStartMs,
      importMs: started.importedMs - started.scriptStartMs,
      buildMs: started.builtMs - started.importedMs,
      firstTurnMs: firstAnswerMs - started.listeningMs,
      listeningRssMb: started.listeningRssMb,
      idleRssMb: rssMb(started.child.pid),
    },
  };
}

export async function runStartupBench(progress: (line: string) => void = () => undefined): Promise<StartupReport> {
  const results: StartupResult[] = [];
  for (const kind of KINDS) {
    // One unmeasured start first, so tsx's transform cache is warm, as it would be for every start but the first.
    const prime = await start(kind);
    await firstAnswer(prime.port);
    await stop(prime.child);

    const runs: StartupRun[] = [];
    let loadedRssMb = Number.NaN;
    let peakRssMb = Number.NaN;
    let loadRps = Number.NaN;
    for (let i = 0; i < RUNS; i += 1) {
      const { run, started } = await measureOnce(kind);
      runs.push(run);
      if (i === RUNS - 1) {
        const load = await runLoad({ url: `http://127.0.0.1:${started.port}`, connections: LOAD_CONNECTIONS, durationS: LOAD_SECONDS, firstRequest: 0, prefix: 'startup-load' });
        loadedRssMb = rssMb(started.child.pid);
        peakRssMb = rssMb(started.child.pid, 'VmHWM');
        loadRps = load.rps;
      }
      await stop(started.child);
    }
    results.push({ kind, runs, loadedRssMb, peakRssMb, loadRps });
    progress(`startup ${kind}: first answer ${fmt(median(runs.map((run) => run.firstAnswerMs)), 0)} ms, idle RSS ${fmt(median(runs.map((run) => run.idleRssMb)), 1)} MB`);
  }
  return { results };
}

function med(result: StartupResult, pick: (run: StartupRun) => number): number {
  return median(result.runs.map(pick));
}

export function startupVerdicts(report: StartupReport): { startupMs: number; rssDeltaMb: number } | undefined {
  const mine = report.results.find((result) => result.kind === 'smallclaims');
  const reference = report.results.find((result) => result.kind === 'dialogs');
  if (!mine || !reference) return undefined;
  return { startupMs: med(mine, (run) => run.firstAnswerMs), rssDeltaMb: med(mine, (run) => run.idleRssMb) - med(reference, (run) => run.idleRssMb) };
}

export function renderStartup(report: StartupReport): string {
  const rows = report.results.map((result) => [
    LABELS[result.kind],
    fmt(med(result, (run) => run.scriptStartMs), 0),
    fmt(med(result, (run) => run.importMs), 0),
    fmt(med(result, (run) => run.buildMs), 0),
    fmt(med(result, (run) => run.listeningMs), 0),
    fmt(med(result, (run) => run.firstTurnMs), 0),
    `**${fmt(med(result, (run) => run.firstAnswerMs), 0)}**`,
    result.runs.map((run) => fmt(run.firstAnswerMs, 0)).join(' / '),
    fmt(med(result, (run) => run.listeningRssMb), 1),
    fmt(med(result, (run) => run.idleRssMb), 1),
    fmt(result.loadedRssMb, 1),
    fmt(result.peakRssMb, 1),
    fmt(result.loadRps, 0),
  ]);
  const lines = [
    '## 3. Start-up and memory (child processes)',
    '',
    `Each bot in its own \`node --import tsx bench/startupChild.ts <bot>\` process, started ${RUNS} times after one unmeasured start (warm tsx transform cache); medians. ` +
      `"node+tsx boot" = process start → first line of the script; "imports" = the bot's modules loaded; "build" = app built (for this bot: knowledge, index, dialogs); ` +
      `"first turn" = listening → first 200 with a message reply; "first answer" = spawn → that reply (the start-up figure). RSS at listening = VmRSS before any message; idle RSS = VmRSS ${IDLE_SETTLE_MS / 1000} s after the first answer; ` +
      `after load = VmRSS right after ${LOAD_SECONDS} s of autocannon at ${LOAD_CONNECTIONS} connections (same traffic as section 2); peak = VmHWM.`,
    '',
    table(
      ['process', 'node+tsx boot ms', 'imports ms', 'build ms', 'spawn→listening ms', 'first turn ms', 'spawn→first answer ms', 'first answer, each run', 'RSS at listening MB', 'idle RSS MB', 'RSS after load MB', 'peak RSS MB', 'req/s during load'],
      rows,
    ),
    '',
  ];
  const verdicts = startupVerdicts(report);
  if (verdicts) {
    lines.push(
      table(
        ['target', 'measured', 'result'],
        [
          [`this bot: spawn → first answer < ${STARTUP_TARGET_MS} ms`, `${fmt(verdicts.startupMs, 0)} ms`, verdict(verdicts.startupMs < STARTUP_TARGET_MS)],
          [`this bot idle RSS within ${RSS_TARGET_MB} MB of ref (c)`, `${verdicts.rssDeltaMb >= 0 ? '+' : ''}${fmt(verdicts.rssDeltaMb, 1)} MB`, verdict(verdicts.rssDeltaMb <= RSS_TARGET_MB)],
        ],
      ),
      '',
    );
  }
  return lines.join('\n');
}
