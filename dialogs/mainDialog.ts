import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { normalizeText } from '../src/intent/normalize';
import { detectRole } from '../src/intent/role';
import { detectSmallTalk, type SmallTalk } from '../src/intent/smalltalk';
import type { Candidate } from '../src/intent/types';
import { AnswerPresenter } from './answerPresenter';
import { ExemptionsDialog } from './exemptionsDialog';
import { HardshipDialog } from './hardshipDialog';
import { RoleDialog, type RoleDialogOptions } from './roleDialog';
import { CollectionPlanDialog } from './collectionPlanDialog';
import { DeadlinesDialog } from './deadlinesDialog';
import { GarnishmentDialog } from './garnishmentDialog';
import { InterestDialog } from './interestDialog';
import { CALCULATOR_ACTIONS, requestedCalculator } from './calculatorActions';
import { garnishmentText, payoffText } from './calcReplies';
import { extractFacts, type Facts } from '../src/calc/extract';
import { computeGarnishment } from '../src/calc/garnishment';
import { payoff } from '../src/calc/interest';
import type { Calculator } from '../src/kb/types';
import { hasRoleSections } from '../src/kb/render';
import { InterruptibleDialog, isReroute } from './interruptibleDialog';
import { setMatchTag } from './matchTag';
import { choiceStyle, fallbackActivity, helpActivity, SMALL_TALK_REPLIES } from './replies';
import { DIALOG_IDS, todayOf, type ConversationData, type DialogDependencies } from './state';
import { choicePrompt } from './prompts';

const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(yesterday|today|last|ago)\b/i;

/** A cheap look for digits, dollar signs or month names before running the recognizers. */
function mayHoldFacts(text: string): boolean {
  return /[\d$]/.test(text) || MONTHS.test(text);
}

/** Whether a question already carries what a calculator needs, so it can start without asking. */
function hasFactsFor(calculator: Calculator, facts: Facts): boolean {
  switch (calculator) {
    case 'deadlines':
      return facts.dates.length > 0;
    case 'interest':
      return facts.dates.length > 0 && facts.amounts.length > 0;
    case 'garnishment':
      return facts.amounts.some((amount) => amount.period && !amount.monthly);
    case 'hardship-plan':
      return facts.amounts.some((amount) => amount.monthly);
    case 'collection-plan':
      return false;
  }
}

/** Entries whose question starts a guided dialog instead of a one-shot answer. */
const GUIDED_DIALOGS: Readonly<Record<string, string>> = {
  'what-cannot-be-taken': DIALOG_IDS.exemptions,
  'cant-pay-judgment': DIALOG_IDS.hardship,
};

