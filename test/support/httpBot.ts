import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { loadSettings, type Settings } from '../../src/config';
import { createLogger } from '../../src/logging';
import { createBotServer, type BotServer, type BotServerOverrides } from '../../src/server';
import { shippedKnowledge, toReply, type Reply } from './testBot';

export interface HttpBot {
  url: string;
  /** Every log line the server wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  server: Server;
  botServer: BotServer;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Sends one activity with deliveryMode "expectReplies" and returns the bot's replies. */
  turn(activity: Partial<Activity>, conversationId?: string): Promise<Reply[]>;
  close(): Promise<void>;
}

/** The real express app on a free loopback port. */
export async function startHttpBot(overrides: Partial<Settings> = {}, serverOverrides: BotServerOverrides = {}): Promise<HttpBot> {
  const logs: Array<Record<string, unknown>> = [];
  const settings = { ...loadSettings({}), rateLimitPerMinute: 0, ipRateLimitPerMinute: 0, ...overrides };
  const sink = { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) };
  const botServer = createBotServer(settings, { kb: shippedKnowledge().kb, logger: createLogger('info', sink), ...serverOverrides });
  const { app } = botServer;
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return {
    url,
    logs,
    server,
    botServer,
    post,
    async turn(activity, conversationId = 'http-test') {
      const response = await post(activityFrom(activity, conversationId));
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as { activities?: Partial<Activity>[] };
      return (body.activities ?? []).map(toReply);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function activityFrom(activity: Partial<Activity>, conversationId = 'http-test'): Partial<Activity> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9/never-called',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot', name: 'Small Claims Helper' },
    deliveryMode: 'expectReplies',
    ...activity,
  };
}
