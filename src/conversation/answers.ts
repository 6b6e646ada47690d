import { fillFigures } from '../kb/figures';
import { renderAnswer, splitRoleSections } from '../kb/render';
import type { KnowledgeBase, KnowledgeEntry, Role } from '../kb/types';

/** The buttons that narrow a both-sides answer to one side; the router reads them as a side statement. */
export const SIDE_CHOICES: ReadonlyArray<{ role: Role; label: string }> = [
  { role: 'creditor', label: "I'm owed money" },
  { role: 'debtor', label: 'I owe money' },
];

// Knowledge does not change while the bot runs, so each answer is rendered once per side.
const rendered = new WeakMap<KnowledgeEntry, Map<string, string>>();

/**
 * An answer, first thing: the shared part, then the side the person is on. With no side known, each
 * side's first paragraph, so both are answered briefly and the buttons narrow it.
 */
export function answerText(entry: KnowledgeEntry, kb: KnowledgeBase, role: Role | undefined): string {
  let byRole = rendered.get(entry);
  if (!byRole) rendered.set(entry, (byRole = new Map()));
  const key = role ?? 'both';
  let text = byRole.get(key);
  if (text === undefined) {
    const parts = renderAnswer(entry, kb.figures, role);
    const body = role || !differsBySide(entry) ? parts.text : bothSidesBriefly(entry, kb);
    text = [`**${entry.question}**`, body, parts.references].filter(Boolean).join('\n\n');
    byRole.set(key, text);
  }
  return text;
}

export function differsBySide(entry: KnowledgeEntry): boolean {
  const sections = splitRoleSections(entry.body, entry.language);
  return Boolean(sections.creditor || sections.debtor);
}

function bothSidesBriefly(entry: KnowledgeEntry, kb: KnowledgeBase): string {
  const sections = splitRoleSections(entry.body, entry.language);
  const brief = (section: string | undefined): string => (section ?? '').split(/\n\s*\n/)[0]!.trim();
  const parts = [
    sections.general,
    sections.creditor ? `**If you are owed money:** ${brief(sections.creditor)}` : '',
    sections.debtor ? `**If you owe money:** ${brief(sections.debtor)}` : '',
    `Tap **${SIDE_CHOICES[0]!.label}** or **${SIDE_CHOICES[1]!.label}** to see the rest for your side.`,
  ];
  return fillFigures(parts.filter(Boolean).join('\n\n'), kb.figures);
}
