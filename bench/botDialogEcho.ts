import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  UserState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState, type WaterfallStepContext } from 'botbuilder-dialogs';
import express, { type Express } from 'express';

interface Profile {
  turns?: number;
}

/** A one-step waterfall inside a component dialog: echo the text and end. */
class EchoDialog extends ComponentDialog {
  constructor(private readonly profile: StatePropertyAccessor<Profile>) {
    super('echoMain');
    this.addDialog(new WaterfallDialog('echoFlow', [this.echoStep.bind(this)]));
    this.initialDialogId = 'echoFlow';
  }

  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async echoStep(step: WaterfallStepContext) {
    const profile = await this.profile.get(step.context, {});
    profile.turns = (profile.turns ?? 0) + 1;
    await step.context.sendActivity(`Echo: ${step.context.activity.text ?? ''}`);
    return step.endDialog();
  }
}

/**
 * Reference (c): the same with botbuilder-dialogs, ConversationState and UserState on MemoryStorage,
 * both saved at the end of every turn (the dialog stack and a per-user turn counter change each turn).
 */
export function createDialogEchoApp(): Express {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  adapter.onTurnError = async (context) => {
    await context.sendActivity('Sorry, something went wrong.');
    await conversationState.delete(context);
  };
  const dialogState = conversationState.createProperty<DialogState>('DialogState');
  const dialog = new EchoDialog(userState.createProperty<Profile>('profile'));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await dialog.run(context, dialogState);
    await next();
  });
  const run = async (context: TurnContext) => {
    await bot.run(context);
    await conversationState.saveChanges(context, false);
    await userState.saveChanges(context, false);
  };
  const app = express();
  app.post('/api/messages', express.json(), async (req, res) => {
    await adapter.process(req, res, run);
  });
  return app;
}
