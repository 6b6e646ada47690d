import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeGarnishment, PAY_PERIODS } from '../../src/calc/garnishment';
import { shippedKnowledge } from '../support/testBot';

const { kb } = shippedKnowledge();

// Worked by hand from CCP 706.050 with the 2026 state minimum wage of $16.90:
// lesser of 20% of pay, or 40% of (pay − multiplier × $16.90).
describe.each([
  { pay: 1000, period: 'weekly' as const, date: '2026-03-01', max: 75.52 },
  { pay: 800, period: 'weekly' as const, date: '2026-03-01', max: 0 },
  { pay: 5000, period: 'weekly' as const, date: '2026-03-01', max: 1000 },
  { pay: 2000, period: 'biweekly' as const, date: '2026-03-01', max: 151.04 },
  { pay: 2500, period: 'semimonthly' as const, date: '2026-03-01', max: 296.96 },
  { pay: 4000, period: 'monthly' as const, date: '2026-03-01', max: 193.92 },
  { pay: 1000, period: 'weekly' as const, date: '2025-12-31', max: 83.2 },
])('$period pay of $pay on $date', ({ pay, period, date, max }) => {
  it(`allows at most ${max} to be withheld`, () => {
    const result = computeGarnishment(kb, { disposableEarnings: pay, period, payDate: date });
    expect(result.maxWithheld).toBeCloseTo(max, 2);
    expect(result.leftAfter).toBeCloseTo(pay - max, 2);
  });
});

describe('The minimum wage used', () => {
  it('changes with the state minimum wage each January', () => {
    expect(computeGarnishment(kb, { disposableEarnings: 1000, period: 'weekly', payDate: '2025-12-31' }).minimumWage).toBe(16.5);
    expect(computeGarnishment(kb, { disposableEarnings: 1000, period: 'weekly', payDate: '2026-01-02' }).minimumWage).toBe(16.9);
  });

  it('uses a higher local minimum wage where the person works', () => {
    const result = computeGarnishment(kb, { disposableEarnings: 1000, period: 'weekly', payDate: '2026-03-01', localMinimumWage: 20 });
    expect(result.protectedAmount).toBe(960);
    expect(result.maxWithheld).toBe(16);
  });

  it('ignores a local minimum wage lower than the state one', () => {
    expect(computeGarnishment(kb, { disposableEarnings: 1000, period: 'weekly', payDate: '2026-03-01', localMinimumWage: 15 }).minimumWage).toBe(16.9);
  });
});

describe('Properties', () => {
  it('never takes more than 20% of pay, never less than zero, and leaves the rest', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50000, noNaN: true }), fc.constantFrom(...PAY_PERIODS), (pay, period) => {
        const result = computeGarnishment(kb, { disposableEarnings: pay, period, payDate: '2026-06-01' });
        expect(result.maxWithheld).toBeGreaterThanOrEqual(0);
        expect(result.maxWithheld).toBeLessThanOrEqual(pay * 0.2 + 1e-9);
        expect(result.maxWithheld + result.leftAfter).toBeCloseTo(pay, 1);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('takes nothing from pay at or below the protected amount', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 811.2, noNaN: true }), (pay) => {
        expect(computeGarnishment(kb, { disposableEarnings: pay, period: 'weekly', payDate: '2026-06-01' }).maxWithheld).toBe(0);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
