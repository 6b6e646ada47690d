import { ConfigError, loadEnvFile, loadSettings } from './config';
import { KnowledgeError } from './kb/errors';
import { createBotServer } from './server';

const WARM_UP_AFTER_MS = 1000;

function main(): void {
  let settings;
  let botServer;
  try {
    loadEnvFile();
    settings = loadSettings();
    botServer = createBotServer(settings);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KnowledgeError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { app, kb, logger, shutdown, warmUp } = botServer;
  const { port } = settings;
  const server = app.listen(port, (error?: Error) => {
    if (error) {
      logger.error({ event: 'listen-failed', port, error: error.message }, `cannot listen on port ${port}`);
      process.exit(1);
    }
    // After the first requests can be answered, not before them: start-up is spawn → first answer.
    setTimeout(warmUp, WARM_UP_AFTER_MS).unref();
    logger.info({ event: 'listening', port, entries: kb.entries.length, store: settings.stateStore, auth: Boolean(settings.microsoftAppId) }, `Small Claims Helper on http://localhost:${port} (web chat at /, Bot Framework endpoint at /api/messages)`);
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal }, 'shutting down: finishing turns in flight');
    shutdown(server).then(
      (cut) => {
        logger.info({ event: 'stopped', cut }, 'stopped');
        // Requests had to be cut: tell the orchestrator this was not a clean stop.
        process.exit(cut > 0 ? 1 : 0);
      },
      (error: unknown) => {
        logger.error({ event: 'shutdown-failed', error: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main();
