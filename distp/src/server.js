"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createBotServer = createBotServer;
const botbuilder_1 = require("botbuilder");
const mainDialog_1 = require("../dialogs/mainDialog");
const smallClaimsBot_1 = require("./bot/smallClaimsBot");
const turnLogger_1 = require("./bot/turnLogger");
const turnPipeline_1 = require("./bot/turnPipeline");
const withTimeout_1 = require("./withTimeout");
const app_1 = require("./http/app");
const channelAdapter_1 = require("./http/channelAdapter");
const channelToken_1 = require("./http/channelToken");
const drain_1 = require("./http/drain");
const serviceUrl_1 = require("./http/serviceUrl");
const matcher_1 = require("./intent/matcher");
const load_1 = require("./kb/load");
const logging_1 = require("./logging");
const createStorage_1 = require("./state/createStorage");
const optimisticStorage_1 = require("./state/optimisticStorage");
const presentation_1 = require("./teams/presentation");
/**
 * The composition root, in one readable sequence: logger → knowledge → intent → authentication →
 * adapter → storage → state → dialogs → bot → HTTP. Nothing else creates infrastructure.
 */
function createBotServer(settings, overrides = {}) {
    const logger = overrides.logger ?? (0, logging_1.createLogger)(settings.logLevel);
    const kb = overrides.kb ?? (0, load_1.loadKnowledge)();
    const matcher = new matcher_1.IntentMatcher(kb);
    const auth = new botbuilder_1.ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: settings.microsoftAppId,
        MicrosoftAppPassword: settings.microsoftAppPassword,
        MicrosoftAppType: settings.microsoftAppType,
        MicrosoftAppTenantId: settings.microsoftAppTenantId,
    });
    const adapter = new channelAdapter_1.ChannelAdapter(auth);
    const drain = new drain_1.Drain();
    const storage = overrides.storage ??
        (0, createStorage_1.createStorage)({
            store: settings.stateStore,
            blobConnectionString: settings.blobConnectionString,
            blobContainer: settings.blobContainer,
            conversationTtlMs: settings.conversationTtlHours * 60 * 60 * 1000,
            maxConversations: settings.maxConversations,
        });
    const conversationState = new botbuilder_1.ConversationState(storage);
    const userState = new botbuilder_1.UserState(storage);
    adapter.onTurnError = async (context, error) => {
        logger.error({ event: 'turn-failed', error: error.name, detail: error.message }, 'turn failed');
        // State is never deleted here: the failure may be storage's, and what was saved before is still good.
        const reply = error instanceof optimisticStorage_1.StorageUnavailableError
            ? "Sorry, I couldn't save that just now, so nothing changed. Please send it again in a moment."
            : "Sorry, something went wrong on my side. Please try again, or type 'start over'.";
        // A channel that did not take the replies will not take an apology either.
        if (error instanceof withTimeout_1.TimeoutError)
            return;
        try {
            await (0, withTimeout_1.withTimeout)(context.sendActivity(reply), turnPipeline_1.REPLY_TIMEOUT_MS, 'sending the failure reply');
        }
        catch (sendError) {
            logger.error({ event: 'turn-failed-reply', error: sendError instanceof Error ? sendError.message : String(sendError) }, 'could not tell the user about the failure');
        }
    };
    const dialog = new mainDialog_1.MainDialog({
        kb,
        matcher,
        conversationData: conversationState.createProperty('conversationData'),
        userProfile: userState.createProperty('userProfile'),
    });
    const pipeline = new turnPipeline_1.TurnPipeline({
        states: [conversationState, userState],
        onConflict: (attempt) => logger.info({ event: 'state-conflict', attempt }, 'state changed under this turn; rerunning it'),
    });
    adapter
        .use(new turnLogger_1.TurnLogger({ logger, logUserText: settings.logUserText, unansweredLog: settings.unansweredLog }))
        .use(pipeline)
        // After the pipeline, so it sees each reply once, stamped, as it is finally sent.
        .use(new presentation_1.TeamsPresentation({ kb, botAppId: settings.microsoftAppId }));
    const bot = new smallClaimsBot_1.SmallClaimsBot({ conversationState, dialog, maxTextChars: settings.maxTextChars });
    const app = (0, app_1.createApp)({
        adapter,
        drain,
        ...(settings.microsoftAppId ? { issuers: (0, channelToken_1.acceptedIssuers)(settings.microsoftAppTenantId) } : { allowedServiceUrl: (0, serviceUrl_1.serviceUrlAllowed)(settings.serviceUrlHosts) }),
        ipRateLimitPerMinute: settings.ipRateLimitPerMinute,
        bot,
        entryCount: kb.entries.length,
        maxBodyBytes: settings.maxBodyBytes,
        logger,
        rateLimitPerMinute: settings.rateLimitPerMinute,
        storageReady: async () => {
            await storage.read(['readyz-probe']);
            return true;
        },
        ...(settings.directLineSecret ? { directLine: { secret: settings.directLineSecret, endpoint: settings.directLineEndpoint, ...(overrides.fetch ? { fetch: overrides.fetch } : {}) } } : {}),
    });
    async function shutdown(server) {
        drain.start();
        const closed = new Promise((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = Date.now() + settings.shutdownTimeoutMs;
        while (drain.inFlight > 0 && Date.now() < deadline)
            await new Promise((resolve) => setTimeout(resolve, 25));
        const cut = drain.inFlight;
        if (cut > 0)
            logger.warn({ event: 'shutdown-timeout', requests: cut, turns: pipeline.turnsInFlight }, 'gave up waiting for requests in flight');
        server.closeAllConnections();
        await closed;
        return cut;
    }
    return { app, adapter, bot, pipeline, kb, storage, logger, shutdown };
}
//# sourceMappingURL=server.js.map