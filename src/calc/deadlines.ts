import type { KnowledgeBase } from '../kb/types';
import { addDays, addYears, formatDate, lastDayToAct, toDate, type IsoDate } from './calendar';
import { InputError } from './errors';
import { numberFigure, sourceOf, type RuleSource } from './rules';

export interface DeadlineInput {
  /** Date the clerk mailed or handed over the Notice of Entry of Judgment (SC-130 / SC-200). */
  noticeDate: IsoDate;
  /** Date the judgment was entered, if different (it is printed on the notice). */
  entryDate?: IsoDate;
  /** Whether the person ordered to pay was at the hearing; undefined when not known. */
  payerAttended?: boolean;
  today: IsoDate;
}

export interface DatedStep extends RuleSource {
  key: 'appeal' | 'vacate' | 'collect' | 'assets' | 'renew-from' | 'expires';
  label: string;
  date: IsoDate;
  /** The rule in plain words. */
  rule: string;
  /** Set when the date moved off a weekend or court holiday. */
  moved?: string;
  passed: boolean;
}

export interface DeadlineResult {
  input: DeadlineInput;
  steps: DatedStep[];
  notes: string[];
}

/**
 * The dates that follow from a small claims judgment, each with the rule and its citation. Periods come
 * from figures.yaml; a last day that lands when the court is closed moves to the next court day.
 */
export function computeDeadlines(kb: KnowledgeBase, input: DeadlineInput): DeadlineResult {
  const { noticeDate, today } = input;
  toDate(noticeDate);
  if (noticeDate > today) throw new InputError(`The notice date (${formatDate(noticeDate)}) is after today; please check the date on the Notice of Entry of Judgment.`);
  const entryDate = input.entryDate ?? noticeDate;
  if (entryDate > noticeDate) throw new InputError('The judgment cannot be entered after its notice was mailed; please check both dates.');

  const calendar = kb.courtCalendar;
  const steps: DatedStep[] = [];
  const add = (step: Omit<DatedStep, 'passed'>): void => {
    steps.push({ ...step, passed: step.date < today });
  };

  const appealDays = numberFigure(kb, 'appeal_days');
  const appeal = lastDayToAct(calendar, addDays(noticeDate, appealDays));
  add({
    key: 'appeal',
    label: 'Last day for the person ordered to pay to appeal (SC-140)',
    date: appeal.date,
    rule: `${appealDays} days after the clerk mailed or handed over the notice; a deadline on a weekend or court holiday moves to the next court day (CCP 12a)`,
    moved: appeal.movedBecause,
    ...sourceOf(kb, 'appeal_days'),
  });

  if (input.payerAttended !== true) {
    const vacateDays = numberFigure(kb, 'vacate_days');
    const vacate = lastDayToAct(calendar, addDays(noticeDate, vacateDays));
    add({
      key: 'vacate',
      label: 'Last day for a party who missed the hearing to ask to cancel the judgment (SC-135)',
      date: vacate.date,
      rule: `${vacateDays} days after the clerk mailed the notice; mailing adds no extra days`,
      moved: vacate.movedBecause,
      ...sourceOf(kb, 'vacate_days'),
    });
  }

  add({
    key: 'collect',
    label: 'First day the person owed money may start collecting',
    date: addDays(appeal.date, 1),
    rule: 'collection is on hold until the time to appeal has run out, and longer if an appeal or a request to vacate is filed',
    ...sourceOf(kb, 'enforcement_wait_days'),
  });

  const assetsDays = numberFigure(kb, 'statement_of_assets_days');
  const assets = lastDayToAct(calendar, addDays(noticeDate, assetsDays));
  add({
    key: 'assets',
    label: "Statement of Assets (SC-133) due to the person owed money, unless the judgment is paid",
    date: assets.date,
    rule: `${assetsDays} days after the clerk mailed the notice (later if an appeal or request to vacate is filed)`,
    moved: assets.movedBecause,
    ...sourceOf(kb, 'statement_of_assets_days'),
  });

  const lifeYears = numberFigure(kb, 'judgment_life_years');
  const renewYears = numberFigure(kb, 'renewal_earliest_years');
  const expires = addYears(entryDate, lifeYears);
  add({
    key: 'renew-from',
    label: 'Earliest day to renew the judgment (EJ-190)',
    date: addYears(entryDate, renewYears),
    rule: `renewal may be filed from ${renewYears} years after entry until the judgment expires`,
    ...sourceOf(kb, 'renewal_earliest_years'),
  });
  add({
    key: 'expires',
    label: 'Judgment can no longer be enforced, unless renewed before this day',
    date: expires,
    rule: `${lifeYears} years after the judgment was entered; it cannot be renewed once it has expired`,
    ...sourceOf(kb, 'judgment_life_years'),
  });

  const notes = [
    'If an appeal or a request to vacate is filed, collection stays on hold until it is decided.',
    `A defendant who was never properly served has ${numberFigure(kb, 'vacate_not_served_days')} days from learning of the judgment to ask to cancel it (CCP 116.740).`,
  ];
  if (!input.entryDate) notes.push('The judgment date was taken to be the notice date; if the notice shows an earlier entry date, the renewal dates are earlier too.');
  return { input: { ...input, entryDate }, steps, notes };
}
