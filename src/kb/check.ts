import { figuresUsed, formatFigure } from './figures';
import { ROLE_HEADINGS } from './render';
import type { Figure, FigureSchedule, KnowledgeBase, KnowledgeEntry } from './types';

export interface Finding {
  level: 'error' | 'warning';
  file: string;
  message: string;
}

export interface CheckOptions {
  /** "Today", for review-age and revision-date checks. */
  today: Date;
  minAlternates: number;
  /** Reviewed dates older than this many days get a warning. */
  reviewMaxAgeDays: number;
}

const DEFAULT_CHECK_OPTIONS: CheckOptions = { today: new Date(), minAlternates: 6, reviewMaxAgeDays: 365 };
const FORM_IN_TEXT = /\b(SC|EJ|WG|FW|MC|INT|JL)-\d{1,3}[A-Z]?\b/g;

/**
 * Content checks beyond the schema, for `npm run kb:check`: links between entries, phrasings that
 * two entries share, figures typed by hand, stale reviews and figures due for revision.
 */
export function checkKnowledge(kb: KnowledgeBase, options: Partial<CheckOptions> = {}): Finding[] {
  const opts = { ...DEFAULT_CHECK_OPTIONS, ...options };
  const spanish = kb.spanish ? checkTranslations(kb, kb.spanish, opts) : [];
  return [...checkLinks(kb), ...checkPhrasings(kb, opts), ...checkFigures(kb, opts), ...checkReviews(kb, opts), ...spanish];
}

/**
 * A twin must carry the same facts: the same forms, code sections and figures in its body as the English
 * one. Wording is checked by people (a reading pass); what a script can compare, it does.
 */
function checkTranslations(kb: KnowledgeBase, translated: KnowledgeBase, opts: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const twins = translated.entries.filter((entry) => entry.language === translated.language);
  const missing = translated.entries.filter((entry) => entry.language !== translated.language).map((entry) => entry.id);
  if (missing.length) {
    findings.push(error(`knowledge/${translated.language}/entries`, `${missing.length} entr${missing.length === 1 ? 'y has' : 'ies have'} no ${translated.language} twin yet: ${missing.join(', ')}`));
  }
  for (const twin of twins) {
    const original = kb.byId.get(twin.id)!;
    findings.push(...compareFacts(original, twin));
  }
  findings.push(...checkPhrasings({ ...translated, entries: twins }, opts));
  findings.push(...checkFigures({ ...translated, entries: twins }, opts).filter((finding) => finding.file !== FIGURES_FILE));
  findings.push(...checkReviews({ ...translated, entries: twins }, opts));
  return findings;
}

function compareFacts(original: KnowledgeEntry, twin: KnowledgeEntry): Finding[] {
  const findings: Finding[] = [];
  const differ = (what: string, english: readonly string[], translated: readonly string[]): void => {
    const lost = english.filter((item) => !translated.includes(item));
    const added = translated.filter((item) => !english.includes(item));
    if (lost.length) findings.push(error(twin.file, `does not mention ${what} ${lost.join(', ')}, which ${original.file} does`));
    if (added.length) findings.push(error(twin.file, `mentions ${what} ${added.join(', ')}, which ${original.file} does not`));
  };
  differ('form(s)', unique(original.body.match(FORM_IN_TEXT)), unique(twin.body.match(FORM_IN_TEXT)));
  differ('figure(s)', figuresUsed(original.body), figuresUsed(twin.body));
  const codesIn = (body: string): string[] => original.codes.filter((code) => body.includes(code));
  differ('code section(s)', codesIn(original.body), codesIn(twin.body));
  // The bot shows only the section for the person's side, found by its exact heading.
  for (const role of ['creditor', 'debtor'] as const) {
    const heading = ROLE_HEADINGS[twin.language][role];
    if (original.body.includes(ROLE_HEADINGS[original.language][role]) && !twin.body.includes(heading)) {
      findings.push(error(twin.file, `needs the side heading "${heading}" where ${original.file} has "${ROLE_HEADINGS[original.language][role]}"`));
    }
  }
  return findings;
}

function unique(items: readonly string[] | null): string[] {
  return [...new Set(items ?? [])];
}

function checkLinks(kb: KnowledgeBase): Finding[] {
  const findings: Finding[] = [];
  for (const entry of kb.entries) {
    for (const id of entry.followUps) {
      if (id === entry.id) findings.push(error(entry.file, `followUps lists the entry itself ("${id}")`));
      else if (!kb.byId.has(id)) findings.push(error(entry.file, `followUps points to "${id}", which no entry has`));
    }
    if (new Set(entry.followUps).size !== entry.followUps.length) findings.push(error(entry.file, 'followUps lists an entry twice'));
    const mentioned = new Set(entry.body.match(FORM_IN_TEXT) ?? []);
    for (const form of mentioned) {
      if (!entry.forms.includes(form)) findings.push(warning(entry.file, `body mentions ${form} but "forms" does not list it`));
    }
  }
  return findings;
}

