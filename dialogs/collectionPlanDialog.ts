import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DebtorFact } from '../src/calc/plans';
import type { CollectionPlanOptions } from '../src/conversation/calculators';
import { GuidedDialog } from './guidedDialog';
import { say } from './replyLanguage';
import { DIALOG_IDS, type DialogDependencies } from './state';
import { choicePrompt } from './prompts';

interface PlanFlowOptions extends CollectionPlanOptions {
  /** Set once the person is being asked, one fact at a time, until "that's all". */
  asking?: boolean;
}

const WAIT_CHOICES: ReadonlyArray<{ key: 'passed' | 'notYet' | 'notSure'; value: boolean | null }> = [
  { key: 'passed', value: true },
  { key: 'notYet', value: false },
  { key: 'notSure', value: null },
];

// The words of each choice are the catalogue's; "done" ends the list.
const FACT_CHOICES: ReadonlyArray<{ key: DebtorFact | 'done'; fact?: DebtorFact }> = [
  { key: 'employer', fact: 'employer' },
  { key: 'bank', fact: 'bank' },
  { key: 'real-property', fact: 'real-property' },
  { key: 'vehicle', fact: 'vehicle' },
  { key: 'business', fact: 'business' },
  { key: 'nothing', fact: 'nothing' },
  { key: 'done' },
];

/**
 * For the person owed money: whether the 30 days have passed and what they know about the debtor
 * (one at a time, until "that's all"), then an ordered plan. What the question already said is not asked.
 */
export class CollectionPlanDialog extends GuidedDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.collectionPlan, deps, 'collection-plan');
    this.addDialog(choicePrompt()).addDialog(
      new WaterfallDialog(DIALOG_IDS.collectionPlanFlow, [this.askWait.bind(this), this.askKnown.bind(this), this.collect.bind(this)]),
    );
    this.initialDialogId = DIALOG_IDS.collectionPlanFlow;
  }

  private options(step: WaterfallStepContext): PlanFlowOptions {
    return (step.options as PlanFlowOptions | undefined) ?? {};
  }

  private async askWait(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    if (options.waitOver !== undefined || options.noticeDate) return step.next(options.waitOver);
    const { collectionPlan } = say(step.context);
    return this.askChoice(step, collectionPlan.askWait, WAIT_CHOICES.map(({ key }) => collectionPlan.waitChoices[key]));
  }

  private async askKnown(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const waitOver = step.result === undefined || typeof step.result === 'boolean' || step.result === null ? (step.result as boolean | null | undefined) : WAIT_CHOICES[(step.result as FoundChoice).index]!.value;
    (step.values as PlanFlowOptions).waitOver = waitOver;
    const known = options.known ?? [];
    // Facts given in the question: the plan straight away.
    if (known.length && !options.asking) return step.next(undefined);
    const offered = FACT_CHOICES.filter((choice) => !choice.fact || !known.includes(choice.fact)).filter((choice) => (known.length > 0 ? choice.fact !== 'nothing' : choice.fact));
    const { collectionPlan } = say(step.context);
    return this.askChoice(step, known.length ? collectionPlan.askMore : collectionPlan.askKnown, offered.map(({ key }) => collectionPlan.factChoices[key]));
  }

  private async collect(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    const known = options.known ?? [];
    const waitOver = (step.values as PlanFlowOptions).waitOver;
    const found = step.result as FoundChoice | undefined;
    const labels = say(step.context).collectionPlan.factChoices;
    const picked = found ? FACT_CHOICES.find((choice) => labels[choice.key].label === found.value) : undefined;
    const next = picked?.fact ? [...known, picked.fact] : known;
    if (picked?.fact && picked.fact !== 'nothing' && next.length < FACT_CHOICES.length - 2) {
      return step.replaceDialog(DIALOG_IDS.collectionPlanFlow, { ...options, ...(waitOver === undefined ? {} : { waitOver }), known: next, asking: true } satisfies PlanFlowOptions);
    }
    const plan: CollectionPlanOptions = { ...(options.noticeDate ? { noticeDate: options.noticeDate } : {}), ...(waitOver === undefined ? {} : { waitOver }), known: next };
    return this.finish(step, { calculator: 'collection-plan', options: plan });
  }
}
