import type { Dialog } from 'botbuilder-dialogs';
// With the flows, since only a turn inside one reads a reply against a prompt's choices.
export { recognizeChoices } from 'botbuilder-dialogs';
import { CollectionPlanDialog } from './collectionPlanDialog';
import { DeadlinesDialog } from './deadlinesDialog';
import { ExemptionsDialog } from './exemptionsDialog';
import { GarnishmentDialog } from './garnishmentDialog';
import { HardshipDialog } from './hardshipDialog';
import { InterestDialog } from './interestDialog';
import type { DialogDependencies } from './state';

/** Every multi-turn flow, each a component dialog with its own prompts. */
export function createFlows(deps: DialogDependencies): Dialog[] {
  return [new ExemptionsDialog(deps), new HardshipDialog(deps), new DeadlinesDialog(deps), new InterestDialog(deps), new GarnishmentDialog(deps), new CollectionPlanDialog(deps)];
}
