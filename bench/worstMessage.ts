import { randomBytes } from 'node:crypto';
import { createBotApp, listen } from './bots';
import { fmt, table, verdict } from './stats';

/**
 * D1: the CPU one message can cost, for the inputs that cost the most (each step that grows faster
 * than the text is bounded by its size). Every message opens a new conversation, and the random words
 * are new on every run, so no cache of an earlier run helps.
 */
export const WORST_MESSAGE_TARGET_MS = 50;
const MAX_CHARS = 2000;
const RUNS = 3;

interface WorstInput {
  name: string;
  /** Messages sent first in the same conversation (to open a prompt), not measured. */
  before?: string[];
  text: string;
}

const fill = (piece: (i: number) => string, length = MAX_CHARS): string => {
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += piece(i);
  return text.slice(0, length);
};
const dates = (i: number) => `${(i % 12) + 1}/${(i % 28) + 1}/20${10 + (i % 15)} `;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** Words no vocabulary has, new on every call: the speller's cache cannot have seen them. */
const randomWord = (length: number): string =>
  Array.from(randomBytes(length), (byte) => String.fromCharCode(97 + (byte % 26))).join('');

function worstInputs(): WorstInput[] {
  return [
    { name: 'date list (question)', text: `How long to appeal, judgment dates ${fill(dates)}` },
    { name: 'date list at the date prompt', before: ['Work out my dates'], text: fill(dates) },
    { name: 'month names and days', text: fill((i) => `${MONTHS[i % 12]} ${(i % 28) + 1}, 20${10 + (i % 17)} and `) },
    { name: 'relative dates', text: fill(() => 'march third last tuesday two weeks ago next friday ') },
    { name: 'amounts (garnish question)', text: `can they garnish my wages ${fill(() => '$1,234.56 and 900 dollars a week, ')}` },
    { name: 'amounts at the number prompt', before: ['how much interest is on my judgment'], text: fill((i) => `$${1000 + i * 37}.${i % 100} `) },
    { name: 'bare numbers', text: fill((i) => `${i * 7919} `) },
    { name: 'spelled-out numbers', text: fill(() => 'one thousand two hundred thirty four dollars and fifty six cents ') },
    { name: '400 new 4-letter words', text: fill(() => `${randomWord(4)} `) },
    { name: '250 new 7-letter words', text: fill(() => `${randomWord(7)} `) },
    { name: '100 new 18-letter words', text: fill(() => `${randomWord(18)} `) },
    { name: 'one 2,000-letter word', text: randomWord(MAX_CHARS) },
    { name: 'near-misses of domain words', text: fill((i) => `${['garnishh', 'judgmnet', 'exemtpion', 'apeal', 'levyy', 'debtr', 'smal', 'clams'][i % 8]}${randomWord(1)} `) },
    { name: 'a long story, question last', text: `${fill(() => 'My landlord kept my deposit and then I took him to court and won but he has not paid anything since. ', MAX_CHARS - 40)}how do I collect?` },
    { name: 'Spanish dates and amounts', text: fill((i) => `el ${(i % 28) + 1} de ${MESES[i % 12]} de 20${10 + (i % 15)} me deben $${500 + i} dólares, `) },
    { name: 'Spanish story', text: fill(() => 'Gané el juicio de reclamos menores pero el demandado no me ha pagado nada, ¿cómo cobro la sentencia? ') },
    { name: 'choice prompt, long reply', before: ['what property is protected'], text: fill(() => 'my car and my house and my tools and my bank account ') },
    { name: 'over the limit (2,001 characters)', text: 'x'.repeat(MAX_CHARS + 1) },
  ];
}

interface WorstMessageReport {
  /** Per input, the most CPU any of the runs took, in ms. */
  rows: Array<{ name: string; cpuMs: number }>;
}

async function post(url: string, conversation: string, text: string): Promise<void> {
  const body = { type: 'message', channelId: 'emulator', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: conversation }, from: { id: `u-${conversation}` }, recipient: { id: 'bot' }, text };
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.arrayBuffer();
}

/** The bot in this process, warmed as a running server is (recognizers, speller, both matchers loaded). */
export async function runWorstMessageBench(progress: (line: string) => void): Promise<WorstMessageReport> {
  const bot = await listen(await createBotApp('smallclaims'));
  try {
    await post(bot.url, 'warm-1', 'judgment entered 3/3/2026, they want $4,000 and I make $900 a week, cn they garnishh');
    await post(bot.url, 'warm-2', 'Work out my dates');
    await post(bot.url, 'warm-2', 'March 3, 2026');
    await post(bot.url, 'warm-3', 'me demandaron y no puedo pagar la sentencia de $2,000');
    // The server's warmUp loads the Spanish date recognizers a second after listening; do the same.
    await post(bot.url, 'warm-4', 'el fallo se dictó el 2 de abril de 2026, ¿cuándo puedo cobrar?');
    const worst = new Map<string, number>();
    for (let run = 0; run < RUNS; run += 1) {
      for (const [at, input] of worstInputs().entries()) {
        const conversation = `worst-${run}-${at}`;
        for (const text of input.before ?? []) await post(bot.url, conversation, text);
        const before = process.cpuUsage();
        await post(bot.url, conversation, input.text);
        const used = process.cpuUsage(before);
        worst.set(input.name, Math.max(worst.get(input.name) ?? 0, (used.user + used.system) / 1000));
      }
      progress(`worst message: run ${run + 1} of ${RUNS}, slowest so far ${fmt(Math.max(...worst.values()), 1)} ms CPU`);
    }
    return { rows: [...worst].map(([name, cpuMs]) => ({ name, cpuMs })) };
  } finally {
    await bot.close();
  }
}

export const worstMessageMs = (report: WorstMessageReport): number => Math.max(...report.rows.map((row) => row.cpuMs));

export function renderWorstMessage(report: WorstMessageReport): string {
  return [
    `## CPU of one message, worst inputs (D1; target < ${WORST_MESSAGE_TARGET_MS} ms each)`,
    '',
    `CPU time of this process (client included) while one message of up to ${MAX_CHARS} characters is answered, in a new conversation; the most of ${RUNS} runs, with new random words each run.`,
    '',
    table(
      ['input', 'CPU ms (worst run)', 'result'],
      report.rows.map((row) => [row.name, fmt(row.cpuMs, 1), verdict(row.cpuMs < WORST_MESSAGE_TARGET_MS)]),
    ),
    '',
  ].join('\n');
}

if (require.main === module) {
  runWorstMessageBench((line) => process.stderr.write(`${line}\n`)).then(
    (report) => {
      process.stdout.write(`${renderWorstMessage(report)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
