import type { Calculator } from '../src/kb/types';
import { normalizeText } from '../src/intent/normalize';
import { DIALOG_IDS } from './state';

/** The button an answer shows to work it out from the person's own facts, and the dialog it starts. */
export const CALCULATOR_ACTIONS: Readonly<Record<Calculator, { title: string; dialogId: string }>> = {
  deadlines: { title: 'Work out my dates', dialogId: DIALOG_IDS.deadlines },
  interest: { title: 'Work out what is owed with interest', dialogId: DIALOG_IDS.interest },
  garnishment: { title: 'Work out how much of a paycheck', dialogId: DIALOG_IDS.garnishment },
  'collection-plan': { title: 'Make my collection plan', dialogId: DIALOG_IDS.collectionPlan },
  'hardship-plan': { title: 'Make my plan to handle this', dialogId: DIALOG_IDS.hardship },
};

const BY_TITLE = new Map(Object.entries(CALCULATOR_ACTIONS).map(([calculator, { title }]) => [normalizeText(title), calculator as Calculator]));

// "work it out", "calculate it", "make me a plan": only meaningful right after an answer that offers one.
const GENERIC = /^(yes |ok |okay |please )*(work (it|that|this) out|calculate( it| that| this)?|do the math|figure (it|that) out|make (me )?a plan|make my plan)( for me)?( please)?$/;

/** The calculator a message asks for: its button text, or a generic request after an answer offering one. */
export function requestedCalculator(normalized: string, offered: Calculator | undefined): Calculator | undefined {
  return BY_TITLE.get(normalized) ?? (offered && GENERIC.test(normalized) ? offered : undefined);
}
