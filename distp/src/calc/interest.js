"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.interestRateFor = interestRateFor;
exports.computeInterest = computeInterest;
exports.payoff = payoff;
const calendar_1 = require("./calendar");
const errors_1 = require("./errors");
const rules_1 = require("./rules");
const DAYS_PER_YEAR = 365;
/** Which rate applies (CCP 685.010): 5% for some consumer and medical debts of people, else 10%. */
function interestRateFor(kb, input) {
    const standard = (0, rules_1.figure)(kb, 'interest_rate_standard');
    const consumer = (0, rules_1.figure)(kb, 'interest_rate_consumer');
    const from = String((0, rules_1.figure)(kb, 'interest_consumer_from').value);
    const cap = input.kind === 'medical' ? (0, rules_1.numberFigure)(kb, 'interest_medical_cap') : input.kind === 'personal-debt' ? (0, rules_1.numberFigure)(kb, 'interest_personal_debt_cap') : 0;
    if (input.kind && input.kind !== 'other' && input.debtorIsPerson !== false && input.entryDate >= from && input.principal < cap) {
        return {
            percent: Number(consumer.value),
            reason: `${input.kind === 'medical' ? 'medical' : 'personal (consumer) debt'} judgment under ${usd(cap)} against a person, entered on or after ${(0, calendar_1.formatDate)(from)}`,
            citation: consumer.citation,
            source: consumer.source,
        };
    }
    return { percent: Number(standard.value), reason: 'the usual rate on a California money judgment', citation: standard.citation, source: standard.source };
}
/**
 * Post-judgment interest: simple interest on the unpaid principal from the day the judgment is entered
 * (CCP 685.010, 685.020). Each payment goes first to interest that has built up, then to principal
 * (CCP 695.220), so a payment made before any interest accrues goes entirely to principal.
 */
function computeInterest(kb, input) {
    validate(input);
    const rate = interestRateFor(kb, input);
    const perDay = rate.percent / 100 / DAYS_PER_YEAR;
    const payments = [...(input.payments ?? [])].filter((payment) => payment.date <= input.asOf).sort((a, b) => a.date.localeCompare(b.date));
    let principal = input.principal;
    let unpaidInterest = 0;
    let accrued = 0;
    let cursor = input.entryDate;
    const applied = [];
    const accrueTo = (date) => {
        if (date <= cursor)
            return;
        const interest = principal * perDay * (0, calendar_1.daysBetween)(cursor, date);
        accrued += interest;
        unpaidInterest += interest;
        cursor = date;
    };
    for (const payment of payments) {
        accrueTo(payment.date);
        const toInterest = Math.min(payment.amount, unpaidInterest);
        const toPrincipal = Math.min(payment.amount - toInterest, principal);
        unpaidInterest -= toInterest;
        principal -= toPrincipal;
        applied.push({ ...payment, toInterest: cents(toInterest), toPrincipal: cents(toPrincipal) });
    }
    accrueTo(input.asOf);
    const costs = input.costs ?? 0;
    return {
        rate,
        interestAccrued: cents(accrued),
        interestUnpaid: cents(unpaidInterest),
        principalUnpaid: cents(principal),
        costs: cents(costs),
        total: cents(principal + unpaidInterest + costs),
        dailyInterest: cents(principal * perDay),
        paid: cents(payments.reduce((sum, payment) => sum + payment.amount, 0)),
        applied,
        rule: `${rate.percent}% a year simple interest on the unpaid principal, counted daily (rate ÷ ${DAYS_PER_YEAR}) from the day the judgment was entered; payments go first to interest, then to principal (CCP 685.020, 695.220)`,
    };
}
/** How long a monthly payment takes to clear a balance, with interest running on the principal. */
function payoff(principal, unpaidInterest, ratePercent, monthly) {
    const monthlyRate = ratePercent / 100 / 12;
    if (monthly <= principal * monthlyRate)
        return { months: Infinity, totalPaid: Infinity, interestPaid: Infinity, never: true };
    let balance = principal;
    let interest = unpaidInterest;
    let months = 0;
    let paid = 0;
    let interestPaid = 0;
    while (balance + interest > 0.005 && months < 1200) {
        interest += balance * monthlyRate;
        const payment = Math.min(monthly, balance + interest);
        const toInterest = Math.min(payment, interest);
        interest -= toInterest;
        interestPaid += toInterest;
        balance -= payment - toInterest;
        paid += payment;
        months += 1;
    }
    return { months, totalPaid: cents(paid), interestPaid: cents(interestPaid), never: false };
}
function validate(input) {
    (0, calendar_1.toDate)(input.entryDate);
    (0, calendar_1.toDate)(input.asOf);
    if (!(input.principal > 0) || !Number.isFinite(input.principal))
        throw new errors_1.InputError('The judgment amount must be a positive number of dollars.');
    if (input.asOf < input.entryDate)
        throw new errors_1.InputError('The date to count interest to must be on or after the judgment date.');
    for (const payment of input.payments ?? []) {
        (0, calendar_1.toDate)(payment.date);
        if (!(payment.amount > 0) || !Number.isFinite(payment.amount))
            throw new errors_1.InputError('Each payment must be a positive number of dollars.');
    }
}
function cents(value) {
    return Math.round(value * 100) / 100;
}
function usd(value) {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}
//# sourceMappingURL=interest.js.map