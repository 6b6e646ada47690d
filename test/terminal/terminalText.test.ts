import { describe, expect, it } from 'vitest';
import { pickByNumber, renderForTerminal, visibleLength } from '../../scripts/terminalText';

const LONG_URL = 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=116.810';

describe('Replies shown in a terminal', () => {
  it('prints bold as bold (or plain), links as text <url>, and says "pick" instead of "tap"', () => {
    const markdown = '**Can they take my car?** See [California Courts Self-Help](https://selfhelp.courts.ca.gov/) for more.\n\nRelated questions (tap one or type its number):';
    const plain = renderForTerminal(markdown, { width: 200, bold: false });
    expect(plain).toBe('Can they take my car? See California Courts Self-Help <https://selfhelp.courts.ca.gov/> for more.\n\nRelated questions (pick one or type its number):');
    const bold = renderForTerminal(markdown, { width: 200, bold: true });
    expect(bold).toContain('\u001b[1mCan they take my car?\u001b[22m');
    expect(bold).not.toMatch(/\*\*|\]\(/);
  });

  it('wraps to the width without cutting a word or a link, with hanging indents for list items', () => {
    const markdown = `Use any of these tools:\n- Get a Writ of Execution (EJ-130) so the sheriff or marshal can levy a bank account or garnish wages.\n- Read the law at [CCP 116.810](${LONG_URL}) before you start.`;
    const lines = renderForTerminal(markdown, { width: 40, bold: true }).split('\n');
    for (const line of lines) {
      if (!line.includes(LONG_URL)) expect(visibleLength(line), line).toBeLessThanOrEqual(40);
    }
    expect(lines.some((line) => line.trim() === `<${LONG_URL}>`), 'the long link sits whole on its own line').toBe(true);
    expect(lines[1]).toMatch(/^ {2}• Get a Writ/);
    expect(lines[2]).toMatch(/^ {4}\S/);
    const words = markdown.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 <$2>').replace(/^- /gm, '').split(/\s+/);
    expect(lines.join(' ').replace(/•/g, '').split(/\s+/).filter(Boolean)).toEqual(words);
  });

  it('turns a typed number into the action it stands for, and leaves everything else alone', () => {
    const choices = ['How do I collect my small claims judgment?', 'Make my collection plan'];
    expect(pickByNumber('1', choices)).toBe('How do I collect my small claims judgment?');
    expect(pickByNumber(' 2. ', choices)).toBe('Make my collection plan');
    expect(pickByNumber('3', choices)).toBe('3');
    expect(pickByNumber('2400', choices)).toBe('2400');
    expect(pickByNumber('1 more question', choices)).toBe('1 more question');
  });
});
