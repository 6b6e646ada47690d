import { describe, expect, it } from 'vitest';
import { protectedAmounts } from '../../src/calc/exemptions';
import { formatFigure, formatIsoDate } from '../../src/kb/figures';
import { shippedKnowledge } from '../support/testBot';

const { kb } = shippedKnowledge();

describe('Protected amounts', () => {
  it('gives the automatic bank-account amount from figures.yaml with the date it took effect, and the federal two-month rule', () => {
    const [bank] = protectedAmounts(kb, ['bank']);
    const automatic = kb.figures.get('exemption_bank_automatic')!;
    expect(bank!.amount).toContain(formatFigure(automatic));
    expect(bank!.amount).toMatch(/two months of federal benefits/);
    expect(bank!.asOf).toBe(formatIsoDate(automatic.asOf!));
  });

  it('does not call 401(k)s and IRAs fully protected, and does not date the homestead base as if it were current', () => {
    const [retirement, home] = protectedAmounts(kb, ['retirement', 'home']);
    expect(retirement!.amount).toMatch(/ERISA/);
    expect(retirement!.amount).toMatch(/only as far as you need/);
    expect(home!.amount).toMatch(/today's are higher/);
    expect(home!.asOf).toBeUndefined();
  });
});
