import { ConfigError, loadSettings } from './config';
import { KnowledgeError } from './kb/errors';
import { createBotServer } from './server';

function main(): void {
  let server;
  let settings;
  try {
    settings = loadSettings();
    server = createBotServer(settings);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KnowledgeError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { port } = settings;
  server.app.listen(port, () => {
    console.log(`Small Claims Helper: ${server.kb.entries.length} answers loaded, listening on http://localhost:${port}`);
    console.log(`  Bot Framework endpoint: http://localhost:${port}/api/messages${settings.microsoftAppId ? '' : ' (local mode: no authentication)'}`);
  });
}

main();
