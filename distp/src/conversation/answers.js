"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SIDE_CHOICES = void 0;
exports.answerText = answerText;
exports.differsBySide = differsBySide;
const figures_1 = require("../kb/figures");
const render_1 = require("../kb/render");
/** The buttons that narrow a both-sides answer to one side; the router reads them as a side statement. */
exports.SIDE_CHOICES = [
    { role: 'creditor', label: "I'm owed money" },
    { role: 'debtor', label: 'I owe money' },
];
// Knowledge does not change while the bot runs, so each answer is rendered once per side.
const rendered = new WeakMap();
/**
 * An answer, first thing: the shared part, then the side the person is on. With no side known, each
 * side's first paragraph, so both are answered briefly and the buttons narrow it.
 */
function answerText(entry, kb, role) {
    let byRole = rendered.get(entry);
    if (!byRole)
        rendered.set(entry, (byRole = new Map()));
    const key = role ?? 'both';
    let text = byRole.get(key);
    if (text === undefined) {
        const parts = (0, render_1.renderAnswer)(entry, kb.figures, role);
        const body = role || !differsBySide(entry) ? parts.text : bothSidesBriefly(entry, kb);
        text = [`**${entry.question}**`, body, parts.references].filter(Boolean).join('\n\n');
        byRole.set(key, text);
    }
    return text;
}
function differsBySide(entry) {
    const sections = (0, render_1.splitRoleSections)(entry.body);
    return Boolean(sections.creditor || sections.debtor);
}
function bothSidesBriefly(entry, kb) {
    const sections = (0, render_1.splitRoleSections)(entry.body);
    const brief = (section) => (section ?? '').split(/\n\s*\n/)[0].trim();
    const parts = [
        sections.general,
        sections.creditor ? `**If you are owed money:** ${brief(sections.creditor)}` : '',
        sections.debtor ? `**If you owe money:** ${brief(sections.debtor)}` : '',
        `Tap **${exports.SIDE_CHOICES[0].label}** or **${exports.SIDE_CHOICES[1].label}** to see the rest for your side.`,
    ];
    return (0, figures_1.fillFigures)(parts.filter(Boolean).join('\n\n'), kb.figures);
}
//# sourceMappingURL=answers.js.map