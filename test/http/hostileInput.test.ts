import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/calc/extract';
import { activityFrom, startHttpBot, type HttpBot } from '../support/httpBot';

const dateList = (length: number): string => {
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += `${(i % 12) + 1}/${(i % 28) + 1}/20${10 + (i % 15)} `;
  return text.slice(0, length);
};
const randomWords = (count: number, length: number): string =>
  Array.from({ length: count }, (_, i) => Array.from({ length }, (_, j) => String.fromCharCode(97 + ((i * 7 + j * 13 + i * j) % 26))).join('')).join(' ');

/** Wall time of /healthz sampled every 20 ms while `work` runs; the slowest sample. */
async function slowestHealthCheck(url: string, work: Promise<unknown>): Promise<number> {
  let done = false;
  let slowest = 0;
  const sampler = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(`${url}/healthz`).then((response) => response.arrayBuffer());
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  await work;
  done = true;
  await sampler;
  return slowest;
}

/** CPU this process spent (the server runs in it) while `work` ran, in ms. */
async function cpuOf(work: Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work;
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

// Wall-clock limits are loose because test machines are shared; `npm run bench` reports the real figures.
// Before the bounds, these inputs took seconds (random words) to minutes (dates) of CPU each.
const CPU_LIMIT_MS = 500;
const HEALTH_LIMIT_MS = 1000;

describe('D1: one long message cannot freeze the server', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot();
    // Warm the recognizers and the speller, as a running server would have.
    await bot.turn({ text: 'judgment entered 3/3/2026, they want $4,000 and I make $900 a week, cn they garnishh' }, 'warm-up');
    // The recognizers and the flows load on first use now, inside this hook; shared machines are slow.
  }, 60000);
  afterAll(() => bot.close());

  it('answers 2,000 characters of dates at the date prompt in bounded CPU, and /healthz answers meanwhile', async () => {
    await bot.turn({ text: 'Work out my dates' }, 'd1-prompt');
    let replies: Awaited<ReturnType<HttpBot['turn']>> = [];
    let cpu = 0;
    const turn = cpuOf(bot.turn({ text: dateList(2000) }, 'd1-prompt').then((r) => (replies = r))).then((ms) => (cpu = ms));
    const slowest = await slowestHealthCheck(bot.url, turn);
    expect(cpu).toBeLessThan(CPU_LIMIT_MS);
    expect(slowest).toBeLessThan(HEALTH_LIMIT_MS);
    // A date was read from the list, so the calculator moved on instead of re-asking.
    expect(replies.map((reply) => reply.text).join(' ')).not.toMatch(/What date was the Notice of Entry/);
  });

  it('answers the worst questions (dates, amounts, random words, one huge word) each in bounded CPU', async () => {
    const worst = [
      `How long to appeal, judgment dates ${dateList(1900)}`,
      `can they garnish my wages ${'$1,234.56 and 900 dollars a week, '.repeat(60)}`.slice(0, 2000),
      randomWords(400, 4).slice(0, 2000),
      randomWords(250, 7).slice(0, 2000),
      randomWords(100, 18).slice(0, 2000),
      'x'.repeat(2000),
      'march third last tuesday two weeks ago next friday '.repeat(40).slice(0, 2000),
    ];
    for (const [at, text] of worst.entries()) {
      let cpu = 0;
      const turn = cpuOf(bot.post(activityFrom({ text }, `d1-worst-${at}`)).then((response) => response.arrayBuffer())).then((ms) => (cpu = ms));
      const slowest = await slowestHealthCheck(bot.url, turn);
      expect(cpu, `CPU for input ${at}`).toBeLessThan(CPU_LIMIT_MS);
      expect(slowest, `healthz during input ${at}`).toBeLessThan(HEALTH_LIMIT_MS);
    }
  });
});

describe('D1: the recognizers read only short windows of a question', () => {
  it('still finds the dates and amounts of an ordinary question, wherever they are in a long one', () => {
    const question = 'The judgment was entered on March 3, 2026 and they want $4,000; I make $900 a week';
    const padded = `${'I have been worrying about this for a long time and here is my story. '.repeat(20)}${question}`;
    for (const text of [question, padded]) {
      const facts = extractFacts(text, '2026-12-01');
      expect(facts.dates).toContain('2026-03-03');
      expect(facts.amounts.map((amount) => amount.value)).toEqual([4000, 900]);
      expect(facts.amounts[1]).toMatchObject({ period: 'weekly' });
    }
  });
});
