import type { KnowledgeBase, Language } from '../kb/types';
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
  /** The language of the labels, rules and notes. */
  language?: Language;
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

interface StepWords {
  label: string;
  rule: string;
}

/** The words of each date; the dates themselves are worked out once, in computeDeadlines. */
interface DeadlineWording {
  noticeAfterToday: (date: string) => string;
  entryAfterNotice: string;
  appeal: (days: number) => StepWords;
  vacate: (days: number) => StepWords;
  collect: StepWords;
  assets: (days: number) => StepWords;
  renewFrom: (years: number) => StepWords;
  expires: (years: number) => StepWords;
  onHold: string;
  notServed: (days: number) => string;
  entryAssumed: string;
}

const WORDING: Readonly<Record<Language, DeadlineWording>> = {
  en: {
    noticeAfterToday: (date) => `The notice date (${date}) is after today; please check the date on the Notice of Entry of Judgment.`,
    entryAfterNotice: 'The judgment cannot be entered after its notice was mailed; please check both dates.',
    appeal: (days) => ({
      label: 'Last day for the person ordered to pay to appeal (SC-140)',
      rule: `${days} days after the clerk mailed or handed over the notice; a deadline on a weekend or court holiday moves to the next court day (CCP 12a)`,
    }),
    vacate: (days) => ({
      label: 'Last day for a party who missed the hearing to ask to cancel the judgment (SC-135)',
      rule: `${days} days after the clerk mailed the notice; mailing adds no extra days`,
    }),
    collect: {
      label: 'First day the person owed money may start collecting',
      rule: 'collection is on hold until the time to appeal has run out, and longer if an appeal or a request to vacate is filed',
    },
    assets: (days) => ({
      label: 'Statement of Assets (SC-133) due to the person owed money, unless the judgment is paid',
      rule: `${days} days after the clerk mailed the notice (later if an appeal or request to vacate is filed)`,
    }),
    renewFrom: (years) => ({ label: 'Earliest day to renew the judgment (EJ-190)', rule: `renewal may be filed from ${years} years after entry until the judgment expires` }),
    expires: (years) => ({
      label: 'Judgment can no longer be enforced, unless renewed before this day',
      rule: `${years} years after the judgment was entered; it cannot be renewed once it has expired`,
    }),
    onHold: 'If an appeal or a request to vacate is filed, collection stays on hold until it is decided.',
    notServed: (days) => `A defendant who was never properly served has ${days} days from learning of the judgment to ask to cancel it (CCP 116.740).`,
    entryAssumed: 'The judgment date was taken to be the notice date; if the notice shows an earlier entry date, the renewal dates are earlier too.',
  },
  es: {
    noticeAfterToday: (date) => `La fecha del aviso (${date}) es posterior a hoy; por favor revise la fecha del Aviso de Registro del Fallo.`,
    entryAfterNotice: 'El fallo no se puede registrar después de que se envió su aviso; por favor revise las dos fechas.',
    appeal: (days) => ({
      label: 'Último día para que la persona que debe pagar apele (SC-140)',
      rule: `${days} días después de que el secretario envió por correo o entregó el aviso; un plazo que cae en fin de semana o día feriado de la corte pasa al siguiente día hábil de la corte (CCP 12a)`,
    }),
    vacate: (days) => ({
      label: 'Último día para que una parte que faltó a la audiencia pida anular el fallo (SC-135)',
      rule: `${days} días después de que el secretario envió el aviso por correo; el envío por correo no agrega días`,
    }),
    collect: {
      label: 'Primer día en que la persona a quien le deben puede empezar a cobrar',
      rule: 'el cobro queda en pausa hasta que se acaba el plazo para apelar, y más si se presenta una apelación o una petición para anular',
    },
    assets: (days) => ({
      label: 'La Declaración de Bienes (SC-133) se debe entregar a la persona a quien le deben, salvo que se pague el fallo',
      rule: `${days} días después de que el secretario envió el aviso (más tarde si se presenta una apelación o una petición para anular)`,
    }),
    renewFrom: (years) => ({ label: 'Primer día para renovar el fallo (EJ-190)', rule: `la renovación se puede presentar desde ${years} años después del registro hasta que el fallo vence` }),
    expires: (years) => ({
      label: 'El fallo ya no se puede cobrar, salvo que se renueve antes de este día',
      rule: `${years} años después de que se registró el fallo; no se puede renovar una vez vencido`,
    }),
    onHold: 'Si se presenta una apelación o una petición para anular, el cobro queda en pausa hasta que se decida.',
    notServed: (days) => `Un demandado a quien nunca se le entregaron bien los papeles tiene ${days} días desde que se entera del fallo para pedir que se anule (CCP 116.740).`,
    entryAssumed: 'Se tomó la fecha del fallo como la fecha del aviso; si el aviso muestra una fecha de registro anterior, las fechas de renovación también son anteriores.',
  },
};