/** Lowercase letters and digits only: enough to catch the same phrasing typed twice. */
function simplify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function checkPhrasings(kb: KnowledgeBase, opts: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const owner = new Map<string, string>();
  for (const entry of kb.entries) {
    if (entry.alternates.length < opts.minAlternates) {
      findings.push(error(entry.file, `has ${entry.alternates.length} alternates; write at least ${opts.minAlternates}`));
    }
    const own = new Set<string>();
    for (const phrasing of [entry.question, ...entry.alternates]) {
      const key = simplify(phrasing);
      if (own.has(key)) findings.push(warning(entry.file, `repeats the phrasing "${phrasing}"`));
      own.add(key);
      const other = owner.get(key);
      if (other && other !== entry.id) findings.push(error(entry.file, `phrasing "${phrasing}" is also used by "${other}"; each phrasing must lead to one entry`));
      else owner.set(key, entry.id);
    }
  }
  return findings;
}

function checkFigures(kb: KnowledgeBase, opts: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  for (const figure of kb.figures.values()) findings.push(...checkFigureDates(figure, opts.today));
  const typed = [...kb.figures.values()]
    .filter((figure) => typeof figure.value === 'number' && figure.format !== 'text' && figure.format !== 'days')
    .map((figure) => ({ figure, pattern: handTypedPattern(formatFigure(figure)) }));
  for (const entry of kb.entries) {
    for (const { figure, pattern } of typed) {
      if (pattern.test(entry.body)) {
        findings.push(error(entry.file, `types ${formatFigure(figure)} by hand; write {{${figure.id}}} so it updates with figures.yaml`));
      }
    }
  }
  return findings;
}

const FIGURES_FILE = 'knowledge/figures.yaml';

/**
 * A figure without the date it took effect cannot be trusted to be current, and one whose scheduled
 * change has come and gone is probably stale: both get a warning so an editor re-reads the source.
 */
function checkFigureDates(figure: Figure, today: Date): Finding[] {
  const findings: Finding[] = [];
  if (!figure.asOf) findings.push(warning(FIGURES_FILE, `${figure.id} has no asOf (the date it took effect); find it in ${figure.source}`));
  if (figure.nextRevision && isoDay(figure.nextRevision) <= today) {
    findings.push(warning(FIGURES_FILE, `${figure.id} was due for revision on ${figure.nextRevision}; check ${figure.source} and update value, asOf and nextRevision`));
  }
  if (figure.schedule && figure.asOf) {
    const due = nextScheduledChange(figure.schedule, figure.asOf);
    if (isoDay(due) <= today) {
      findings.push(warning(FIGURES_FILE, `${figure.id} took effect ${figure.asOf}, and the law changed it again on ${due} (${SCHEDULE_WORDS[figure.schedule]}); read the new value in ${figure.source}`));
    }
  }
  return findings;
}

const SCHEDULE_WORDS: Readonly<Record<FigureSchedule, string>> = {
  'yearly-jan-1': 'every January 1',
  'yearly-jul-1': 'every July 1',
  'triennial-apr-1': 'every three years on April 1',
};

/** CCP 703.150 adjusts on April 1 of 2022, 2025, 2028 and every third year after. */
const TRIENNIAL_BASE_YEAR = 2022;

/** The first scheduled change after the day a value took effect, as YYYY-MM-DD. */
export function nextScheduledChange(schedule: FigureSchedule, asOf: string): string {
  const year = Number(asOf.slice(0, 4));
  const after = (month: string, candidate: number): number => (`${candidate}-${month}` > asOf.slice(0, 10) ? candidate : candidate + 1);
  switch (schedule) {
    case 'yearly-jan-1':
      return `${after('01-01', year)}-01-01`;
    case 'yearly-jul-1':
      return `${after('07-01', year)}-07-01`;
    case 'triennial-apr-1': {
      let cycle = TRIENNIAL_BASE_YEAR + Math.ceil((year - TRIENNIAL_BASE_YEAR) / 3) * 3;
      if (`${cycle}-04-01` <= asOf) cycle += 3;
      return `${cycle}-04-01`;
    }
  }
}

function isoDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "$12,500" should also catch "$12500" and "12,500 dollars"; "20%" also "20 percent". */
function handTypedPattern(formatted: string): RegExp {
  if (formatted.endsWith('%')) {
    const number = formatted.slice(0, -1).replace('.', '\\.');
    return new RegExp(`(?<![\\d.])${number}\\s?(%|percent\\b)`);
  }
  const digits = formatted.replace(/[$,]/g, '').replace('.', '\\.');
  const withCommas = formatted.replace('$', '').replace(/[.,]/g, (c) => `\\${c}`);
  return new RegExp(`\\$\\s?(${withCommas}|${digits})(?![\\d,]*\\d)|(?<![\\d,.])(${withCommas}|${digits}) dollars`);
}

function checkReviews(kb: KnowledgeBase, opts: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const day = 24 * 60 * 60 * 1000;
  for (const entry of kb.entries) {
    const reviewed = new Date(`${entry.reviewed}T00:00:00Z`).getTime();
    if (reviewed > opts.today.getTime() + day) findings.push(error(entry.file, `reviewed date ${entry.reviewed} is in the future`));
    else if (opts.today.getTime() - reviewed > opts.reviewMaxAgeDays * day) {
      findings.push(warning(entry.file, `was last reviewed on ${entry.reviewed}; re-check it against its sources`));
    }
  }
  return findings;
}

function error(file: string, message: string): Finding {
  return { level: 'error', file, message };
}

function warning(file: string, message: string): Finding {
  return { level: 'warning', file, message };
}
