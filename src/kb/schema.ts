import { z } from 'zod';
import { CALCULATORS, FIGURE_SCHEDULES, TOPICS } from './types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const entryId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes');

/** Official hosts an answer may cite as its source. */
export const OFFICIAL_SOURCE_HOSTS = [
  'courts.ca.gov',
  'selfhelp.courts.ca.gov',
  'leginfo.legislature.ca.gov',
  'dmv.ca.gov',
  'sos.ca.gov',
  'dir.ca.gov',
  'dca.ca.gov',
  // CDSS publishes the CalWORKs standard that sets the automatic bank-account exemption (CCP 704.220).
  'cdss.ca.gov',
  // The federal rule protecting directly deposited federal benefits (31 C.F.R. Part 212).
  'ecfr.gov',
] as const;

export function isOfficialSource(url: string): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false;
  }
  return OFFICIAL_SOURCE_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

const officialUrl = z.string().refine(isOfficialSource, {
  message: `must be an https link on an official site (${OFFICIAL_SOURCE_HOSTS.join(', ')})`,
});

// YAML reads an unquoted 2026-11-27 as a Date; accept both and normalise to the string form.
const dateField = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

export const entryFrontMatterSchema = z
  .object({
    id: entryId,
    question: z.string().trim().min(8, 'must be a full question'),
    alternates: z.array(z.string().trim().min(3)).min(4, 'needs at least 4 everyday ways to ask it'),
    audience: z.enum(['creditor', 'debtor', 'both', 'anyone']),
    topic: z.enum(TOPICS),
    followUps: z.array(entryId).min(2, 'needs 2 to 4 follow-ups').max(4, 'needs 2 to 4 follow-ups'),
    forms: z.array(z.string().regex(/^[A-Z]{2,3}-?\d{1,3}[A-Z]?(-INFO)?$|^DL \d+$|^JL-\d+$/, 'must be a form number like SC-100')).default([]),
    codes: z.array(z.string().min(3)).default([]),
    sources: z.array(officialUrl).min(1, 'needs at least one official source'),
    reviewed: dateField,
    calculator: z.enum(CALCULATORS).optional(),
  })
  .strict();

/**
 * A Spanish twin (knowledge/es/entries/<id>.md) carries only its own words; audience, topic,
 * follow-ups, forms, codes and calculator come from the English entry, so they cannot drift apart.
 */
export const translatedEntryFrontMatterSchema = z
  .object({
    id: entryId,
    question: z.string().trim().min(8, 'must be a full question'),
    alternates: z.array(z.string().trim().min(3)).min(4, 'needs at least 4 everyday ways to ask it'),
    sources: z.array(officialUrl).min(1).optional(),
    reviewed: dateField,
  })
  .strict();

export const figureSchema = z
  .object({
    value: z.union([z.number(), z.string()]),
    format: z.enum(['usd', 'usd-cents', 'number', 'percent', 'days', 'text']),
    label: z.string().min(3),
    asOf: dateField.optional(),
    checked: dateField.optional(),
    citation: z.string().min(3),
    source: officialUrl,
    schedule: z.enum(FIGURE_SCHEDULES).optional(),
    nextRevision: dateField.optional(),
    note: z.string().optional(),
  })
  .strict();

export const figuresFileSchema = z.record(z.string().regex(/^[a-z0-9_]+$/, 'figure ids are lowercase_with_underscores'), figureSchema);

export const synonymsFileSchema = z
  .object({
    groups: z.array(z.array(z.string().trim().min(1)).min(2, 'a group needs at least two phrases')),
  })
  .strict();

export const outOfScopeFileSchema = z
  .object({
    areas: z.array(
      z
        .object({
          id: entryId,
          signals: z.array(z.string().trim().min(2)).min(1),
          unless: z.array(z.string().trim().min(2)).optional(),
          reply: z.string().min(10),
          link: officialUrl,
        })
        .strict(),
    ),
  })
  .strict();

/** Spanish signals and reply for an area of out-of-scope.yaml, keyed by the same id. */
export const translatedOutOfScopeFileSchema = z
  .object({
    areas: z.array(
      z
        .object({
          id: entryId,
          signals: z.array(z.string().trim().min(2)).min(1),
          unless: z.array(z.string().trim().min(2)).optional(),
          reply: z.string().min(10),
          link: officialUrl.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export const courtCalendarSchema = z
  .object({
    source: officialUrl,
    holidays: z.array(
      z
        .object({
          name: z.string().min(3),
          month: z.number().int().min(1).max(12),
          day: z.number().int().min(1).max(31).optional(),
          weekday: z.number().int().min(0).max(6).optional(),
          nth: z.number().int().min(-1).max(5).optional(),
          plusDays: z.number().int().optional(),
          from: z.number().int().optional(),
          observeOnly: z.boolean().optional(),
        })
        .strict()
        .refine((rule) => (rule.day !== undefined) !== (rule.weekday !== undefined && rule.nth !== undefined), {
          message: 'needs either a day, or a weekday and nth',
        }),
    ),
  })
  .strict();
