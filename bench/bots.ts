import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_KINDS = ['smallclaims', 'echo', 'dialogs'] as const;
export type BotKind = (typeof BOT_KINDS)[number];

export const BOT_LABELS: Record<BotKind, string> = {
  smallclaims: 'this bot (Small Claims Helper)',
  echo: 'ref (b) echo',
  dialogs: 'ref (c) dialogs + state echo',
};

/** Loads only that bot's modules (start-up is measured per bot) and returns its app factory. */
export async function loadBotFactory(kind: BotKind): Promise<() => Express> {
  switch (kind) {
    case 'smallclaims':
      return (await import('./botSmallClaims')).createSmallClaimsApp;
    case 'echo':
      return (await import('./botEcho')).createEchoApp;
    case 'dialogs':
      return (await import('./botDialogEcho')).createDialogEchoApp;
  }
}

/** Builds a bot's express app. */
export async function createBotApp(kind: BotKind): Promise<Express> {
  return (await loadBotFactory(kind))();
}

export interface RunningBot {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 with an ephemeral port. */
export async function listen(app: Express): Promise<RunningBot> {
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function isBotKind(value: string | undefined): value is BotKind {
  return (BOT_KINDS as readonly string[]).includes(value ?? '');
}