/**
 * The dates that follow from a small claims judgment, each with the rule and its citation. Periods come
 * from figures.yaml; a last day that lands when the court is closed moves to the next court day.
 */
export function computeDeadlines(kb: KnowledgeBase, input: DeadlineInput): DeadlineResult {
  const { noticeDate, today } = input;
  const language = input.language ?? 'en';
  const words = WORDING[language];
  toDate(noticeDate);
  if (noticeDate > today) throw new InputError(words.noticeAfterToday(formatDate(noticeDate, language)));
  const entryDate = input.entryDate ?? noticeDate;
  if (entryDate > noticeDate) throw new InputError(words.entryAfterNotice);

  const calendar = kb.courtCalendar;
  const steps: DatedStep[] = [];
  const add = (step: Omit<DatedStep, 'passed'>): void => {
    steps.push({ ...step, passed: step.date < today });
  };

  const appealDays = numberFigure(kb, 'appeal_days');
  const appeal = lastDayToAct(calendar, addDays(noticeDate, appealDays), language);
  add({
    key: 'appeal',
    ...words.appeal(appealDays),
    date: appeal.date,
    moved: appeal.movedBecause,
    ...sourceOf(kb, 'appeal_days'),
  });

  if (input.payerAttended !== true) {
    const vacateDays = numberFigure(kb, 'vacate_days');
    const vacate = lastDayToAct(calendar, addDays(noticeDate, vacateDays), language);
    add({
      key: 'vacate',
      ...words.vacate(vacateDays),
      date: vacate.date,
      moved: vacate.movedBecause,
      ...sourceOf(kb, 'vacate_days'),
    });
  }

  add({
    key: 'collect',
    ...words.collect,
    date: addDays(appeal.date, 1),
    ...sourceOf(kb, 'enforcement_wait_days'),
  });

  const assetsDays = numberFigure(kb, 'statement_of_assets_days');
  const assets = lastDayToAct(calendar, addDays(noticeDate, assetsDays), language);
  add({
    key: 'assets',
    ...words.assets(assetsDays),
    date: assets.date,
    moved: assets.movedBecause,
    ...sourceOf(kb, 'statement_of_assets_days'),
  });

  const lifeYears = numberFigure(kb, 'judgment_life_years');
  const renewYears = numberFigure(kb, 'renewal_earliest_years');
  const expires = addYears(entryDate, lifeYears);
  add({
    key: 'renew-from',
    ...words.renewFrom(renewYears),
    date: addYears(entryDate, renewYears),
    ...sourceOf(kb, 'renewal_earliest_years'),
  });
  add({
    key: 'expires',
    ...words.expires(lifeYears),
    date: expires,
    ...sourceOf(kb, 'judgment_life_years'),
  });

  const notes = [words.onHold, words.notServed(numberFigure(kb, 'vacate_not_served_days'))];
  if (!input.entryDate) notes.push(words.entryAssumed);
  return { input: { ...input, entryDate }, steps, notes };
}
