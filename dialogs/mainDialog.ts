import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Choice, Dialog, DialogContext, DialogState, PromptOptions } from 'botbuilder-dialogs';
// The dialog set alone, not the package's index: the index loads every prompt and Microsoft's
// recognizers, which only a turn inside a guided flow needs (see `addFlows`).
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import { payoff } from '../src/calc/interest';
import { answerCalculation, missingFacts, type CalculatorRequest } from '../src/conversation/calculators';
import { payoffText } from '../src/conversation/calcText';
import { clearedConversation, type ConversationData, type UserProfile } from '../src/conversation/memory';
import { detectReaction } from '../src/conversation/reactions';
import { interruption, routeTurn, type GuidedFlow, type Route } from '../src/conversation/router';
import { normalizeText } from '../src/intent/normalize';
import type { Calculator, Role } from '../src/kb/types';
import { InputError } from '../src/calc/errors';
import { AnswerPresenter } from './answerPresenter';
import { choiceReply } from './choiceReply';
import { setMatchTag } from './matchTag';
import { fallbackActivity, helpActivity, sideActivity, startOverActivity, withChoices } from './replies';
import { replyLanguage, say, setReplyLanguage } from './replyLanguage';
import { DIALOG_IDS, knowledgeFor, todayOf, type DialogDependencies } from './state';
import { turnLanguage } from '../src/conversation/turnLanguage';

const FLOW_DIALOGS: Readonly<Record<GuidedFlow, string>> = {
  exemptions: DIALOG_IDS.exemptions,
  hardship: DIALOG_IDS.hardship,
};

const CALCULATOR_DIALOGS: Readonly<Record<Calculator, string>> = {
  deadlines: DIALOG_IDS.deadlines,
  interest: DIALOG_IDS.interest,
  garnishment: DIALOG_IDS.garnishment,
  'collection-plan': DIALOG_IDS.collectionPlan,
  'hardship-plan': DIALOG_IDS.hardship,
};

type Flows = { dialogs: readonly Dialog[]; recognizeChoices: typeof import('./flows').recognizeChoices };

/**
 * One turn of the conversation: the message is matched once; a guided flow waiting for an answer gets
 * it unless the message interrupts (checked once, here); otherwise the router picks the route and this
 * class turns it into replies. Only the multi-turn flows are Bot Framework dialogs.
 */
export class MainDialog {
  private readonly presenter: AnswerPresenter;
  private flows?: Flows;

  constructor(private readonly deps: DialogDependencies) {
    this.presenter = new AnswerPresenter(deps);
  }

  /**
   * The guided flows join the turn's dialog set only when the turn is inside one or starts one. They are
   * created the first time: their prompts bring in Microsoft's recognizers, a large part of start-up,
   * and most turns are answers that need none of it.
   */
  private async addFlows(dialogs: DialogSet): Promise<Flows> {
    if (!this.flows) {
      const flows = await import('./flows');
      this.flows = { dialogs: flows.createFlows(this.deps), recognizeChoices: flows.recognizeChoices };
    }
    for (const flow of this.flows.dialogs) dialogs.add(flow);
    return this.flows;
  }

  private async begin(dc: DialogContext, dialogId: string, options: object): Promise<void> {
    await this.addFlows(dc.dialogs);
    await dc.beginDialog(dialogId, options);
  }

