import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import express, { type Express } from 'express';

/** Reference (b): express 5 + CloudAdapter + an ActivityHandler that echoes the text. No state. */
export function createEchoApp(): Express {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
  adapter.onTurnError = async (context) => {
    await context.sendActivity('Sorry, something went wrong.');
  };
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const app = express();
  app.post('/api/messages', express.json(), async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return app;
}
