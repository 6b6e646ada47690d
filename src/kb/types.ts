/** The languages the bot answers in. English is the source every translation follows. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Who an entry is written for. `creditor` = the person owed money; `debtor` = the person who owes. */
export type Audience = 'creditor' | 'debtor' | 'both' | 'anyone';

/** The user's side of a judgment, once known. */
export type Role = 'creditor' | 'debtor';

export const TOPICS = ['before-filing', 'filing', 'hearing', 'after-hearing', 'collecting', 'debtor'] as const;
export type Topic = (typeof TOPICS)[number];

/** Personal calculations and plans an entry can offer ("work it out for me"). */
export const CALCULATORS = ['deadlines', 'interest', 'garnishment', 'collection-plan', 'hardship-plan'] as const;
export type Calculator = (typeof CALCULATORS)[number];

export interface KnowledgeEntry {
  id: string;
  question: string;
  alternates: string[];
  audience: Audience;
  topic: Topic;
  followUps: string[];
  forms: string[];
  codes: string[];
  sources: string[];
  /** ISO date (YYYY-MM-DD) the answer was last checked against its sources. */
  reviewed: string;
  /** A calculator or plan the answer offers to work out from the person's own facts. */
  calculator?: Calculator;
  /** The answer body as written, with `{{figure}}` placeholders still in it. */
  body: string;
  /** Path of the file the entry came from, for error messages and kb:check. */
  file: string;
  /** The language of question, alternates and body. */
  language: Language;
}

export type FigureFormat = 'usd' | 'usd-cents' | 'number' | 'percent' | 'days' | 'text';

/**
 * When the law says a figure changes: each January 1 (minimum wage), each July 1 (the CalWORKs standard
 * behind CCP 704.220), or every three years on April 1 in the CCP 703.150 cycle (2022, 2025, 2028...).
 */
export const FIGURE_SCHEDULES = ['yearly-jan-1', 'yearly-jul-1', 'triennial-apr-1'] as const;
export type FigureSchedule = (typeof FIGURE_SCHEDULES)[number];

export interface Figure {
  id: string;
  value: number | string;
  format: FigureFormat;
  label: string;
  /** The date this value took effect; missing when nobody has confirmed it (kb:check warns). */
  asOf?: string;
  /** The date an editor last confirmed the value against `source`. */
  checked?: string;
  citation: string;
  source: string;
  schedule?: FigureSchedule;
  nextRevision?: string;
  note?: string;
}

/** A group of phrases that mean the same thing; the first one is the canonical form. */
export type SynonymGroup = readonly string[];

/** An area of law the bot does not cover, and where to send people instead. */
export interface OutOfScopeArea {
  id: string;
  /** Words or phrases that signal this area ("evict", "divorce"). */
  signals: string[];
  /** Phrases that mean the question is about small claims after all ("warrant" + "debtor exam"). */
  unless?: string[];
  reply: string;
  link: string;
}

export interface KnowledgeBase {
  /** The language of this view's text; figures, calendar and entry metadata are shared. */
  language: Language;
  entries: KnowledgeEntry[];
  byId: ReadonlyMap<string, KnowledgeEntry>;
  figures: ReadonlyMap<string, Figure>;
  synonyms: SynonymGroup[];
  outOfScope: OutOfScopeArea[];
  courtCalendar: CourtCalendar;
  /**
   * The same knowledge in Spanish (knowledge/es/), when there is any. An entry with no Spanish twin yet
   * appears here in English (its `language` says so), so a Spanish speaker still gets an answer.
   */
  spanish?: KnowledgeBase;
}

/** A judicial holiday rule: a fixed date, or the nth weekday of a month (nth -1 = the last one). */
export interface CourtHolidayRule {
  name: string;
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
  plusDays?: number;
  /** First year the holiday applies. */
  from?: number;
  /** Not moved when it falls on a weekend (it never does: it is defined relative to another day). */
  observeOnly?: boolean;
}

export interface CourtCalendar {
  source: string;
  holidays: CourtHolidayRule[];
}
