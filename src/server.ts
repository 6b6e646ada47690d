import type { Server } from 'node:http';
import {
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import type { Express } from 'express';
import { MainDialog } from '../dialogs/mainDialog';
import type { ConversationData, UserProfile } from './conversation/memory';
import { SmallClaimsBot } from './bot/smallClaimsBot';
import { TurnLogger } from './bot/turnLogger';
import { REPLY_TIMEOUT_MS, TurnPipeline } from './bot/turnPipeline';
import { TimeoutError, withTimeout } from './withTimeout';
import type { Settings } from './config';
import { createApp } from './http/app';
import { ChannelAdapter } from './http/channelAdapter';
import { acceptedIssuers } from './http/channelToken';
import { Drain } from './http/drain';
import { serviceUrlAllowed } from './http/serviceUrl';
import type { FetchLike } from './http/directLineToken';
import { IntentMatcher } from './intent/matcher';
import { extractFacts } from './calc/extract';
import { loadKnowledge } from './kb/load';
import type { KnowledgeBase } from './kb/types';
import { createLogger, type Logger } from './logging';
import { createStorage } from './state/createStorage';
import { StorageUnavailableError } from './state/optimisticStorage';
import { TeamsPresentation } from './teams/presentation';

export interface BotServer {
  app: Express;
  adapter: ChannelAdapter;
  bot: SmallClaimsBot;
  pipeline: TurnPipeline;
  kb: KnowledgeBase;
  storage: Storage;
  logger: Logger;
  /**
   * Stops taking requests (new ones get 503 with Connection: close), waits for HTTP requests in flight
   * up to the timeout, and resolves with how many had to be cut.
   */
  shutdown(server: Server): Promise<number>;
  /** Builds what the first turns of a kind would otherwise build (the Spanish matcher); call once idle. */
  warmUp(): void;
}

export interface BotServerOverrides {
  kb?: KnowledgeBase;
  storage?: Storage;
  logger?: Logger;
  /** Replaces fetch for the Direct Line token exchange (tests). */
  fetch?: FetchLike;
}

/**
 * The composition root, in one readable sequence: logger → knowledge → intent → authentication →
 * adapter → storage → state → dialogs → bot → HTTP. Nothing else creates infrastructure.
 */
export function createBotServer(settings: Settings, overrides: BotServerOverrides = {}): BotServer {
  const logger = overrides.logger ?? createLogger(settings.logLevel);
  const kb = overrides.kb ?? loadKnowledge();
  const matcher = new IntentMatcher(kb);
  // Each turn is matched once, by the matcher of its language. The Spanish one is built on the first
  // Spanish turn or by `warmUp`, whichever comes first: it is not on the way to the first answer.
  const spanishMatcher = kb.spanish ? lazyMatcher(kb.spanish) : undefined;
  const spanish = kb.spanish && spanishMatcher ? { kb: kb.spanish, matcher: spanishMatcher } : undefined;

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.microsoftAppId,
    MicrosoftAppPassword: settings.microsoftAppPassword,
    MicrosoftAppType: settings.microsoftAppType,
    MicrosoftAppTenantId: settings.microsoftAppTenantId,
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new ChannelAdapter(auth);
  const drain = new Drain();

  const storage =
    overrides.storage ??
    createStorage({
      store: settings.stateStore,
      blobConnectionString: settings.blobConnectionString,
      blobContainer: settings.blobContainer,
      conversationTtlMs: settings.conversationTtlHours * 60 * 60 * 1000,
      maxConversations: settings.maxConversations,
    });
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ event: 'turn-failed', error: error.name, detail: error.message }, 'turn failed');
    // State is never deleted here: the failure may be storage's, and what was saved before is still good.
    const reply =
      error instanceof StorageUnavailableError
        ? "Sorry, I couldn't save that just now, so nothing changed. Please send it again in a moment."
        : "Sorry, something went wrong on my side. Please try again, or type 'start over'.";
    // A channel that did not take the replies will not take an apology either.
    if (error instanceof TimeoutError) return;
    try {
      await withTimeout(context.sendActivity(reply), REPLY_TIMEOUT_MS, 'sending the failure reply');
    } catch (sendError) {
      logger.error({ event: 'turn-failed-reply', error: sendError instanceof Error ? sendError.message : String(sendError) }, 'could not tell the user about the failure');
    }
  };

  const dialog = new MainDialog({
    kb,
    matcher,
    ...(spanish ? { spanish } : {}),
    conversationData: conversationState.createProperty<ConversationData>('conversationData'),
    userProfile: userState.createProperty<UserProfile>('userProfile'),
  });
  const pipeline = new TurnPipeline({
    states: [conversationState, userState],
    onConflict: (attempt) => logger.info({ event: 'state-conflict', attempt }, 'state changed under this turn; rerunning it'),
  });
  adapter
    .use(new TurnLogger({ logger, logUserText: settings.logUserText, unansweredLog: settings.unansweredLog }))
    .use(pipeline)
    // After the pipeline, so it sees each reply once, stamped, as it is finally sent.
    .use(new TeamsPresentation({ kb, botAppId: settings.microsoftAppId }));
  const bot = new SmallClaimsBot({ conversationState, dialog, maxTextChars: settings.maxTextChars });
  const app = createApp({
    adapter,
    drain,
    ...(settings.microsoftAppId ? { issuers: acceptedIssuers(settings.microsoftAppTenantId) } : { allowedServiceUrl: serviceUrlAllowed(settings.serviceUrlHosts) }),
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

  async function shutdown(server: Server): Promise<number> {
    drain.start();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const deadline = Date.now() + settings.shutdownTimeoutMs;
    while (drain.inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    const cut = drain.inFlight;
    if (cut > 0) logger.warn({ event: 'shutdown-timeout', requests: cut, turns: pipeline.turnsInFlight }, 'gave up waiting for requests in flight');
    server.closeAllConnections();
    await closed;
    return cut;
  }

  return { app, adapter, bot, pipeline, kb, storage, logger, shutdown, warmUp: () => warmUp(spanishMatcher) };
}

/** A matcher built the first time it is asked to match, or told to build. */
function lazyMatcher(kb: KnowledgeBase): Pick<IntentMatcher, 'match'> & { build(): void } {
  let matcher: IntentMatcher | undefined;
  const built = (): IntentMatcher => (matcher ??= new IntentMatcher(kb));
  return {
    match: (...args) => built().match(...args),
    build: () => void built(),
  };
}

/**
 * What the first Spanish turn would otherwise pay for while everyone waits: the Spanish matcher, and
 * Microsoft's Spanish date and number recognizers (about two seconds of CPU to load and compile).
 */
function warmUp(spanishMatcher: { build(): void } | undefined): void {
  if (!spanishMatcher) return;
  spanishMatcher.build();
  extractFacts('el fallo se dictó el 2 de abril de 2026 y me pagó $500 cada dos semanas', '2026-12-01', 'es');
}