const NONE_OF_THESE = 'None of these';
const FOLLOW_UP_NUMBER = /^(?:number |no |option |#)?(\d{1,2})$/;

interface MainOptions {
  /** A question handed back by a guided dialog the user left by asking it. */
  text?: string;
}

interface ClarifyState {
  candidates: Candidate[];
}

/**
 * Routes each turn: small talk, a numbered follow-up, an answer, a clarifying choice, a guided
 * dialog, or an honest fallback.
 */
export class MainDialog extends InterruptibleDialog {
  private readonly presenter: AnswerPresenter;

  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.main, deps);
    this.presenter = new AnswerPresenter(deps);
    // Anything that is not one of the choices is taken as a new question (see afterStep), so a
    // person who asks something else is never stuck re-picking from a list.
    this.addDialog(choicePrompt(async () => true))
      .addDialog(new ExemptionsDialog(deps))
      .addDialog(new HardshipDialog(deps))
      .addDialog(new RoleDialog(deps))
      .addDialog(new DeadlinesDialog(deps))
      .addDialog(new InterestDialog(deps))
      .addDialog(new GarnishmentDialog(deps))
      .addDialog(new CollectionPlanDialog(deps))
      .addDialog(new WaterfallDialog(DIALOG_IDS.mainFlow, [this.routeStep.bind(this), this.afterStep.bind(this)]));
    this.initialDialogId = DIALOG_IDS.mainFlow;
  }

  /** Runs one turn against the dialog stack kept in `dialogState`. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const data = await this.deps.conversationData.get(context, {});
    data.turns = (data.turns ?? 0) + 1;
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
    else if (result.status === DialogTurnStatus.complete && isReroute(result.result)) {
      await dc.beginDialog(this.id, { text: result.result.reroute } satisfies MainOptions);
    }
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const options = (step.options as MainOptions | undefined) ?? {};
    const text = options.text ?? context.activity.text ?? '';
    const normalized = normalizeText(text);
    const smallTalk = detectSmallTalk(normalized);
    if (smallTalk) return this.replySmallTalk(step, smallTalk);

    const profile = await this.deps.userProfile.get(context, {});
    const role = detectRole(normalized);
    if (role) profile.role = role;
    const data = await this.deps.conversationData.get(context, {});

    const picked = this.followUpByNumber(normalized, data.followUps);
    if (picked) {
      await this.presenter.present(context, picked, { kind: 'answer', score: 1 });
      return step.endDialog();
    }

    const offered = data.lastEntryId ? this.deps.kb.byId.get(data.lastEntryId)?.calculator : undefined;
    const calculator = requestedCalculator(normalized, offered);
    if (calculator) return this.startCalculator(step, calculator, extractFacts(text, todayOf(this.deps)));
    if (await this.answerFromMemory(step, normalized, text, data)) return step.endDialog();

    const { decision } = this.deps.matcher.match(text, { previousEntryId: data.lastEntryId, role: profile.role });
    switch (decision.kind) {
      case 'answer':
        return this.answerOrGuide(step, decision.id, decision.score);
      case 'clarify':
        return this.clarify(step, decision.candidates);
      case 'fallback':
        setMatchTag(context, { kind: 'fallback', score: decision.score, ...(decision.area ? { id: `out-of-scope:${decision.area.id}` } : {}) });
        await context.sendActivity(fallbackActivity(decision.area));
        return step.endDialog();
    }
  }

  private async answerOrGuide(step: WaterfallStepContext, id: string, score: number): Promise<DialogTurnResult> {
    const guided = GUIDED_DIALOGS[id];
    if (guided) return step.beginDialog(guided, { score });
    const calculator = this.presenter.entry(id).calculator;
    const text = step.context.activity.text ?? '';
    // The date and number recognizers cost milliseconds; run them only where a calculator could use them.
    if (calculator && mayHoldFacts(text)) {
      const facts = extractFacts(text, todayOf(this.deps));
      if (hasFactsFor(calculator, facts)) return this.startCalculator(step, calculator, facts);
    }
    if (await this.shouldAskRole(step, id)) return step.beginDialog(DIALOG_IDS.role, { entryId: id, score } satisfies RoleDialogOptions);
    await this.presenter.present(step.context, id, { kind: 'answer', score });
    return step.endDialog();
  }

  private async startCalculator(step: WaterfallStepContext, calculator: Calculator, facts: Facts): Promise<DialogTurnResult> {
    const withPeriod = facts.amounts.find((amount) => amount.period && !amount.monthly) ?? facts.amounts.find((amount) => amount.period);
    const other = facts.amounts.find((amount) => amount !== withPeriod && !amount.period);
    const monthly = facts.amounts.find((amount) => amount.monthly);
    switch (calculator) {
      case 'deadlines':
        return step.beginDialog(CALCULATOR_ACTIONS.deadlines.dialogId, { noticeDate: facts.dates[0] });
      case 'interest':
        return step.beginDialog(CALCULATOR_ACTIONS.interest.dialogId, { principal: facts.amounts[0]?.value, entryDate: facts.dates[0] });
      case 'garnishment':
        return step.beginDialog(CALCULATOR_ACTIONS.garnishment.dialogId, {
          pay: withPeriod?.value ?? (facts.amounts.length === 1 ? facts.amounts[0]!.value : undefined),
          period: withPeriod?.period ?? facts.period,
          judgmentAmount: other?.value,
        });
      case 'collection-plan':
        return step.beginDialog(CALCULATOR_ACTIONS['collection-plan'].dialogId, { noticeDate: facts.dates[0] });
      case 'hardship-plan':
        return step.beginDialog(CALCULATOR_ACTIONS['hardship-plan'].dialogId, { monthly: monthly?.value, judgmentAmount: other?.value });
    }
  }

  /**
   * Follow-ups that reuse what this conversation already worked out: "what was step 2 again?", "and if
   * they pay $100 a month?", "what if I made $1,200 a week?".
   */
  private async answerFromMemory(step: WaterfallStepContext, normalized: string, text: string, data: ConversationData): Promise<boolean> {
    const { context } = step;
    const stepNumber = /\bstep (\d{1,2})\b/.exec(normalized)?.[1];
    if (stepNumber && data.plan) {
      const saved = data.plan.steps[Number(stepNumber) - 1];
      setMatchTag(context, { kind: 'dialog', id: 'plan-step' });
      await context.sendActivity(saved ? `From ${data.plan.title.toLowerCase()}:\n\n${saved}` : `${data.plan.title} has ${data.plan.steps.length} steps; ask for a number from 1 to ${data.plan.steps.length}.`);
      return true;
    }
    const last = data.lastCalculation;
    if (!last || normalized.split(' ').length > 14 || !mayHoldFacts(text)) return false;
    const facts = extractFacts(text, todayOf(this.deps));
    const monthly = facts.amounts.find((amount) => amount.monthly);
    if (monthly && (last.kind === 'interest' || (last.kind === 'hardship' && last.judgmentAmount))) {
      const principal = last.kind === 'interest' ? last.principal : last.judgmentAmount!;
      const interest = last.kind === 'interest' ? last.interestUnpaid : 0;
      setMatchTag(context, { kind: 'dialog', id: 'payoff' });
      await context.sendActivity(payoffText(principal + interest, monthly.value, last.ratePercent, payoff(principal, interest, last.ratePercent, monthly.value)));
      return true;
    }
    const pay = facts.amounts.find((amount) => amount.period && !amount.monthly) ?? (last.kind === 'garnishment' && facts.amounts.length === 1 ? facts.amounts[0] : undefined);
    if (pay && last.kind === 'garnishment') {
      const input = { disposableEarnings: pay.value, period: pay.period ?? last.period, payDate: todayOf(this.deps) };
      data.lastCalculation = { ...last, pay: pay.value, period: input.period };
      setMatchTag(context, { kind: 'dialog', id: 'garnishment' });
      await context.sendActivity(garnishmentText(input, computeGarnishment(this.deps.kb, input), last.judgmentAmount));
      return true;
    }
    return false;
  }

  /** Ask which side the person is on only when this answer differs by side, and only once. */
  private async shouldAskRole(step: WaterfallStepContext, id: string): Promise<boolean> {
    if (!hasRoleSections(this.presenter.entry(id).body)) return false;
    const profile = await this.deps.userProfile.get(step.context, {});
    const data = await this.deps.conversationData.get(step.context, {});
    return !profile.role && !data.roleAsked;
  }

  private async clarify(step: WaterfallStepContext, candidates: Candidate[]): Promise<DialogTurnResult> {
    (step.values as ClarifyState).candidates = candidates;
    const choices = [...candidates.map(({ id }) => this.presenter.entry(id).question), NONE_OF_THESE];
    setMatchTag(step.context, { kind: 'clarify', id: candidates[0]!.id, score: candidates[0]!.score });
    return step.prompt(DIALOG_IDS.choice, {
      prompt: 'I want to get this right. Did you mean one of these?',
      choices,
      style: choiceStyle(step.context),
    });
  }

  private async afterStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (isReroute(step.result)) return step.replaceDialog(DIALOG_IDS.mainFlow, { text: step.result.reroute } satisfies MainOptions);
    const { candidates } = step.values as Partial<ClarifyState>;
    if (!candidates) return step.endDialog();
    const choice = step.result as FoundChoice | undefined;
    if (!choice) return step.replaceDialog(DIALOG_IDS.mainFlow, { text: step.context.activity.text } satisfies MainOptions);
    if (choice.index < candidates.length) {
      const chosen = candidates[choice.index]!;
      return this.answerOrGuide(step, chosen.id, chosen.score);
    } else {
      setMatchTag(step.context, { kind: 'fallback', id: 'none-of-these' });
      await step.context.sendActivity(fallbackActivity());
    }
    return step.endDialog();
  }

  private async replySmallTalk(step: WaterfallStepContext, kind: SmallTalk): Promise<DialogTurnResult> {
    const { context } = step;
    setMatchTag(context, { kind: 'smalltalk', id: kind });
    if (kind === 'help') {
      await context.sendActivity(helpActivity(context));
    } else {
      if (kind === 'startOver') {
        const { turns } = await this.deps.conversationData.get(context, {});
        await this.deps.conversationData.set(context, { turns });
      }
      await context.sendActivity(SMALL_TALK_REPLIES[kind]);
    }
    return step.endDialog();
  }

  private followUpByNumber(normalized: string, followUps: readonly string[] | undefined): string | undefined {
    const number = FOLLOW_UP_NUMBER.exec(normalized)?.[1];
    if (!number || !followUps?.length) return undefined;
    return followUps[Number(number) - 1];
  }
}
