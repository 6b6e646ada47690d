import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/calc/extract';
import { readFacts, type TurnFacts } from '../../src/conversation/facts';
import { normalizeText } from '../../src/intent/normalize';

/**
 * Spanish messages and the facts in them, worked out by hand. "Today" is Friday, November 27, 2026: a
 * date without a year is the most recent one not after today, "hace dos semanas" is November 13, "el
 * lunes pasado" November 23. "5/10/2026" is read month first, as in English; "15/1/2025" can only be
 * day first. Written for this table, not taken from any evaluation data.
 */
const TODAY = '2026-11-27';

interface Expected extends Partial<Omit<TurnFacts, 'dates' | 'amounts' | 'payments'>> {
  /** "2026-04-02 entered"; a date with no role is the date alone. */
  dates?: string[];
  /** "4000 monthly pay"; an amount with no period is "3500 judgment". */
  amounts?: string[];
  /** "500 2025-06-01". */
  payments?: string[];
}

const CASES: ReadonlyArray<readonly [string, Expected]> = [
  // Dates and what each is the date of.
  ['el fallo se dictó el 2 de abril de 2026, ¿cuándo puedo cobrar?', { dates: ['2026-04-02 entered'] }],
  ['se dictó el fallo el 5 de octubre y me lo mandaron por correo el 8 de octubre', { dates: ['2026-10-05 entered', '2026-10-08 mailed'] }],
  ['me lo entregaron en la audiencia el 20 de noviembre', { dates: ['2026-11-20 handed'] }],
  ['el aviso de registro del fallo me llegó por correo el 11/10/2026', { dates: ['2026-11-10 mailed'] }],
  ['gané el 14 de agosto de 2026 y el aviso me llegó el 17 de agosto', { dates: ['2026-08-14 entered', '2026-08-17 mailed'] }],
  ['me mandaron el aviso hace dos semanas', { dates: ['2026-11-13 mailed'] }],
  ['hace 10 días me llegó el aviso', { dates: ['2026-11-17 mailed'] }],
  ['el fallo fue ayer', { dates: ['2026-11-26 entered'] }],
  ['el juicio fue el 5/10/2026', { dates: ['2026-05-10 entered'] }],
  ['se dictó el fallo el primero de septiembre de 2025', { dates: ['2025-09-01 entered'] }],
  ['septiembre 5, 2025 fue la audiencia', { dates: ['2025-09-05 entered'] }],
  ['el fallo fue hace un año', { dates: ['2025-11-27 entered'], waitOver: true }],
  ['me dieron el fallo el 3 de marzo', { dates: ['2026-03-03 entered'] }],
  ['¿cuánto debe a partir del 1 de junio?', { dates: ['2026-06-01 asOf'] }],
  ['la audiencia es el 15 de diciembre de 2026', { dates: [] }],
  // Amounts, periods and what each amount is.
  ['gano $4 mil al mes, ¿cuánto me pueden quitar?', { amounts: ['4000 monthly pay'], period: 'monthly' }],
  ['gano 1,100 cada dos semanas', { amounts: ['1100 biweekly pay'], period: 'biweekly' }],
  ['me pagan $1,900 cada quincena', { amounts: ['1900 semimonthly pay'], period: 'semimonthly' }],
  ['me pagan $1,900 dos veces al mes', { amounts: ['1900 semimonthly pay'], period: 'semimonthly' }],
  ['gano 900 a la semana', { amounts: ['900 weekly pay'], period: 'weekly' }],
  ['mi sueldo es de $3,000 mensual', { dates: [], amounts: ['3000 monthly pay'], period: 'monthly' }],
  ['gano $700 semanal', { amounts: ['700 weekly pay'], period: 'weekly' }],
  ['gano cuatro mil dólares al mes', { amounts: ['4000 monthly pay'] }],
  ['gano $4k al mes', { amounts: ['4000 monthly pay'] }],
  ['me pagan $1,100.50 cada dos semanas', { amounts: ['1100.5 biweekly pay'] }],
  ['me pagan 1.100 dólares netos cada dos semanas', { amounts: ['1100 biweekly pay'] }],
  ['el 15 de cada mes me pagan $2,000', { dates: [], amounts: ['2000 pay'], period: 'monthly' }],
  ['el deudor gana $1,200 a la semana, ¿cuánto le puedo embargar?', { amounts: ['1200 weekly pay'] }],
  ['me demandaron por $4,000 y gano $900 a la semana', { amounts: ['4000 judgment', '900 weekly pay'] }],
  ['le debo $1.500', { amounts: ['1500 judgment'] }],
  ['solo puedo pagar $100 al mes', { amounts: ['100 monthly offer'] }],
  ['le ofrecí $50 al mes', { amounts: ['50 monthly offer'] }],
  ['¿y si me paga $100 al mes?', { amounts: ['100 monthly offer'] }],
  // Payments with their dates, and nothing paid.
  [
    'tengo un fallo por $3,500 del 3 de marzo de 2025. Me pagó $500 el 1 de junio de 2025. ¿Cuánto me debe con intereses?',
    { dates: ['2025-03-03 entered', '2025-06-01 payment'], amounts: ['3500 judgment', '500 payment'], payments: ['500 2025-06-01'] },
  ],
  [
    'fallo de $2,000 del 15/1/2025, no ha pagado nada, ¿cuánto es con intereses al 1 de octubre de 2026?',
    { dates: ['2025-01-15 entered', '2026-10-01 asOf'], amounts: ['2000 judgment'], nothingPaid: true },
  ],
  ['ya me dio $200 el 3 de septiembre', { dates: ['2026-09-03 payment'], amounts: ['200 payment'], payments: ['200 2026-09-03'] }],
  ['el 1 de junio pagaron $300', { dates: ['2026-06-01 payment'], amounts: ['300 payment'], payments: ['300 2026-06-01'] }],
  ['nunca me ha pagado nada', { nothingPaid: true }],
  ['no me ha pagado ni un centavo', { nothingPaid: true }],
  ['no me pagó nada todavía', { nothingPaid: true }],
  ['ya me pagó una parte', { nothingPaid: false }],
  // The kind of debt.
  ['fue una deuda de tarjeta de crédito', { debtKind: 'personal-debt' }],
  ['es un préstamo personal', { debtKind: 'personal-debt' }],
  ['es por renta atrasada', { debtKind: 'other' }],
  ['es una deuda médica del hospital', { debtKind: 'medical' }],
  ['debo $2,500 de un préstamo, el fallo fue el 1 de febrero de 2022', { dates: ['2022-02-01 entered'], amounts: ['2500 judgment'], debtKind: 'personal-debt' }],
  // A levy, and what is known about the debtor.
  ['recibí un aviso de embargo por correo el 20 de noviembre', { dates: ['2026-11-20 levy'], levy: { how: 'mail', served: '2026-11-20' }, noLevy: false }],
  ['me congelaron la cuenta de banco el lunes pasado', { dates: ['2026-11-23 levy'], levy: { served: '2026-11-23' }, debtorFacts: ['bank'] }],
  ['me embargaron el sueldo, me lo entregaron en persona el 2 de noviembre', { dates: ['2026-11-02 levy'], levy: { how: 'personal', served: '2026-11-02' } }],
  ['no me ha llegado ningún aviso de embargo', { noLevy: true, levy: undefined }],
  ['todavía no me ha llegado nada del sheriff', { noLevy: true }],
  ['él trabaja en Walmart y tiene una cuenta en Chase', { debtorFacts: ['employer', 'bank'] }],
  ['tiene una casa y un carro nuevo', { debtorFacts: ['real-property', 'vehicle'] }],
  ['tiene su propio negocio', { debtorFacts: ['business'] }],
  ['ya han pasado tres meses desde el fallo', { waitOver: true }],
];

