/**
 * `npm run chat`: talk to the bot in a terminal. Starts the same server in this process on a free
 * port and posts each line to /api/messages with deliveryMode "expectReplies", so it exercises the
 * real HTTP endpoint, adapter, dialogs and state, with no Azure account or Emulator.
 * `npm run chat -- --debug` also shows how each message was matched.
 * Replies are rendered for a terminal (scripts/terminalText.ts), and every action it prints is numbered,
 * so typing its number picks it.
 */
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import type { Activity, CardAction } from 'botbuilder';
import { loadSettings } from '../src/config';
import { createLogger } from '../src/logging';
import { createBotServer } from '../src/server';
import { pickByNumber, renderForTerminal } from './terminalText';

const debug = process.argv.includes('--debug');
const PREFIX = 'bot> ';
const INDENT = ' '.repeat(PREFIX.length);

interface HeroCardContent {
  buttons?: CardAction[];
}

async function main(): Promise<void> {
  const settings = { ...loadSettings(), microsoftAppId: '', microsoftAppPassword: '', rateLimitPerMinute: 0 };
  const { app } = createBotServer(settings, { logger: createLogger('silent') });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}/api/messages`;
  const conversation = { id: `terminal-${randomUUID()}` };
  const user = { id: 'terminal-user', name: 'You' };
  const bot = { id: 'small-claims-helper', name: 'Small Claims Helper' };

  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channelId: 'emulator', serviceUrl: endpoint, conversation, from: user, recipient: bot, deliveryMode: 'expectReplies', id: randomUUID(), timestamp: new Date().toISOString(), ...activity }),
    });
    if (!response.ok) throw new Error(`The bot answered HTTP ${response.status}`);
    const body = (await response.json()) as { activities?: Partial<Activity>[] };
    return body.activities ?? [];
  };

  console.log('Small Claims Helper (terminal). Type a question, a number to pick an option, or "quit".\n');
  let choices = print(await send({ type: 'conversationUpdate', membersAdded: [user, bot] }), []);
  const interactive = Boolean(process.stdin.isTTY);
  // With an output stream readline echoes and edits the line; without one, raw mode swallows the echo.
  // Reading lines as a stream (not rl.question) also works when questions are piped in.
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive, prompt: '\nyou> ' });
  rl.on('SIGINT', () => rl.close());
  rl.prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (!interactive) console.log(line);
      if (['quit', 'exit', ':q'].includes(line.toLowerCase())) break;
      if (line) {
        const text = pickByNumber(line, choices);
        if (text !== line) console.log(`${INDENT}→ ${text}`);
        choices = print(await send({ type: 'message', text }), choices);
      }
      rl.prompt();
    }
  } finally {
    rl.close();
    server.close();
  }
}

/** Prints the replies and returns the values of the actions it numbered (the previous ones when none). */
function print(activities: Partial<Activity>[], previous: string[]): string[] {
  const width = Math.max(40, Math.min(process.stdout.columns || 80, 100)) - PREFIX.length;
  const bold = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  let choices = previous;
  for (const activity of activities) {
    if (activity.type !== 'message') continue;
    const lines = renderForTerminal(activity.text ?? '', { width, bold }).split('\n');
    console.log(`\n${lines.map((line, index) => (index === 0 ? PREFIX : line ? INDENT : '') + line).join('\n')}`);
    const actions = [...(activity.suggestedActions?.actions ?? []), ...cardButtons(activity)];
    // Numbers always refer to the newest list on screen, never to one that has scrolled away.
    if (actions.length || activity.text) choices = [];
    actions.forEach((action, index) => {
      const title = String(action.title ?? action.value).replace(/^\d+\.\s+/, '');
      choices.push(String(action.value ?? title));
      console.log(`${INDENT}${index + 1}. ${renderForTerminal(title, { width: width - 4, bold }).replace(/\n/g, `\n${INDENT}   `)}`);
    });
    const match = (activity.channelData as { match?: unknown } | undefined)?.match;
    if (debug && match) console.log(`${INDENT}[match ${JSON.stringify(match)}]`);
  }
  return choices;
}

function cardButtons(activity: Partial<Activity>): CardAction[] {
  return (activity.attachments ?? []).flatMap((attachment) => (attachment.content as HeroCardContent | undefined)?.buttons ?? []);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
