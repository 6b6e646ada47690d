import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  UserState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import type { Express } from 'express';
import { MainDialog } from '../dialogs/mainDialog';
import type { ConversationData, UserProfile } from '../dialogs/state';
import { SmallClaimsBot } from './bot/smallClaimsBot';
import type { Settings } from './config';
import { createApp } from './http/app';
import type { FetchLike } from './http/directLineToken';
import { IntentMatcher } from './intent/matcher';
import { loadKnowledge } from './kb/load';
import type { KnowledgeBase } from './kb/types';

export interface BotServer {
  app: Express;
  adapter: CloudAdapter;
  kb: KnowledgeBase;
  storage: Storage;
}

export interface BotServerOverrides {
  kb?: KnowledgeBase;
  storage?: Storage;
  log?: (message: string) => void;
  /** Replaces fetch for the Direct Line token exchange (tests). */
  fetch?: FetchLike;
}

/**
 * The composition root, in one readable sequence: knowledge → intent → authentication → adapter →
 * storage → state → dialogs → bot → HTTP. Nothing else creates infrastructure.
 */
export function createBotServer(settings: Settings, overrides: BotServerOverrides = {}): BotServer {
  const log = overrides.log ?? ((message: string) => console.warn(message));
  const kb = overrides.kb ?? loadKnowledge();
  const matcher = new IntentMatcher(kb);

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.microsoftAppId,
    MicrosoftAppPassword: settings.microsoftAppPassword,
    MicrosoftAppType: settings.microsoftAppType,
    MicrosoftAppTenantId: settings.microsoftAppTenantId,
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);

  const storage = overrides.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log(`turn failed: ${error.name}: ${error.message}`);
    try {
      await context.sendActivity("Sorry, something went wrong on my side. Please try again, or type 'start over'.");
      await conversationState.delete(context);
    } catch (sendError) {
      log(`could not tell the user about the failure: ${sendError instanceof Error ? sendError.message : String(sendError)}`);
    }
  };

  const dialog = new MainDialog({
    kb,
    matcher,
    conversationData: conversationState.createProperty<ConversationData>('conversationData'),
    userProfile: userState.createProperty<UserProfile>('userProfile'),
  });
  const bot = new SmallClaimsBot({ conversationState, userState, dialog, maxTextChars: settings.maxTextChars });
  const app = createApp({
    adapter,
    bot,
    entryCount: kb.entries.length,
    maxBodyBytes: settings.maxBodyBytes,
    log,
    ...(settings.directLineSecret ? { directLine: { secret: settings.directLineSecret, endpoint: settings.directLineEndpoint, ...(overrides.fetch ? { fetch: overrides.fetch } : {}) } } : {}),
  });
  return { app, adapter, kb, storage };
}
