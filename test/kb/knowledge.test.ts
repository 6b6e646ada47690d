import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/kb/check';
import { KnowledgeError } from '../../src/kb/errors';
import { fillFigures } from '../../src/kb/figures';
import { loadKnowledge, resolveKnowledgeDir } from '../../src/kb/load';
import { renderAnswer } from '../../src/kb/render';
import { shippedKnowledge } from '../support/testBot';

const source = resolveKnowledgeDir();
const copies: string[] = [];

/** A scratch copy of the shipped knowledge that a test may break. */
function scratchKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(source, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('The shipped knowledge', () => {
  const { kb } = shippedKnowledge();

  it('loads, and kb:check finds no errors in it', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(25);
    expect(checkKnowledge(kb).filter((finding) => finding.level === 'error')).toEqual([]);
  });

  it('cites an official source, forms or code sections, and a reviewed date in every entry', () => {
    for (const entry of kb.entries) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.forms.length + entry.codes.length, entry.id).toBeGreaterThan(0);
      expect(entry.reviewed, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('answers the seed question correctly: no demand letter or abstract is required, and collection waits 30 days', () => {
    const { text } = renderAnswer(kb.byId.get('collect-judgment')!, kb.figures);
    expect(text).toMatch(/30 days/);
    expect(text).toMatch(/demand letter/i);
    expect(text).toMatch(/not (required|needed)|optional|don't have to|do not have to/i);
  });
});

describe('Loading knowledge files', () => {
  it('names the file and the field when a required field is missing', () => {
    const dir = scratchKnowledge();
    edit(dir, 'entries/bank-levy.md', (text) => text.replace(/^reviewed: .*$/m, ''));
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir)).toThrow(/bank-levy\.md: "reviewed"/);
  });

  it('refuses a source that is not an official site', () => {
    const dir = scratchKnowledge();
    edit(dir, 'entries/bank-levy.md', (text) => text.replace(/^sources:\n {2}- .*$/m, 'sources:\n  - https://some-blog.example.com/levy'));
    expect(() => loadKnowledge(dir)).toThrow(/bank-levy\.md: "sources\.0" must be an https link on an official site/);
  });

  it('refuses an answer that uses a figure the figures file does not define', () => {
    const dir = scratchKnowledge();
    edit(dir, 'entries/bank-levy.md', (text) => `${text}\n\nThe fee is {{no_such_fee}}.`);
    expect(() => loadKnowledge(dir)).toThrow(/uses \{\{no_such_fee\}\}/);
  });

  it('refuses an entry whose id does not match its file name', () => {
    const dir = scratchKnowledge();
    edit(dir, 'entries/bank-levy.md', (text) => text.replace('id: bank-levy', 'id: bank-levy-2'));
    expect(() => loadKnowledge(dir)).toThrow(/must match the file name/);
  });
});

describe('kb:check', () => {
  it('reports a follow-up that points nowhere', () => {
    const dir = scratchKnowledge();
    edit(dir, 'entries/bank-levy.md', (text) => text.replace(/^followUps: \[[a-z-]+/m, 'followUps: [no-such-entry'));
    const messages = checkKnowledge(loadKnowledge(dir)).map((finding) => finding.message);
    expect(messages).toContain('followUps points to "no-such-entry", which no entry has');
  });

  it('reports a phrasing that two entries share', () => {
    const dir = scratchKnowledge();
    edit(dir, 'entries/bank-levy.md', (text) => text.replace(/^alternates:\n/m, 'alternates:\n  - How do I garnish the debtor\'s wages?\n'));
    const errors = checkKnowledge(loadKnowledge(dir)).filter((finding) => finding.level === 'error');
    expect(errors.some((finding) => finding.message.includes('is also used by'))).toBe(true);
  });

  it('reports a figure typed by hand instead of taken from figures.yaml', () => {
    const dir = scratchKnowledge();
    edit(dir, 'entries/claim-limits.md', (text) => `${text}\n\nYou can ask for up to $12,500.`);
    const messages = checkKnowledge(loadKnowledge(dir)).map((finding) => finding.message);
    expect(messages).toContain('types $12,500 by hand; write {{claim_limit_individual}} so it updates with figures.yaml');
  });

  it('warns once the minimum wage\'s January 1 change has come, and not before', () => {
    const { kb } = shippedKnowledge();
    const due = (today: string) => checkKnowledge(kb, { today: new Date(`${today}T00:00:00Z`) }).some((finding) => finding.level === 'warning' && finding.message.startsWith('min_wage_state took effect'));
    expect(due('2026-12-31')).toBe(false);
    expect(due('2027-01-02')).toBe(true);
  });

  it('warns when the automatic bank-account amount has passed its July 1 change', () => {
    const { kb } = shippedKnowledge();
    const messages = (today: string) => checkKnowledge(kb, { today: new Date(`${today}T00:00:00Z`) }).map((finding) => finding.message);
    expect(messages('2027-06-30').some((message) => message.startsWith('exemption_bank_automatic'))).toBe(false);
    expect(messages('2027-07-01').some((message) => message.startsWith('exemption_bank_automatic') && message.includes('2027-07-01'))).toBe(true);
  });

  it('warns about a figure with no effective date, and about a three-yearly amount older than the last April 1 cycle', () => {
    const dir = scratchKnowledge();
    edit(dir, 'figures.yaml', (text) => text.replace(/(exemption_vehicle:\n(?: {2}.*\n)*?) {2}asOf: 2025-04-01\n/, '$1  asOf: 2022-04-01\n').replace(/(claim_limit_entity:\n(?: {2}.*\n)*?) {2}asOf: .*\n/, '$1'));
    const messages = checkKnowledge(loadKnowledge(dir), { today: new Date('2026-12-01T00:00:00Z') }).map((finding) => finding.message);
    expect(messages.some((message) => message.startsWith('claim_limit_entity has no asOf'))).toBe(true);
    expect(messages.some((message) => message.startsWith('exemption_vehicle took effect 2022-04-01') && message.includes('2025-04-01'))).toBe(true);
  });
});

describe('Rendering an answer', () => {
  const { kb } = shippedKnowledge();

  it('fills figures from figures.yaml', () => {
    expect(fillFigures('up to {{claim_limit_individual}} ({{asof:claim_limit_individual}})', kb.figures)).toBe('up to $12,500 (as of January 1, 2024)');
  });

  it('shows only the section for the person\'s role when the role is known, and both when it is not', () => {
    const entry = kb.entries.find((candidate) => candidate.body.includes('## If you owe money') && candidate.body.includes('## If you are owed money'))!;
    expect(entry, 'at least one entry has both role sections').toBeDefined();
    const both = renderAnswer(entry, kb.figures).text;
    const debtor = renderAnswer(entry, kb.figures, 'debtor').text;
    expect(both).toContain('**If you owe money:**');
    expect(both).toContain('**If you are owed money:**');
    expect(debtor).not.toContain('If you are owed money');
    expect(debtor.length).toBeLessThan(both.length);
  });

  it('puts forms, law and source on one line, and never gives two different pages the same link text', () => {
    for (const entry of kb.entries) {
      const { references } = renderAnswer(entry, kb.figures);
      expect(references, entry.id).not.toContain('\n');
      expect(references, entry.id).toMatch(/Source: \[.+\]\(https:\/\/.+\(reviewed /);
      const labels = [...references.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].map((link) => link[1]);
      expect(new Set(labels).size, `${entry.id}: ${labels.join(' | ')}`).toBe(labels.length);
    }
    const twoSelfHelpPages = kb.entries.find((entry) => entry.sources.filter((url) => url.includes('selfhelp.courts.ca.gov')).length > 1);
    if (twoSelfHelpPages) expect(renderAnswer(twoSelfHelpPages, kb.figures).references).toMatch(/California Courts Self-Help: [a-z]/);
  });

  it('links an out-of-scope reply that promises a guide to that guide, not the self-help home page', () => {
    const guides = kb.outOfScope.filter((area) => /self-help (guide|pages)|traffic pages/i.test(area.reply));
    expect(guides.map((area) => area.id)).toEqual(expect.arrayContaining(['eviction', 'family', 'traffic', 'restraining-order', 'probate']));
    for (const area of guides) expect(new URL(area.link).pathname, area.id).not.toBe('/');
  });
});
