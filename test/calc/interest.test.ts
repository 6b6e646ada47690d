import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calc/calendar';
import { computeInterest, interestRateFor, payoff } from '../../src/calc/interest';
import { shippedKnowledge } from '../support/testBot';

const { kb } = shippedKnowledge();

// Worked by hand: principal × rate × days ÷ 365; payments to interest first, then principal.
describe.each([
  { case: 'one common year at 10%', principal: 1000, entry: '2025-01-01', asOf: '2026-01-01', payments: [], total: 1100, accrued: 100 },
  { case: 'a leap year (366 days) at 10%', principal: 1000, entry: '2024-01-01', asOf: '2025-01-01', payments: [], total: 1100.27, accrued: 100.27 },
  { case: 'a payment after interest started', principal: 1000, entry: '2025-01-01', asOf: '2026-01-01', payments: [{ date: '2025-07-01', amount: 50 }], total: 1049.98, accrued: 99.98 },
  { case: 'a payment on the day of entry, before interest starts', principal: 1000, entry: '2025-01-01', asOf: '2026-01-01', payments: [{ date: '2025-01-01', amount: 200 }], total: 880, accrued: 80 },
  { case: 'the same day (no interest yet)', principal: 2500, entry: '2026-03-03', asOf: '2026-03-03', payments: [], total: 2500, accrued: 0 },
])('Interest on $principal ($case)', ({ principal, entry, asOf, payments, total, accrued }) => {
  const result = computeInterest(kb, { principal, entryDate: entry, asOf, payments });
  it(`totals ${total}`, () => expect(result.total).toBeCloseTo(total, 2));
  it(`accrues ${accrued} in interest`, () => expect(result.interestAccrued).toBeCloseTo(accrued, 2));
});

describe('A payment after interest has built up', () => {
  it('goes to the interest first and only the rest to principal', () => {
    const result = computeInterest(kb, { principal: 1000, entryDate: '2025-01-01', asOf: '2026-01-01', payments: [{ date: '2025-07-01', amount: 50 }] });
    expect(result.applied[0]).toMatchObject({ toInterest: 49.59, toPrincipal: 0.41 });
  });
});

describe('Which rate applies', () => {
  it.each([
    ['personal debt of a person, entered 2024', { kind: 'personal-debt' as const, debtorIsPerson: true, entryDate: '2024-05-01', principal: 3000 }, 5],
    ['medical debt of a person, entered 2023', { kind: 'medical' as const, debtorIsPerson: true, entryDate: '2023-02-01', principal: 9000 }, 5],
    ['personal debt entered in 2022, before the change', { kind: 'personal-debt' as const, debtorIsPerson: true, entryDate: '2022-12-31', principal: 3000 }, 10],
    ['personal debt owed by a business', { kind: 'personal-debt' as const, debtorIsPerson: false, entryDate: '2024-05-01', principal: 3000 }, 10],
    ['property damage', { kind: 'other' as const, debtorIsPerson: true, entryDate: '2024-05-01', principal: 3000 }, 10],
  ])('%s: %s%', (_name, input, percent) => {
    expect(interestRateFor(kb, input).percent).toBe(percent);
  });
});

describe('Paying over time', () => {
  it('pays $1,200 at 10% with $100 a month in 13 months', () => {
    const result = payoff(1200, 0, 10, 100);
    expect(result.months).toBe(13);
    expect(result.interestPaid).toBeGreaterThan(0);
  });

  it('says when a payment does not even cover the interest', () => {
    expect(payoff(10000, 0, 10, 50).never).toBe(true);
  });
});

describe('Properties', () => {
  it('interest never decreases with a later date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12500 }), fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 3650 }), (principal, a, b) => {
        const entryDate = '2020-01-01';
        const early = computeInterest(kb, { principal, entryDate, asOf: addDays(entryDate, Math.min(a, b)) });
        const late = computeInterest(kb, { principal, entryDate, asOf: addDays(entryDate, Math.max(a, b)) });
        expect(late.total).toBeGreaterThanOrEqual(early.total);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
