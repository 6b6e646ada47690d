import { describe, expect, it } from 'vitest';
import { courtHolidays } from '../../src/calc/calendar';
import { computeDeadlines } from '../../src/calc/deadlines';
import { InputError } from '../../src/calc/errors';
import { shippedKnowledge } from '../support/testBot';

const { kb } = shippedKnowledge();
const dateOf = (noticeDate: string, key: string, extra: Partial<Parameters<typeof computeDeadlines>[1]> = {}) =>
  computeDeadlines(kb, { noticeDate, today: '2026-11-27', ...extra }).steps.find((step) => step.key === key)?.date;

describe('Court holidays', () => {
  it('match the courts\' published 2026 calendar, with July 4 (a Saturday) observed on Friday', () => {
    expect([...courtHolidays(kb.courtCalendar, 2026).keys()].sort()).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-12', '2026-02-16', '2026-03-31', '2026-05-25', '2026-06-19',
      '2026-07-03', '2026-09-07', '2026-09-25', '2026-11-11', '2026-11-26', '2026-11-27', '2026-12-25',
    ]);
  });

  it('match the courts\' published 2025 calendar', () => {
    expect([...courtHolidays(kb.courtCalendar, 2025).keys()].sort()).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-12', '2025-02-17', '2025-03-31', '2025-05-26', '2025-06-19',
      '2025-07-04', '2025-09-01', '2025-09-26', '2025-11-11', '2025-11-27', '2025-11-28', '2025-12-25',
    ]);
  });
});

// Worked by hand: 30 days after the notice (CCP 116.750, 116.810), moved to the next court day when the
// court is closed (CCP 12a); collection may start the day after the last day to appeal.
describe.each([
  { case: 'an ordinary Tuesday', notice: '2026-03-03', appeal: '2026-04-02', collect: '2026-04-03' },
  { case: 'day 30 on a Sunday', notice: '2026-01-02', appeal: '2026-02-02', collect: '2026-02-03' },
  { case: 'day 30 on Lincoln\'s Birthday', notice: '2026-01-13', appeal: '2026-02-13', collect: '2026-02-14' },
  { case: 'day 30 on the day after Thanksgiving, then a weekend', notice: '2026-10-28', appeal: '2026-11-30', collect: '2026-12-01' },
  { case: 'day 30 on the observed Independence Day', notice: '2026-06-03', appeal: '2026-07-06', collect: '2026-07-07' },
  { case: 'a month end in a leap year', notice: '2024-01-31', appeal: '2024-03-01', collect: '2024-03-02' },
  { case: 'a month end in a common year', notice: '2026-01-31', appeal: '2026-03-02', collect: '2026-03-03' },
])('Notice mailed on $notice ($case)', ({ notice, appeal, collect }) => {
  it(`the last day to appeal is ${appeal}`, () => expect(dateOf(notice, 'appeal')).toBe(appeal));
  it(`collection may start on ${collect}`, () => expect(dateOf(notice, 'collect')).toBe(collect));
});

describe('The life of a judgment', () => {
  it('lasts 10 years from entry and can be renewed from year 5', () => {
    expect(dateOf('2026-03-03', 'expires', { entryDate: '2026-02-27' })).toBe('2036-02-27');
    expect(dateOf('2026-03-03', 'renew-from', { entryDate: '2026-02-27' })).toBe('2031-02-27');
  });

  it('treats a February 29 entry as ending on February 28 of a common year', () => {
    expect(dateOf('2024-03-01', 'expires', { entryDate: '2024-02-29' })).toBe('2034-02-28');
  });
});

describe('Who sees which deadline', () => {
  it('leaves out the request to vacate when the person ordered to pay was at the hearing', () => {
    expect(dateOf('2026-03-03', 'vacate', { payerAttended: true })).toBeUndefined();
    expect(dateOf('2026-03-03', 'vacate', { payerAttended: false })).toBe('2026-04-02');
  });

  it('cites a code section and an official source for every date', () => {
    for (const step of computeDeadlines(kb, { noticeDate: '2026-03-03', today: '2026-11-27' }).steps) {
      expect(step.citation).toMatch(/CCP/);
      expect(step.source).toMatch(/^https:\/\/leginfo\.legislature\.ca\.gov/);
    }
  });

  it('marks dates already passed', () => {
    const steps = computeDeadlines(kb, { noticeDate: '2026-03-03', today: '2026-11-27' }).steps;
    expect(steps.find((step) => step.key === 'collect')!.passed).toBe(true);
    expect(steps.find((step) => step.key === 'expires')!.passed).toBe(false);
  });

  it('refuses a notice date in the future', () => {
    expect(() => computeDeadlines(kb, { noticeDate: '2027-01-05', today: '2026-11-27' })).toThrow(InputError);
  });
});
