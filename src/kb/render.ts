import { fillFigures, formatIsoDate } from './figures';
import type { Figure, KnowledgeEntry, Language, Role } from './types';

/** The headings that open an entry body's per-side sections, in each language's files. */
export const ROLE_HEADINGS: Readonly<Record<Language, Readonly<Record<Role, string>>>> = {
  en: { creditor: '## If you are owed money', debtor: '## If you owe money' },
  es: { creditor: '## Si le deben dinero', debtor: '## Si usted debe dinero' },
};

/** The words around an answer, in the answer's language. */
const LABELS: Readonly<Record<Language, { forms: string; law: string; source: string; reviewed: string; roles: Readonly<Record<Role, string>> }>> = {
  en: { forms: 'Forms', law: 'Law', source: 'Source', reviewed: 'reviewed', roles: { creditor: '**If you are owed money:**', debtor: '**If you owe money:**' } },
  es: { forms: 'Formularios', law: 'Ley', source: 'Fuente', reviewed: 'revisado el', roles: { creditor: '**Si le deben dinero:**', debtor: '**Si usted debe dinero:**' } },
};

export interface AnswerParts {
  /** The answer itself, figures filled in, showing the role section that fits (both when unknown). */
  text: string;
  /** One line naming the forms and code sections the answer relies on, or '' when it names none. */
  citations: string;
  /** Markdown link(s) to the official source(s), with the reviewed date. */
  source: string;
  /** Forms, law and source on one line, so they take one line of a phone screen, not three. */
  references: string;
}

interface BodySections {
  general: string;
  creditor?: string;
  debtor?: string;
}

/** Splits a body into its general part and the optional per-role sections. */
export function splitRoleSections(body: string, language: Language = 'en'): BodySections {
  const headings = ROLE_HEADINGS[language];
  const creditorAt = body.indexOf(headings.creditor);
  const debtorAt = body.indexOf(headings.debtor);
  const starts = [creditorAt, debtorAt].filter((at) => at >= 0);
  if (starts.length === 0) return { general: body.trim() };
  const general = body.slice(0, Math.min(...starts)).trim();
  const section = (at: number, heading: string): string | undefined => {
    if (at < 0) return undefined;
    const end = starts.filter((other) => other > at).sort((a, b) => a - b)[0] ?? body.length;
    return body.slice(at + heading.length, end).trim();
  };
  return {
    general,
    creditor: section(creditorAt, headings.creditor),
    debtor: section(debtorAt, headings.debtor),
  };
}

export function renderAnswer(entry: KnowledgeEntry, figures: ReadonlyMap<string, Figure>, role?: Role): AnswerParts {
  const sections = splitRoleSections(entry.body, entry.language);
  const labels = LABELS[entry.language];
  const parts = [sections.general];
  const roles: Role[] = role ? [role] : ['creditor', 'debtor'];
  for (const each of roles) {
    const section = sections[each];
    if (section) parts.push(role ? section : `${labels.roles[each]} ${section}`);
  }
  const citations = citationLine(entry);
  const source = sourceLine(entry);
  return {
    text: fillFigures(parts.filter(Boolean).join('\n\n'), figures, entry.language),
    citations,
    source,
    references: [citations, source].filter(Boolean).join(' · '),
  };
}

function citationLine(entry: KnowledgeEntry): string {
  const labels = LABELS[entry.language];
  const pieces: string[] = [];
  if (entry.forms.length) pieces.push(`${labels.forms}: ${entry.forms.join(', ')}`);
  if (entry.codes.length) pieces.push(`${labels.law}: ${entry.codes.join(', ')}`);
  return pieces.join(' · ');
}

function sourceLine(entry: KnowledgeEntry): string {
  const links = sourceLinks(entry).map(({ label, url }) => `[${label}](${url})`);
  const labels = LABELS[entry.language];
  return `${labels.source}: ${links.join(' · ')} (${labels.reviewed} ${formatIsoDate(entry.reviewed, entry.language)})`;
}

/** Each official source with a short label; two links with the same text would read as one, so labels that repeat name their page. */
export function sourceLinks(entry: KnowledgeEntry): Array<{ label: string; url: string }> {
  const labels = entry.sources.map(describeSource);
  return entry.sources.map((url, index) => {
    const label = labels[index]!;
    const repeated = labels.indexOf(label) !== labels.lastIndexOf(label);
    return { label: repeated ? `${label}: ${pageName(url)}` : label, url };
  });
}

/** ".../collect-money/debtors-examination" → "debtors examination"; "/1016.htm" → "page 1016". */
function pageName(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  const words = last.replace(/\.(htm|html|pdf)$/, '').replace(/[-_]+/g, ' ').trim();
  return /^\d+$/.test(words) ? `page ${words}` : words || 'home page';
}

/** A short human label for an official link, so replies don't show long raw URLs. */
export function describeSource(url: string): string {
  const { hostname, searchParams } = new URL(url);
  if (hostname.startsWith('leginfo')) {
    const section = searchParams.get('sectionNum');
    const code = searchParams.get('lawCode');
    if (section && code) return `${code} ${section.replace(/\.$/, '')} (leginfo)`;
    return 'California law (leginfo)';
  }
  if (hostname.includes('selfhelp.courts.ca.gov')) return 'California Courts Self-Help';
  if (hostname.includes('courts.ca.gov')) return 'California Courts';
  if (hostname.includes('dmv.ca.gov')) return 'California DMV';
  if (hostname.includes('sos.ca.gov')) return 'California Secretary of State';
  return hostname.replace(/^www\./, '');
}
