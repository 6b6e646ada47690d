import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/kb/check';
import { formatFigure } from '../../src/kb/figures';
import { inLanguage, loadKnowledge, resolveKnowledgeDir } from '../../src/kb/load';
import { renderAnswer } from '../../src/kb/render';
import { IntentMatcher } from '../../src/intent/matcher';

// A copy of the real knowledge with one Spanish twin of our own, so these tests do not depend on how
// many twins the content has at any moment.
const dir = mkdtempSync(join(tmpdir(), 'kb-es-'));
cpSync(resolveKnowledgeDir(), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const twin = (body: string): string => `---
id: appeal
question: ¿Cómo apelo un fallo de reclamos menores?
alternates:
  - quiero apelar el fallo
  - perdi en la corte de small claims y quiero apelar
  - como hago para apelar la decision del juez
  - cuanto tiempo tengo para apelar
  - el demandado puede apelar si pierde
  - me toca pagar pero no estoy de acuerdo con el juez
reviewed: 2026-12-01
---
${body}`;

function withTwin(body: string) {
  const entries = join(dir, 'es', 'entries');
  rmSync(entries, { recursive: true, force: true });
  mkdirSync(entries, { recursive: true });
  writeFileSync(join(entries, 'appeal.md'), twin(body));
  return loadKnowledge(dir);
}

describe('Spanish knowledge', () => {
  const english = loadKnowledge(dir);
  const appeal = english.byId.get('appeal')!;
  const faithful = `Solo el demandado puede apelar: presente el formulario SC-140 dentro de {{appeal_days}} y pague {{fee_appeal}} (CCP 116.710).`;

  it('a twin keeps the English metadata and its own words', () => {
    const kb = withTwin(faithful);
    const spanish = inLanguage(kb, 'es').byId.get('appeal')!;
    expect(spanish.language).toBe('es');
    expect(spanish.question).toBe('¿Cómo apelo un fallo de reclamos menores?');
    expect(spanish.forms).toEqual(appeal.forms);
    expect(spanish.followUps).toEqual(appeal.followUps);
    expect(spanish.sources).toEqual(appeal.sources);
  });

  it('an entry without a twin is still there, in English', () => {
    const kb = withTwin(faithful);
    const untranslated = inLanguage(kb, 'es').byId.get('claim-limits')!;
    expect(untranslated.language).toBe('en');
  });

  it('kb:check names the forms, codes and figures a twin lost or added', () => {
    const kb = withTwin('Solo el demandado puede apelar con el formulario SC-150, dentro de un plazo corto. Pregunte al asesor de reclamos menores.');
    const messages = checkKnowledge(kb).filter((finding) => finding.file.endsWith('es/entries/appeal.md')).map((finding) => finding.message);
    expect(messages.some((message) => message.includes('mentions form(s) SC-150'))).toBe(true);
    expect(messages.some((message) => /does not mention figure\(s\) .*fee_appeal/.test(message))).toBe(true);
    expect(messages.some((message) => /does not mention code section\(s\) .*CCP 116\.710/.test(message))).toBe(true);
  });

  it('answers render in Spanish: labels, dates and day counts', () => {
    const kb = withTwin(faithful);
    const parts = renderAnswer(inLanguage(kb, 'es').byId.get('appeal')!, kb.figures);
    expect(parts.text).toContain(`dentro de ${formatFigure(kb.figures.get('appeal_days')!, 'es')}`);
    expect(parts.text).toMatch(/\d+ días/);
    expect(parts.source).toMatch(/^Fuente: .*\(revisado el 1 de diciembre de 2026\)$/);
  });

  it('a Spanish matcher finds the twin from a Spanish question typed without accents', () => {
    const kb = withTwin(faithful);
    const matcher = new IntentMatcher(inLanguage(kb, 'es'));
    const result = matcher.match('como puedo apelar el fallo? perdi el caso');
    expect(result.candidates[0]?.id).toBe('appeal');
  });
});
