import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { computeDeadlines } from '../src/calc/deadlines';
import { collectionPlan, type DebtorFact } from '../src/calc/plans';
import { planStepText, planText } from './calcReplies';
import { InterruptibleDialog } from './interruptibleDialog';
import { setMatchTag } from './matchTag';
import { choiceStyle } from './replies';
import { DIALOG_IDS, todayOf, type DialogDependencies } from './state';
import { choicePrompt } from './prompts';

export interface CollectionPlanOptions {
  noticeDate?: string;
  waitOver?: boolean | null;
  known?: DebtorFact[];
}

const WAIT_CHOICES: ReadonlyArray<{ label: string; value: boolean | null }> = [
  { label: 'Yes, 30 days have passed', value: true },
  { label: 'No, not yet', value: false },
  { label: 'Not sure', value: null },
];

const FACT_CHOICES: ReadonlyArray<{ label: string; fact?: DebtorFact; synonyms: string[] }> = [
  { label: 'Where they work', fact: 'employer', synonyms: ['job', 'employer', 'work', 'works'] },
  { label: 'Where they bank', fact: 'bank', synonyms: ['bank', 'account'] },
  { label: 'They own a home or land', fact: 'real-property', synonyms: ['house', 'home', 'land', 'property'] },
  { label: 'They own a car', fact: 'vehicle', synonyms: ['car', 'truck', 'vehicle'] },
  { label: 'They run a business', fact: 'business', synonyms: ['business', 'shop', 'store', 'restaurant'] },
  { label: 'Nothing yet', fact: 'nothing', synonyms: ['nothing', 'none', 'no idea', "don't know"] },
  { label: "That's all", synonyms: ['done', 'that is all', 'thats all', 'no more', 'finished'] },
];

/**
 * For the person owed money: asks whether the 30 days have passed and what they know about the
 * debtor (one at a time, until "that's all"), then gives an ordered plan and remembers it.
 */
export class CollectionPlanDialog extends InterruptibleDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.collectionPlan, deps);
    this.addDialog(choicePrompt()).addDialog(
      new WaterfallDialog(DIALOG_IDS.collectionPlanFlow, [this.askWait.bind(this), this.askKnown.bind(this), this.collect.bind(this)]),
    );
    this.initialDialogId = DIALOG_IDS.collectionPlanFlow;
  }

  private options(step: WaterfallStepContext): CollectionPlanOptions {
    return (step.options as CollectionPlanOptions | undefined) ?? {};
  }

  private async askWait(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    if (options.waitOver !== undefined) return step.next(options.waitOver);
    if (options.noticeDate) {
      const collect = computeDeadlines(this.deps.kb, { noticeDate: options.noticeDate, today: todayOf(this.deps) }).steps.find((s) => s.key === 'collect')!;
      return step.next(collect.passed || collect.date === todayOf(this.deps));
    }
    setMatchTag(step.context, { kind: 'dialog', id: 'collection-plan' });
    return step.prompt(DIALOG_IDS.choice, {
      prompt: "Let's make your collection plan. Have 30 days passed since the Notice of Entry of Judgment (SC-130) was mailed or handed to you?",
      choices: WAIT_CHOICES.map(({ label }) => label),
      style: choiceStyle(step.context),
    });
  }

  private async askKnown(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const waitOver = typeof step.result === 'boolean' || step.result === null ? (step.result as boolean | null) : WAIT_CHOICES[(step.result as FoundChoice).index]!.value;
    (step.values as CollectionPlanOptions).waitOver = waitOver;
    const known = this.options(step).known ?? [];
    setMatchTag(step.context, { kind: 'dialog', id: 'collection-plan' });
    const offered = FACT_CHOICES.filter((choice) => !choice.fact || !known.includes(choice.fact)).filter((choice) => known.length > 0 || choice.fact);
    return step.prompt(DIALOG_IDS.choice, {
      prompt: known.length ? 'Anything else you know? Pick another, or "That\'s all".' : 'What do you know about the person who owes you? Pick one; you can add more after.',
      choices: offered.map(({ label, synonyms }) => ({ value: label, synonyms })),
      style: choiceStyle(step.context),
    });
  }

  private async collect(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const known = options.known ?? [];
    const waitOver = (step.values as CollectionPlanOptions).waitOver;
    const picked = FACT_CHOICES.find((choice) => choice.label === (step.result as FoundChoice).value)!;
    const next = picked.fact ? [...known, picked.fact] : known;
    if (picked.fact && picked.fact !== 'nothing' && next.length < FACT_CHOICES.length - 2) {
      return step.replaceDialog(DIALOG_IDS.collectionPlanFlow, { ...options, waitOver, known: next } satisfies CollectionPlanOptions);
    }
    const collectFrom = options.noticeDate ? computeDeadlines(this.deps.kb, { noticeDate: options.noticeDate, today: todayOf(this.deps) }).steps.find((s) => s.key === 'collect')!.date : undefined;
    const plan = collectionPlan(this.deps.kb, { known: next, ...(waitOver === null || waitOver === undefined ? {} : { waitOver }), ...(collectFrom ? { collectFrom } : {}) });
    const data = await this.deps.conversationData.get(step.context, {});
    data.plan = { title: plan.title, steps: plan.steps.map(planStepText) };
    data.lastEntryId = 'collect-judgment';
    data.followUps = [];
    setMatchTag(step.context, { kind: 'dialog', id: 'collection-plan' });
    await step.context.sendActivity(planText(plan, 'Do these in order; you can use several tools at the same time.'));
    return step.endDialog();
  }
}
