import { ComponentDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { InputError } from '../src/calc/errors';
import { answerCalculation, type CalculatorRequest } from '../src/conversation/calculators';
import { AnswerPresenter } from './answerPresenter';
import { setMatchTag } from './matchTag';
import { choiceStyle } from './replies';
import { replyLanguage, say } from './replyLanguage';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';

export interface ChoiceSpec {
  label: string;
  synonyms?: readonly string[];
}

/**
 * A multi-turn flow: asks for what is still missing, one prompt per step, each tagged with the flow's
 * topic. Interruptions (help, start over, a new question) are the main dialog's, checked once per turn.
 */
export abstract class GuidedDialog extends ComponentDialog {
  protected readonly presenter: AnswerPresenter;

  protected constructor(
    id: string,
    protected readonly deps: DialogDependencies,
    /** The match tag id of this flow's replies. */
    protected readonly topic: string,
  ) {
    super(id);
    this.presenter = new AnswerPresenter(deps);
  }

  protected today(): string {
    return todayOf(this.deps);
  }

  protected askChoice(step: WaterfallStepContext, prompt: string, choices: readonly ChoiceSpec[], retryPrompt?: string): Promise<DialogTurnResult> {
    setMatchTag(step.context, { kind: 'dialog', id: this.topic });
    return step.prompt(DIALOG_IDS.choice, {
      prompt,
      ...(retryPrompt ? { retryPrompt } : {}),
      choices: choices.map(({ label, synonyms }) => ({ value: label, synonyms: [...(synonyms ?? [])] })),
      style: choiceStyle(step.context),
    });
  }

  /** `allowUnknown`: "0", "not sure" or "I don't know" are answers (the step gets 0 or undefined). */
  protected askNumber(step: WaterfallStepContext, prompt: string, retryPrompt: string, allowUnknown = false): Promise<DialogTurnResult> {
    setMatchTag(step.context, { kind: 'dialog', id: this.topic });
    return step.prompt(DIALOG_IDS.number, { prompt, retryPrompt, validations: { allowZero: allowUnknown, allowUnknown } });
  }

  protected askDate(step: WaterfallStepContext, prompt: string, retryPrompt: string, allowUnknown = false): Promise<DialogTurnResult> {
    setMatchTag(step.context, { kind: 'dialog', id: this.topic });
    return step.prompt(DIALOG_IDS.date, { prompt, retryPrompt, validations: { allowUnknown } });
  }

  /** The worked-out answer, result first; a fact the calculator cannot use is explained, not a crash. */
  protected async finish(step: WaterfallStepContext, request: CalculatorRequest): Promise<DialogTurnResult> {
    const profile = await this.deps.userProfile.get(step.context, {});
    try {
      const answer = answerCalculation({ kb: this.deps.kb, language: replyLanguage(step.context), today: this.today(), ...(profile.role ? { role: profile.role } : {}) }, request);
      await this.presenter.presentCalculation(step.context, this.topic, answer);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setMatchTag(step.context, { kind: 'dialog', id: this.topic });
      const messages = say(step.context);
      await step.context.sendActivity(messages.tryAgain(error.message, this.topic === 'deadlines' ? messages.calculatorTitles.deadlines : messages.startOverCommand));
    }
    return step.endDialog();
  }
}
