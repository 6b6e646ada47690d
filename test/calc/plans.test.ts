import { describe, expect, it } from 'vitest';
import { collectionPlan, hardshipPlan } from '../../src/calc/plans';
import { formatFigure } from '../../src/kb/figures';
import { shippedKnowledge } from '../support/testBot';

const { kb } = shippedKnowledge();
const bankAmount = formatFigure(kb.figures.get('exemption_bank_automatic')!);

describe('The collection plan', () => {
  it("offers the consumer-debt exam form and says a missed consumer-debt exam cannot lead to arrest", () => {
    const exam = collectionPlan(kb, { known: ['nothing'], waitOver: true }).steps.find((step) => step.title.includes("debtor's examination"))!;
    expect(exam.title).toContain('SC-136');
    expect(exam.detail).toMatch(/cannot lead to an arrest/);
    expect(exam.citation).toContain('CCP 708.111');
  });

  it('asks for the address check with the writ, before any levy', () => {
    const writ = collectionPlan(kb, { known: ['bank'], waitOver: true }).steps.find((step) => step.title.startsWith('Get a Writ of Execution'))!;
    expect(writ.detail).toContain('Declaration of Address Verification (WG-015/EJ-135)');
    expect(writ.citation).toContain('CCP 684.130');
  });

  it('tells the creditor the bank leaves the automatic amount', () => {
    const bank = collectionPlan(kb, { known: ['bank'], waitOver: true }).steps.find((step) => step.title === 'Levy their bank account')!;
    expect(bank.detail).toContain(bankAmount);
  });
});

describe('The hardship plan', () => {
  it('names the amount protected in the bank and the federal two-month rule in its exemption step', () => {
    for (const input of [{ monthly: 0 }, { monthly: 50, levy: { served: '2026-11-02', how: 'mail' as const } }]) {
      const step = hardshipPlan(kb, input).steps.find((candidate) => /exemption|protected/i.test(candidate.title))!;
      expect(step.detail).toContain(bankAmount);
      expect(step.detail).toMatch(/two months of federal benefits/);
    }
  });
});
