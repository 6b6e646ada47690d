"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkKnowledge = checkKnowledge;
exports.nextScheduledChange = nextScheduledChange;
const figures_1 = require("./figures");
const DEFAULT_CHECK_OPTIONS = { today: new Date(), minAlternates: 6, reviewMaxAgeDays: 365 };
const FORM_IN_TEXT = /\b(SC|EJ|WG|FW|MC|INT|JL)-\d{1,3}[A-Z]?\b/g;
/**
 * Content checks beyond the schema, for `npm run kb:check`: links between entries, phrasings that
 * two entries share, figures typed by hand, stale reviews and figures due for revision.
 */
function checkKnowledge(kb, options = {}) {
    const opts = { ...DEFAULT_CHECK_OPTIONS, ...options };
    return [...checkLinks(kb), ...checkPhrasings(kb, opts), ...checkFigures(kb, opts), ...checkReviews(kb, opts)];
}
function checkLinks(kb) {
    const findings = [];
    for (const entry of kb.entries) {
        for (const id of entry.followUps) {
            if (id === entry.id)
                findings.push(error(entry.file, `followUps lists the entry itself ("${id}")`));
            else if (!kb.byId.has(id))
                findings.push(error(entry.file, `followUps points to "${id}", which no entry has`));
        }
        if (new Set(entry.followUps).size !== entry.followUps.length)
            findings.push(error(entry.file, 'followUps lists an entry twice'));
        const mentioned = new Set(entry.body.match(FORM_IN_TEXT) ?? []);
        for (const form of mentioned) {
            if (!entry.forms.includes(form))
                findings.push(warning(entry.file, `body mentions ${form} but "forms" does not list it`));
        }
    }
    return findings;
}
/** Lowercase letters and digits only: enough to catch the same phrasing typed twice. */
function simplify(text) {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
function checkPhrasings(kb, opts) {
    const findings = [];
    const owner = new Map();
    for (const entry of kb.entries) {
        if (entry.alternates.length < opts.minAlternates) {
            findings.push(error(entry.file, `has ${entry.alternates.length} alternates; write at least ${opts.minAlternates}`));
        }
        const own = new Set();
        for (const phrasing of [entry.question, ...entry.alternates]) {
            const key = simplify(phrasing);
            if (own.has(key))
                findings.push(warning(entry.file, `repeats the phrasing "${phrasing}"`));
            own.add(key);
            const other = owner.get(key);
            if (other && other !== entry.id)
                findings.push(error(entry.file, `phrasing "${phrasing}" is also used by "${other}"; each phrasing must lead to one entry`));
            else
                owner.set(key, entry.id);
        }
    }
    return findings;
}
function checkFigures(kb, opts) {
    const findings = [];
    for (const figure of kb.figures.values())
        findings.push(...checkFigureDates(figure, opts.today));
    const typed = [...kb.figures.values()]
        .filter((figure) => typeof figure.value === 'number' && figure.format !== 'text' && figure.format !== 'days')
        .map((figure) => ({ figure, pattern: handTypedPattern((0, figures_1.formatFigure)(figure)) }));
    for (const entry of kb.entries) {
        for (const { figure, pattern } of typed) {
            if (pattern.test(entry.body)) {
                findings.push(error(entry.file, `types ${(0, figures_1.formatFigure)(figure)} by hand; write {{${figure.id}}} so it updates with figures.yaml`));
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
function checkFigureDates(figure, today) {
    const findings = [];
    if (!figure.asOf)
        findings.push(warning(FIGURES_FILE, `${figure.id} has no asOf (the date it took effect); find it in ${figure.source}`));
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
const SCHEDULE_WORDS = {
    'yearly-jan-1': 'every January 1',
    'yearly-jul-1': 'every July 1',
    'triennial-apr-1': 'every three years on April 1',
};
/** CCP 703.150 adjusts on April 1 of 2022, 2025, 2028 and every third year after. */
const TRIENNIAL_BASE_YEAR = 2022;
/** The first scheduled change after the day a value took effect, as YYYY-MM-DD. */
function nextScheduledChange(schedule, asOf) {
    const year = Number(asOf.slice(0, 4));
    const after = (month, candidate) => (`${candidate}-${month}` > asOf.slice(0, 10) ? candidate : candidate + 1);
    switch (schedule) {
        case 'yearly-jan-1':
            return `${after('01-01', year)}-01-01`;
        case 'yearly-jul-1':
            return `${after('07-01', year)}-07-01`;
        case 'triennial-apr-1': {
            let cycle = TRIENNIAL_BASE_YEAR + Math.ceil((year - TRIENNIAL_BASE_YEAR) / 3) * 3;
            if (`${cycle}-04-01` <= asOf)
                cycle += 3;
            return `${cycle}-04-01`;
        }
    }
}
function isoDay(iso) {
    return new Date(`${iso}T00:00:00Z`);
}
/** "$12,500" should also catch "$12500" and "12,500 dollars"; "20%" also "20 percent". */
function handTypedPattern(formatted) {
    if (formatted.endsWith('%')) {
        const number = formatted.slice(0, -1).replace('.', '\\.');
        return new RegExp(`(?<![\\d.])${number}\\s?(%|percent\\b)`);
    }
    const digits = formatted.replace(/[$,]/g, '').replace('.', '\\.');
    const withCommas = formatted.replace('$', '').replace(/[.,]/g, (c) => `\\${c}`);
    return new RegExp(`\\$\\s?(${withCommas}|${digits})(?![\\d,]*\\d)|(?<![\\d,.])(${withCommas}|${digits}) dollars`);
}
function checkReviews(kb, opts) {
    const findings = [];
    const day = 24 * 60 * 60 * 1000;
    for (const entry of kb.entries) {
        const reviewed = new Date(`${entry.reviewed}T00:00:00Z`).getTime();
        if (reviewed > opts.today.getTime() + day)
            findings.push(error(entry.file, `reviewed date ${entry.reviewed} is in the future`));
        else if (opts.today.getTime() - reviewed > opts.reviewMaxAgeDays * day) {
            findings.push(warning(entry.file, `was last reviewed on ${entry.reviewed}; re-check it against its sources`));
        }
    }
    return findings;
}
function error(file, message) {
    return { level: 'error', file, message };
}
function warning(file, message) {
    return { level: 'warning', file, message };
}
//# sourceMappingURL=check.js.map