import { fillFigures } from '../kb/figures';
import { renderAnswer, splitRoleSections } from '../kb/render';
import type { KnowledgeBase, KnowledgeEntry, Language, Role } from '../kb/types';
import { messagesFor } from './messages';

// Knowledge does not change while the bot runs, so each answer is rendered once per side.
const rendered = new WeakMap<KnowledgeEntry, Map<string, string>>();

/**
 * An answer, first thing: the shared part, then the side the person is on. With no side known, each
 * side's first paragraph, so both are answered briefly and the buttons narrow it.
 */
export function answerText(entry: KnowledgeEntry, kb: KnowledgeBase, role: Role | undefined, language: Language = 'en'): string {
  let byRole = rendered.get(entry);
  if (!byRole) rendered.set(entry, (byRole = new Map()));
  // The side headings and buttons are in the conversation's language, which an untranslated entry is not.
  const key = `${language}:${role ?? 'both'}`;
  let text = byRole.get(key);
  if (text === undefined) {
    const parts = renderAnswer(entry, kb.figures, role);
    const body = role || !differsBySide(entry) ? parts.text : bothSidesBriefly(entry, kb, language);
    const untranslated = entry.language !== language ? messagesFor(language).answerNotTranslated : '';
    text = [untranslated, `**${entry.question}**`, body, parts.references].filter(Boolean).join('\n\n');
    byRole.set(key, text);
  }
  return text;
}

export function differsBySide(entry: KnowledgeEntry): boolean {
  const sections = splitRoleSections(entry.body, entry.language);
  return Boolean(sections.creditor || sections.debtor);
}

function bothSidesBriefly(entry: KnowledgeEntry, kb: KnowledgeBase, language: Language): string {
  const { sides } = messagesFor(language);
  const sections = splitRoleSections(entry.body, entry.language);
  const brief = (section: string | undefined): string => (section ?? '').split(/\n\s*\n/)[0]!.trim();
  const parts = [
    sections.general,
    sections.creditor ? `${sides.creditorHeading} ${brief(sections.creditor)}` : '',
    sections.debtor ? `${sides.debtorHeading} ${brief(sections.debtor)}` : '',
    sides.narrow(sides.creditor, sides.debtor),
  ];
  return fillFigures(parts.filter(Boolean).join('\n\n'), kb.figures, entry.language);
}
