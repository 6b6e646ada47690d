"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const config_1 = require("./config");
const errors_1 = require("./kb/errors");
const server_1 = require("./server");
function main() {
    let settings;
    let botServer;
    try {
        (0, config_1.loadEnvFile)();
        settings = (0, config_1.loadSettings)();
        botServer = (0, server_1.createBotServer)(settings);
    }
    catch (error) {
        if (error instanceof config_1.ConfigError || error instanceof errors_1.KnowledgeError) {
            console.error(error.message);
            process.exit(1);
        }
        throw error;
    }
    const { app, kb, logger, shutdown } = botServer;
    const { port } = settings;
    const server = app.listen(port, (error) => {
        if (error) {
            logger.error({ event: 'listen-failed', port, error: error.message }, `cannot listen on port ${port}`);
            process.exit(1);
        }
        logger.info({ event: 'listening', port, entries: kb.entries.length, store: settings.stateStore, auth: Boolean(settings.microsoftAppId) }, `Small Claims Helper on http://localhost:${port} (web chat at /, Bot Framework endpoint at /api/messages)`);
    });
    let stopping = false;
    const stop = (signal) => {
        if (stopping)
            return;
        stopping = true;
        logger.info({ event: 'shutdown', signal }, 'shutting down: finishing turns in flight');
        shutdown(server).then((cut) => {
            logger.info({ event: 'stopped', cut }, 'stopped');
            // Requests had to be cut: tell the orchestrator this was not a clean stop.
            process.exit(cut > 0 ? 1 : 0);
        }, (error) => {
            logger.error({ event: 'shutdown-failed', error: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
            process.exit(1);
        });
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
}
main();
//# sourceMappingURL=index.js.map