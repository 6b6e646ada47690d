/**
 * `npm run chat`: talk to the bot in a terminal. Starts the same server in this process on a free
 * port and posts each line to /api/messages with deliveryMode "expectReplies", so it exercises the
 * real HTTP endpoint, adapter, dialogs and state, with no Azure account or Emulator.
 * `npm run chat -- --debug` also shows how each message was matched.
 */
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { randomUUID } from 'node:crypto';
import type { Activity, CardAction } from 'botbuilder';
import { loadSettings } from '../src/config';
import { createLogger } from '../src/logging';
import { createBotServer } from '../src/server';

const debug = process.argv.includes('--debug');

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
  print(await send({ type: 'conversationUpdate', membersAdded: [user, bot] }));
  // Reading lines as a stream (not rl.question) also works when questions are piped in.
  const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
  const prompt = (): void => void process.stdout.write('\nyou> ');
  prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (!process.stdin.isTTY) console.log(line);
      if (['quit', 'exit', ':q'].includes(line.toLowerCase())) break;
      if (line) print(await send({ type: 'message', text: line }));
      prompt();
    }
  } finally {
    rl.close();
    server.close();
  }
}

function print(activities: Partial<Activity>[]): void {
  for (const activity of activities) {
    if (activity.type !== 'message') continue;
    console.log(`\nbot> ${activity.text ?? ''}`);
    const actions = [...(activity.suggestedActions?.actions ?? []), ...cardButtons(activity)];
    actions.forEach((action, index) => {
      const title = String(action.title ?? action.value);
      console.log(/^\d+\. /.test(title) ? `     ${title}` : `     ${index + 1}. ${title}`);
    });
    const match = (activity.channelData as { match?: unknown } | undefined)?.match;
    if (debug && match) console.log(`     [match ${JSON.stringify(match)}]`);
  }
}

function cardButtons(activity: Partial<Activity>): CardAction[] {
  return (activity.attachments ?? []).flatMap((attachment) => (attachment.content as HeroCardContent | undefined)?.buttons ?? []);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