  /** Runs one turn against the dialog stack kept in `dialogState`. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const data = await this.deps.conversationData.get(context, {});
    const profile = await this.deps.userProfile.get(context, {});
    data.turns = (data.turns ?? 0) + 1;
    const text = context.activity.text ?? '';
    const normalized = normalizeText(text);
    const dialogs = new DialogSet(dialogState);
    const dc = await dialogs.createContext(context);

    const language = turnLanguage({ text, normalized, current: data.language, locale: context.activity.locale, inFlow: dc.activeDialog !== undefined });
    data.language = language.language;
    setReplyLanguage(context, language.language);
    const { kb, matcher } = knowledgeFor(this.deps, language.language);
    const match = matcher.match(text, { previousEntryId: data.lastEntryId, role: profile.role });
    if (language.asked) {
      // A flow asked its question in the other language; it starts again when the person asks for it.
      await dc.cancelAllDialogs();
      setMatchTag(context, { kind: 'smalltalk', id: 'language' });
      await context.sendActivity(withChoices(context, say(context).languageChosen, say(context).starterQuestions.map((question) => ({ title: question, value: question }))));
      return;
    }
    if (dc.activeDialog) {
      const { recognizeChoices } = await this.addFlows(dialogs);
      const kind = interruption({ text, normalized, language: language.language, match, answersPrompt: answersOpenPrompt(dc, text, normalized, recognizeChoices) });
      if (kind === 'help') {
        setMatchTag(context, { kind: 'smalltalk', id: 'help' });
        await context.sendActivity(say(context).promptHelp);
        await dc.repromptDialog();
        return;
      }
      if (kind === 'startOver') {
        await dc.cancelAllDialogs();
        await this.startOver(context);
        return;
      }
      if (!kind) {
        await dc.continueDialog();
        return;
      }
      await dc.cancelAllDialogs();
    }
    const { route, role } = routeTurn({ text, normalized, match, memory: data, profile, kb, language: language.language, today: todayOf(this.deps) });
    if (role) profile.role = role;
    await this.perform(dc, route, data, profile);
  }

  private async perform(dc: DialogContext, route: Route, data: ConversationData, profile: UserProfile): Promise<void> {
    const { context } = dc;
    switch (route.kind) {
      case 'smalltalk':
        if (route.talk === 'startOver') return this.startOver(context);
        setMatchTag(context, { kind: 'smalltalk', id: route.talk });
        await context.sendActivity(route.talk === 'help' ? helpActivity(context) : say(context).smallTalk[route.talk]);
        return;
      case 'reaction':
        setMatchTag(context, { kind: 'smalltalk', id: route.reaction });
        await context.sendActivity(say(context).reactions[route.reaction]);
        return;
      case 'side':
        return this.narrowToSide(dc, route.role, data);
      case 'plan-step': {
        const plan = data.plan!;
        const saved = plan.steps[route.step - 1];
        setMatchTag(context, { kind: 'dialog', id: 'plan-step' });
        await context.sendActivity(saved ? say(context).planStep(plan.title, saved) : say(context).planStepOutOfRange(plan.title, plan.steps.length));
        return;
      }
      case 'payoff':
        return this.payoff(context, route.monthly, data);
      case 'calculator':
        return this.calculate(dc, route.request, profile);
      case 'guided':
        await this.begin(dc, FLOW_DIALOGS[route.flow], {});
        return;
      case 'answer':
        await this.presenter.present(context, route.entryId, { kind: 'answer', score: route.score }, { offerSides: route.offerSides === true });
        return;
      case 'clarify': {
        data.followUps = route.candidates.map(({ id }) => id);
        data.clarifying = true;
        data.offer = undefined;
        const top = route.candidates[0]!;
        setMatchTag(context, { kind: 'clarify', id: top.id, score: top.score });
        const choices = [...route.candidates.map(({ id }) => this.presenter.entry(id, context).question), say(context).noneOfThese];
        await context.sendActivity(withChoices(context, say(context).clarify, choices.map((question) => ({ title: question, value: question }))));
        return;
      }
      case 'none-of-these':
        data.followUps = [];
        data.clarifying = false;
        setMatchTag(context, { kind: 'fallback', id: 'none-of-these' });
        await context.sendActivity(fallbackActivity(context));
        return;
      case 'fallback':
        data.followUps = [];
        data.clarifying = false;
        setMatchTag(context, { kind: 'fallback', score: route.score, ...(route.area ? { id: `out-of-scope:${route.area.id}` } : {}) });
        await context.sendActivity(fallbackActivity(context, route.area));
        return;
    }
  }

  /** With every fact given, the result now; otherwise the calculator's flow asks for what is missing. */
  private async calculate(dc: DialogContext, request: CalculatorRequest, profile: UserProfile): Promise<void> {
    if (missingFacts(request).length) {
      await this.begin(dc, CALCULATOR_DIALOGS[request.calculator], request.options);
      return;
    }
    try {
      const answer = answerCalculation({ kb: this.deps.kb, language: replyLanguage(dc.context), today: todayOf(this.deps), ...(profile.role ? { role: profile.role } : {}) }, request);
      await this.presenter.presentCalculation(dc.context, request.calculator, answer);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setMatchTag(dc.context, { kind: 'dialog', id: request.calculator });
      await dc.context.sendActivity(error.message);
    }
  }

