import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { LevyService } from '../src/calc/plans';
import type { HardshipOptions } from '../src/conversation/calculators';
import { GuidedDialog } from './guidedDialog';
import { say } from './replyLanguage';
import { choicePrompt, moneyPrompt, pastDatePrompt, promptedDate } from './prompts';
import { DIALOG_IDS, type DialogDependencies } from './state';

const LEVY_CHOICES: ReadonlyArray<{ key: 'personal' | 'mail' | 'none'; how?: LevyService }> = [{ key: 'personal', how: 'personal' }, { key: 'mail', how: 'mail' }, { key: 'none' }];

const OVERVIEW_ENTRY = 'cant-pay-judgment';

/**
 * For the person who owes and cannot pay: the overview, then only what the question did not say
 * (what they could pay, the judgment, a levy notice), then their options in order, with the exemption
 * deadline worked out when a levy notice came. Bankruptcy is last.
 */
export class HardshipDialog extends GuidedDialog {
  constructor(deps: DialogDependencies) {
    super(DIALOG_IDS.hardship, deps, 'hardship-plan');
    this.presenter.entry(OVERVIEW_ENTRY);
    this.addDialog(choicePrompt())
      .addDialog(moneyPrompt())
      .addDialog(pastDatePrompt(deps))
      .addDialog(
        new WaterfallDialog(DIALOG_IDS.hardshipFlow, [this.askMonthly.bind(this), this.askJudgment.bind(this), this.askLevy.bind(this), this.askLevyDate.bind(this), this.answer.bind(this)]),
      );
    this.initialDialogId = DIALOG_IDS.hardshipFlow;
  }

  private values(step: WaterfallStepContext): HardshipOptions {
    return step.values as HardshipOptions;
  }

  private async askMonthly(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.presenter.present(step.context, OVERVIEW_ENTRY, { kind: 'dialog' }, { withFollowUps: false });
    Object.assign(this.values(step), (step.options as HardshipOptions | undefined) ?? {});
    if (this.values(step).monthly !== undefined) return step.next(this.values(step).monthly);
    const { hardship } = say(step.context);
    return this.askNumber(step, hardship.askMonthly, hardship.retryMonthly, true);
  }

  private async askJudgment(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.values(step).monthly = (step.result as number | undefined) ?? 0;
    if (this.values(step).judgmentAmount !== undefined) return step.next(this.values(step).judgmentAmount);
    const { hardship } = say(step.context);
    return this.askNumber(step, hardship.askJudgment, hardship.retryJudgment, true);
  }

  private async askLevy(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const amount = step.result as number | undefined;
    if (amount) this.values(step).judgmentAmount = amount;
    else delete this.values(step).judgmentAmount;
    if (this.values(step).levy !== undefined) return step.next(undefined);
    const { hardship } = say(step.context);
    return this.askChoice(step, hardship.askLevy, LEVY_CHOICES.map(({ key }) => hardship.levyChoices[key]));
  }

  private async askLevyDate(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = this.values(step);
    if (values.levy === undefined) {
      const how = LEVY_CHOICES[(step.result as FoundChoice).index]!.how;
      values.levy = how ? { how } : null;
    }
    if (!values.levy || values.levy.served) return step.next(undefined);
    const { hardship } = say(step.context);
    return this.askDate(step, values.levy.how === 'personal' ? hardship.askHandedDate : hardship.askMailedDate, hardship.retryLevyDate, true);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = this.values(step);
    const served = promptedDate(step.result, this.today());
    const levy = values.levy && served ? { ...values.levy, served } : values.levy;
    return this.finish(step, { calculator: 'hardship-plan', options: { ...values, ...(levy === undefined ? {} : { levy }) } });
  }
}
