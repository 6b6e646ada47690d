import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ExpiringStorage } from '../../src/state/expiringStorage';
import { activityFrom, startHttpBot } from '../support/httpBot';

describe('Logs', () => {
  it('write one JSON line per turn with a hashed conversation id, the match and the latency, but not what was typed', async () => {
    const bot = await startHttpBot();
    try {
      await bot.turn({ text: 'how does a bank levy work' }, 'log-conversation');
      const turn = bot.logs.find((line) => line.event === 'turn' && line.type === 'message')!;
      expect(turn).toMatchObject({ kind: 'answer', channel: 'emulator' });
      expect(turn.entry).toBeTypeOf('string');
      expect(turn.ms).toBeTypeOf('number');
      expect(turn.conversation).toMatch(/^[0-9a-f]{12}$/);
      expect(JSON.stringify(bot.logs)).not.toContain('bank levy work');
      expect(JSON.stringify(bot.logs)).not.toContain('log-conversation');
    } finally {
      await bot.close();
    }
  });

  it('include the text only when LOG_USER_TEXT is on', async () => {
    const bot = await startHttpBot({ logUserText: true });
    try {
      await bot.turn({ text: 'what about a bank levy' });
      expect(bot.logs.find((line) => line.event === 'turn')?.text).toBe('what about a bank levy');
    } finally {
      await bot.close();
    }
  });
});

describe('The unanswered-question report', () => {
  it('records fallbacks without ids, and npm run report groups them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'unanswered-')), 'unanswered.jsonl');
    const bot = await startHttpBot({ unansweredLog: file });
    try {
      await bot.turn({ text: 'how do I file for divorce' }, 'u1');
      await bot.turn({ text: 'how do i get divorced fast' }, 'u2');
      await bot.turn({ text: 'how much can I sue for in small claims' }, 'u3');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({ kind: 'fallback', nearest: 'out-of-scope:family', text: 'how do I file for divorce' });
      expect(JSON.stringify(lines)).not.toMatch(/u1|user-1/);
      const report = execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, '..', '..', 'scripts', 'report.ts'), file], { encoding: 'utf8' });
      expect(report).toContain('2 unanswered questions in 1 groups');
      expect(report).toContain('out-of-scope:family');
    } finally {
      await bot.close();
    }
  });
});

describe('Readiness', () => {
  it('answers /readyz 200 when knowledge and storage are there, 503 when storage is not', async () => {
    const ready = await startHttpBot();
    const broken = await startHttpBot({}, { storage: { read: () => Promise.reject(new Error('down')), write: () => Promise.resolve(), delete: () => Promise.resolve() } });
    try {
      expect((await fetch(`${ready.url}/readyz`)).status).toBe(200);
      const response = await fetch(`${broken.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ storage: 'unreachable' });
    } finally {
      await ready.close();
      await broken.close();
    }
  });
});

describe('Rate limiting', () => {
  it('answers 429 once one sender goes over the limit, and other senders still get through', async () => {
    const bot = await startHttpBot({ rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await bot.post(activityFrom({ text: 'hi' }))).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const other = await bot.post(activityFrom({ text: 'hi', from: { id: 'someone-else', name: 'B' } }));
      expect(other.status).toBe(200);
    } finally {
      await bot.close();
    }
  });
});

describe('Graceful shutdown', () => {
  it('finishes a turn in flight before closing', async () => {
    const slow = new MemoryStorage();
    const storage = {
      read: (keys: string[]) => slow.read(keys),
      write: async (changes: StoreItems) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await slow.write(changes);
      },
      delete: (keys: string[]) => slow.delete(keys),
    };
    const bot = await startHttpBot({}, { storage });
    const inFlight = bot.turn({ text: 'how much can I sue for' }, 'shutdown-1');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bot.botServer.pipeline.turnsInFlight).toBe(1);
    const stopped = bot.botServer.shutdown(bot.server);
    const replies = await inFlight;
    expect(replies[0]!.match?.kind).toBe('answer');
    await stopped;
    expect(bot.botServer.pipeline.turnsInFlight).toBe(0);
    await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
  });

  it('exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), join(__dirname, '..', '..', 'src', 'index.ts')], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('server did not start')), 20000);
      child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('"event":"listening"')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30000);
});

describe('Conversation expiry', () => {
  it('forgets conversations untouched for longer than the TTL', async () => {
    let now = 0;
    const memory = new MemoryStorage();
    const storage = new ExpiringStorage(memory, 1000, Infinity, 60_000, () => now);
    try {
      await storage.write({ old: { a: 1 }, fresh: { b: 2 } });
      now = 900;
      await storage.write({ fresh: { b: 3 } });
      now = 1500;
      expect(await storage.sweep()).toBe(1);
      expect(Object.keys(await memory.read(['old', 'fresh']))).toEqual(['fresh']);
    } finally {
      storage.close();
    }
  });
});