  /** "I'm owed money" / "I owe money": the answer on screen again, for that side. */
  private async narrowToSide(dc: DialogContext, role: Role, data: ConversationData): Promise<void> {
    const last = data.lastEntryId;
    if (last === 'cant-pay-judgment') {
      if (role === 'debtor') await this.begin(dc, DIALOG_IDS.hardship, {});
      else await this.presenter.present(dc.context, 'debtor-no-assets', { kind: 'answer', score: 1 });
      return;
    }
    if (last && knowledgeFor(this.deps, replyLanguage(dc.context)).kb.byId.has(last)) {
      await this.presenter.present(dc.context, last, { kind: 'answer', score: 1 });
      return;
    }
    setMatchTag(dc.context, { kind: 'smalltalk', id: 'side' });
    await dc.context.sendActivity(sideActivity(dc.context, role));
  }

  private async payoff(context: TurnContext, monthly: number, data: ConversationData): Promise<void> {
    const last = data.lastCalculation!;
    const language = replyLanguage(context);
    setMatchTag(context, { kind: 'dialog', id: 'payoff' });
    if (last.kind === 'interest') {
      await context.sendActivity(payoffText(last.principal + last.interestUnpaid, monthly, last.ratePercent, payoff(last.principal, last.interestUnpaid, last.ratePercent, monthly), language));
    } else if (last.kind === 'hardship' && last.judgmentAmount) {
      await context.sendActivity(payoffText(last.judgmentAmount, monthly, last.ratePercent, payoff(last.judgmentAmount, 0, last.ratePercent, monthly), language));
    }
  }

  private async startOver(context: TurnContext): Promise<void> {
    const data = await this.deps.conversationData.get(context, {});
    await this.deps.conversationData.set(context, clearedConversation(data));
    setMatchTag(context, { kind: 'smalltalk', id: 'startOver' });
    await context.sendActivity(startOverActivity(context));
  }
}

/**
 * Whether the message answers the prompt waiting deepest in the stack: one of its choices (by its
 * words or synonyms, anywhere in the message), a number or date for a number or date prompt, or "not sure".
 */
function answersOpenPrompt(dc: DialogContext, text: string, normalized: string, recognizeChoices: Flows['recognizeChoices']): boolean {
  if (detectReaction(normalized, replyLanguage(dc.context)) === 'notSure') return true;
  let deepest: DialogContext = dc;
  while (deepest.child) deepest = deepest.child;
  const active = deepest.activeDialog;
  const options = (active?.state as { options?: PromptOptions } | undefined)?.options;
  const choices = (options?.choices ?? []).map((choice): Choice => (typeof choice === 'string' ? { value: choice } : choice));
  // Choices are a few words, at the start of a reply; the recognizer's cost grows with the text's length.
  if (choices.length) return recognizeChoices(choiceReply(text, replyLanguage(dc.context)), choices, { locale: dc.context.activity.locale }).length > 0;
  if (active?.id === DIALOG_IDS.number) return /\d|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|nothing|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|ciento|mil|nada)\b/.test(normalized);
  if (active?.id === DIALOG_IDS.date) return /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\b|\b(yesterday|today|last|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ayer|hoy|pasado|pasada|hace|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b/.test(normalized);
  return false;
}