function shown(facts: TurnFacts): Record<string, unknown> {
  const { dates, amounts, payments, ...rest } = facts;
  return {
    ...rest,
    levy: rest.levy,
    dates: dates.map((each) => [each.date, each.role].filter(Boolean).join(' ')),
    amounts: amounts.map((each) => [each.value, each.period, each.role].filter(Boolean).join(' ')),
    payments: payments.map((each) => `${each.amount} ${each.date}`),
  };
}

describe('Facts in Spanish messages, worked out by hand', () => {
  it('has a table of at least 40 phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('%s', (text, expected) => {
    const facts = shown(readFacts(text, normalizeText(text), TODAY, 'es'));
    expect(facts).toMatchObject({ dates: [], amounts: [], payments: [], ...expected });
  });

  it('leaves English messages to the English readers', () => {
    const text = 'judgment was on 5/10/2026 and I make $900 a week';
    expect(shown(readFacts(text, normalizeText(text), TODAY))).toMatchObject({ dates: ['2026-05-10 entered'], amounts: ['900 weekly pay'] });
  });
});

describe('D1 in Spanish: the readers see only short windows of a long message', () => {
  it('still finds the dates and amounts of an ordinary question, wherever they are in a long one', () => {
    const question = 'El fallo se dictó el 3 de marzo de 2026, me deben $4,000 y él gana $900 a la semana';
    const padded = `${'Hace mucho tiempo que estoy preocupado por esto y aquí le cuento mi historia completa. '.repeat(22)}${question}`;
    for (const text of [question, padded]) {
      const facts = extractFacts(text, TODAY, 'es');
      expect(facts.dates).toEqual(['2026-03-03']);
      expect(facts.amounts.map((amount) => [amount.value, amount.period])).toEqual([[4000, undefined], [900, 'weekly']]);
    }
  });

  // A guard against a reader that grows with the length of the message; `npm run bench` has the real figures.
  it.each([
    ['dates', 'el 3 de marzo, el 5 de abril de 2025, hace dos semanas, ayer, el lunes pasado, 5/10/2026 '],
    ['amounts', 'gano $1,234.56 y 900 dólares a la semana, cuatro mil al mes, '],
    ['number words', 'primero de septiembre de dos mil veinticinco, mil cien, quinientos '],
  ])('reads 2,000 characters of %s in bounded CPU', (_kind, piece) => {
    const text = piece.repeat(Math.ceil(2000 / piece.length)).slice(0, 2000);
    extractFacts(text.slice(0, 200), TODAY, 'es');
    const before = process.cpuUsage();
    extractFacts(text, TODAY, 'es');
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });
});
