import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isBotKind, listen, loadBotFactory } from './bots';

/**
 * Started by startup.ts as `node --import tsx bench/startupChild.ts <kind>`: builds one bot, listens
 * on 127.0.0.1 with an ephemeral port and prints `LISTENING <port> <scriptStartMs> <importedMs> <builtMs> <listeningMs>`
 * (times from performance.now(), i.e. since the process started). "floor" is a bare node:http server
 * with a canned reply: what node + tsx cost before any bot code.
 */
async function main(): Promise<void> {
  const scriptStart = performance.now();
  const kind = process.argv[2];
  let port: number;
  let imported: number;
  let built: number;
  if (kind === 'floor') {
    const body = JSON.stringify({ activities: [{ type: 'message', text: 'floor' }] });
    const server = createServer((_req, res) => {
      _req.resume();
      _req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    });
    imported = built = performance.now();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  } else if (isBotKind(kind)) {
    const factory = await loadBotFactory(kind);
    imported = performance.now();
    const app = factory();
    built = performance.now();
    port = (await listen(app)).port;
  } else {
    throw new Error(`unknown bot kind "${kind ?? ''}"`);
  }
  process.stdout.write(`LISTENING ${port} ${scriptStart.toFixed(1)} ${imported.toFixed(1)} ${built.toFixed(1)} ${performance.now().toFixed(1)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
