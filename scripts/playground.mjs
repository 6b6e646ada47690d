#!/usr/bin/env node
/**
 * npm run playground: starts the bot, waits for /healthz, then starts the Microsoft 365 Agents
 * Playground (a local web UI that looks like Teams) pointed at the bot's /api/messages with channel
 * "msteams". Ctrl+C stops both.
 *
 *   npm run playground                 bot from source through tsx (no build step)
 *   npm run playground -- --built      npm run build, then node dist/src/index.js
 *   npm run playground -- --no-browser do not open a browser (automatic when there is no display)
 *
 * Environment: PORT (bot, default 3978), PLAYGROUND_PORT (default 56150), MicrosoftAppId /
 * MicrosoftAppPassword / MicrosoftAppTenantId (passed on to the playground when set; leave them empty
 * for local mode), M365_AGENTS_PLAYGROUND_LOGFILE (default: a file in the system temp folder).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const botPort = Number(process.env.PORT || 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT || 56150);
const endpoint = `http://localhost:${botPort}/api/messages`;
const headless = args.has('--no-browser') || process.env.CI === 'true' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
let stopping = false;

function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  // Give both a moment to close their ports, then leave regardless.
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((child) => (child.exitCode !== null || child.signalCode !== null ? null : new Promise((r) => child.once('exit', r))))).then(() => process.exit(code));
}

function track(name, child) {
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[playground] ${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stop(code || 1); // nothing should stop on its own before Ctrl+C
  });
  child.on('error', (error) => {
    console.error(`[playground] could not start ${name}: ${error.message}`);
    stop(1);
  });
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForBot(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(`http://localhost:${botPort}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

// 1. The bot.
const botEnv = { ...process.env, PORT: String(botPort) };
if (args.has('--built')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  track('bot', spawn(process.execPath, ['dist/src/index.js'], { cwd: root, env: botEnv, stdio: 'inherit' }));
} else {
  track('bot', spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: root, env: botEnv, stdio: 'inherit' }));
}

if (!(await waitForBot(60000))) {
  if (!stopping) console.error(`[playground] the bot did not answer on http://localhost:${botPort}/healthz within 60 s.`);
  stop(1);
} else {
  // 2. The playground, pointed at the bot with the Teams channel id.
  const cli = join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
  const playgroundArgs = [cli, 'start', '--app-endpoint', endpoint, '--channel-id', 'msteams', '--port', String(playgroundPort), '--disable-telemetry'];
  if (process.env.MicrosoftAppId && process.env.MicrosoftAppPassword) {
    playgroundArgs.push('--client-id', process.env.MicrosoftAppId, '--client-secret', process.env.MicrosoftAppPassword);
    if (process.env.MicrosoftAppTenantId) playgroundArgs.push('--tenant-id', process.env.MicrosoftAppTenantId);
  }
  const playgroundEnv = {
    ...process.env,
    // Keep its log out of the repository (it defaults to ./devTools/m365agentsplayground.log).
    M365_AGENTS_PLAYGROUND_LOGFILE: process.env.M365_AGENTS_PLAYGROUND_LOGFILE || join(tmpdir(), 'small-claims-helper-playground.log'),
    ...(headless ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
  };
  console.log(`[playground] bot ready at ${endpoint}; starting Microsoft 365 Agents Playground on http://localhost:${playgroundPort} (channel msteams)${headless ? ', no browser' : ''}. Ctrl+C stops both.`);
  track('Agents Playground', spawn(process.execPath, playgroundArgs, { cwd: root, env: playgroundEnv, stdio: 'inherit' }));
}
