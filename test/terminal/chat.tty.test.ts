/**
 * `npm run chat` in a real pseudo-terminal: tmux runs it, the test types with send-keys and reads the
 * screen back with capture-pane, as a person at a terminal would see it. Piped input hides echo
 * problems (a raw-mode readline with no output echoes nothing), so this is the check that counts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = join(tmpdir(), `chat-test-${process.pid}.tmux`);
const WIDTH = 90;

if (!hasTmux) console.warn('Skipping the terminal chat test: tmux is not installed (apt-get install tmux; .ci/run does).');

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', SOCKET, ...args], { encoding: 'utf8' });
}

/** The whole pane, scroll-back included; `joined` undoes the terminal's own wrapping of long lines. */
function screen(joined = false): string {
  return tmux('capture-pane', '-p', ...(joined ? ['-J'] : []), '-t', 'chat', '-S', '-');
}

async function waitFor(predicate: (text: string) => boolean, what: string, timeoutMs = 30000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const text = screen();
    if (predicate(text)) return text;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const promptCount = (text: string): number => text.split('\n').filter((line) => /^you>( |$)/.test(line)).length;

describe.skipIf(!hasTmux)('The terminal chat in a pseudo-terminal', () => {
  beforeAll(() => {
    tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'chat', '-x', String(WIDTH), '-y', '50', '-c', ROOT, `exec ${join(ROOT, 'node_modules', '.bin', 'tsx')} scripts/chat.ts`);
    tmux('set-option', '-t', 'chat', 'history-limit', '5000');
  });

  afterAll(() => {
    spawnSync('tmux', ['-S', SOCKET, 'kill-server']);
    rmSync(SOCKET, { force: true });
  });

  it('echoes typing, answers "1" at the welcome, picks numbered actions, and prints plain text that fits', async () => {
    await waitFor((text) => promptCount(text) === 1, 'the first prompt', 60000);

    tmux('send-keys', '-t', 'chat', '-l', 'how much');
    const typing = await waitFor((text) => text.includes('you> how much'), 'the typed text to show before Enter');
    expect(typing).toContain('you> how much');
    tmux('send-keys', '-t', 'chat', 'C-u');
    tmux('send-keys', '-t', 'chat', '1', 'Enter');
    const first = await waitFor((text) => promptCount(text) === 2, 'the answer to "1"');
    expect(first).toContain('you> 1');
    expect(first).toMatch(/bot> How do I collect my small claims judgment\?/);
    expect(first).not.toContain("don't have a good answer");

    const planNumber = /(\d)\. Make my collection plan/.exec(first)?.[1];
    expect(planNumber, 'the collection plan is offered with a number').toBeDefined();
    tmux('send-keys', '-t', 'chat', planNumber!, 'Enter');
    const plan = await waitFor((text) => promptCount(text) === 3, 'the collection plan');
    expect(plan).toContain("Let's make your collection plan");

    // Joined, a line longer than the pane is one the chat failed to wrap; only a lone link may be.
    for (const line of screen(true).split('\n')) {
      if (!/^\s*<https:\/\/\S+>\s*[·)]?\s*$/.test(line)) expect(line.length, line).toBeLessThanOrEqual(WIDTH);
      if (line.includes('://')) expect(line, 'a link is printed whole, as text <url>').toMatch(/<https:\/\/[^\s>]+>/);
    }
    expect(plan).not.toMatch(/\*\*|\]\(https|\btap\b/);

    tmux('send-keys', '-t', 'chat', 'quit', 'Enter');
    const running = (): boolean => spawnSync('tmux', ['-S', SOCKET, 'has-session', '-t', 'chat']).status === 0;
    const started = Date.now();
    while (running() && Date.now() - started < 10000) await new Promise((resolve) => setTimeout(resolve, 150));
    expect(running(), '"quit" ends the chat').toBe(false);
  }, 120000);
});
