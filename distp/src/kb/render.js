"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROLE_HEADINGS = void 0;
exports.splitRoleSections = splitRoleSections;
exports.renderAnswer = renderAnswer;
exports.sourceLinks = sourceLinks;
exports.describeSource = describeSource;
const figures_1 = require("./figures");
exports.ROLE_HEADINGS = {
    creditor: '## If you are owed money',
    debtor: '## If you owe money',
};
/** Splits a body into its general part and the optional per-role sections. */
function splitRoleSections(body) {
    const creditorAt = body.indexOf(exports.ROLE_HEADINGS.creditor);
    const debtorAt = body.indexOf(exports.ROLE_HEADINGS.debtor);
    const starts = [creditorAt, debtorAt].filter((at) => at >= 0);
    if (starts.length === 0)
        return { general: body.trim() };
    const general = body.slice(0, Math.min(...starts)).trim();
    const section = (at, heading) => {
        if (at < 0)
            return undefined;
        const end = starts.filter((other) => other > at).sort((a, b) => a - b)[0] ?? body.length;
        return body.slice(at + heading.length, end).trim();
    };
    return {
        general,
        creditor: section(creditorAt, exports.ROLE_HEADINGS.creditor),
        debtor: section(debtorAt, exports.ROLE_HEADINGS.debtor),
    };
}
const ROLE_LABELS = {
    creditor: '**If you are owed money:**',
    debtor: '**If you owe money:**',
};
function renderAnswer(entry, figures, role) {
    const sections = splitRoleSections(entry.body);
    const parts = [sections.general];
    const roles = role ? [role] : ['creditor', 'debtor'];
    for (const each of roles) {
        const section = sections[each];
        if (section)
            parts.push(role ? section : `${ROLE_LABELS[each]} ${section}`);
    }
    const citations = citationLine(entry);
    const source = sourceLine(entry);
    return {
        text: (0, figures_1.fillFigures)(parts.filter(Boolean).join('\n\n'), figures),
        citations,
        source,
        references: [citations, source].filter(Boolean).join(' · '),
    };
}
function citationLine(entry) {
    const pieces = [];
    if (entry.forms.length)
        pieces.push(`Forms: ${entry.forms.join(', ')}`);
    if (entry.codes.length)
        pieces.push(`Law: ${entry.codes.join(', ')}`);
    return pieces.join(' · ');
}
function sourceLine(entry) {
    const links = sourceLinks(entry).map(({ label, url }) => `[${label}](${url})`);
    return `Source: ${links.join(' · ')} (reviewed ${(0, figures_1.formatIsoDate)(entry.reviewed)})`;
}
/** Each official source with a short label; two links with the same text would read as one, so labels that repeat name their page. */
function sourceLinks(entry) {
    const labels = entry.sources.map(describeSource);
    return entry.sources.map((url, index) => {
        const label = labels[index];
        const repeated = labels.indexOf(label) !== labels.lastIndexOf(label);
        return { label: repeated ? `${label}: ${pageName(url)}` : label, url };
    });
}
/** ".../collect-money/debtors-examination" → "debtors examination"; "/1016.htm" → "page 1016". */
function pageName(url) {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    const words = last.replace(/\.(htm|html|pdf)$/, '').replace(/[-_]+/g, ' ').trim();
    return /^\d+$/.test(words) ? `page ${words}` : words || 'home page';
}
/** A short human label for an official link, so replies don't show long raw URLs. */
function describeSource(url) {
    const { hostname, searchParams } = new URL(url);
    if (hostname.startsWith('leginfo')) {
        const section = searchParams.get('sectionNum');
        const code = searchParams.get('lawCode');
        if (section && code)
            return `${code} ${section.replace(/\.$/, '')} (leginfo)`;
        return 'California law (leginfo)';
    }
    if (hostname.includes('selfhelp.courts.ca.gov'))
        return 'California Courts Self-Help';
    if (hostname.includes('courts.ca.gov'))
        return 'California Courts';
    if (hostname.includes('dmv.ca.gov'))
        return 'California DMV';
    if (hostname.includes('sos.ca.gov'))
        return 'California Secretary of State';
    return hostname.replace(/^www\./, '');
}
//# sourceMappingURL=render.js.map