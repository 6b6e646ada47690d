"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.courtCalendarSchema = exports.outOfScopeFileSchema = exports.synonymsFileSchema = exports.figuresFileSchema = exports.figureSchema = exports.entryFrontMatterSchema = exports.OFFICIAL_SOURCE_HOSTS = void 0;
exports.isOfficialSource = isOfficialSource;
const zod_1 = require("zod");
const types_1 = require("./types");
const isoDate = zod_1.z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const entryId = zod_1.z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes');
/** Official hosts an answer may cite as its source. */
exports.OFFICIAL_SOURCE_HOSTS = [
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
];
function isOfficialSource(url) {
    let host;
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:')
            return false;
        host = parsed.hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return exports.OFFICIAL_SOURCE_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
const officialUrl = zod_1.z.string().refine(isOfficialSource, {
    message: `must be an https link on an official site (${exports.OFFICIAL_SOURCE_HOSTS.join(', ')})`,
});
// YAML reads an unquoted 2026-11-27 as a Date; accept both and normalise to the string form.
const dateField = zod_1.z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDate);
exports.entryFrontMatterSchema = zod_1.z
    .object({
    id: entryId,
    question: zod_1.z.string().trim().min(8, 'must be a full question'),
    alternates: zod_1.z.array(zod_1.z.string().trim().min(3)).min(4, 'needs at least 4 everyday ways to ask it'),
    audience: zod_1.z.enum(['creditor', 'debtor', 'both', 'anyone']),
    topic: zod_1.z.enum(types_1.TOPICS),
    followUps: zod_1.z.array(entryId).min(2, 'needs 2 to 4 follow-ups').max(4, 'needs 2 to 4 follow-ups'),
    forms: zod_1.z.array(zod_1.z.string().regex(/^[A-Z]{2,3}-?\d{1,3}[A-Z]?(-INFO)?$|^DL \d+$|^JL-\d+$/, 'must be a form number like SC-100')).default([]),
    codes: zod_1.z.array(zod_1.z.string().min(3)).default([]),
    sources: zod_1.z.array(officialUrl).min(1, 'needs at least one official source'),
    reviewed: dateField,
    calculator: zod_1.z.enum(types_1.CALCULATORS).optional(),
})
    .strict();
exports.figureSchema = zod_1.z
    .object({
    value: zod_1.z.union([zod_1.z.number(), zod_1.z.string()]),
    format: zod_1.z.enum(['usd', 'usd-cents', 'number', 'percent', 'days', 'text']),
    label: zod_1.z.string().min(3),
    asOf: dateField.optional(),
    checked: dateField.optional(),
    citation: zod_1.z.string().min(3),
    source: officialUrl,
    schedule: zod_1.z.enum(types_1.FIGURE_SCHEDULES).optional(),
    nextRevision: dateField.optional(),
    note: zod_1.z.string().optional(),
})
    .strict();
exports.figuresFileSchema = zod_1.z.record(zod_1.z.string().regex(/^[a-z0-9_]+$/, 'figure ids are lowercase_with_underscores'), exports.figureSchema);
exports.synonymsFileSchema = zod_1.z
    .object({
    groups: zod_1.z.array(zod_1.z.array(zod_1.z.string().trim().min(1)).min(2, 'a group needs at least two phrases')),
})
    .strict();
exports.outOfScopeFileSchema = zod_1.z
    .object({
    areas: zod_1.z.array(zod_1.z
        .object({
        id: entryId,
        signals: zod_1.z.array(zod_1.z.string().trim().min(2)).min(1),
        unless: zod_1.z.array(zod_1.z.string().trim().min(2)).optional(),
        reply: zod_1.z.string().min(10),
        link: officialUrl,
    })
        .strict()),
})
    .strict();
exports.courtCalendarSchema = zod_1.z
    .object({
    source: officialUrl,
    holidays: zod_1.z.array(zod_1.z
        .object({
        name: zod_1.z.string().min(3),
        month: zod_1.z.number().int().min(1).max(12),
        day: zod_1.z.number().int().min(1).max(31).optional(),
        weekday: zod_1.z.number().int().min(0).max(6).optional(),
        nth: zod_1.z.number().int().min(-1).max(5).optional(),
        plusDays: zod_1.z.number().int().optional(),
        from: zod_1.z.number().int().optional(),
        observeOnly: zod_1.z.boolean().optional(),
    })
        .strict()
        .refine((rule) => (rule.day !== undefined) !== (rule.weekday !== undefined && rule.nth !== undefined), {
        message: 'needs either a day, or a weekday and nth',
    })),
})
    .strict();
