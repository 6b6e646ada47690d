"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PAY_PERIOD_WORDS = exports.PAY_PERIODS = void 0;
exports.computeGarnishment = computeGarnishment;
const calendar_1 = require("./calendar");
const errors_1 = require("./errors");
const rules_1 = require("./rules");
exports.PAY_PERIODS = ['weekly', 'biweekly', 'semimonthly', 'monthly'];
exports.PAY_PERIOD_WORDS = {
    weekly: 'each week',
    biweekly: 'every two weeks',
    semimonthly: 'twice a month',
    monthly: 'each month',
};
/**
 * The most an earnings withholding order may take from one paycheck (CCP 706.050): the lesser of 20% of
 * disposable earnings, or 40% of what they exceed a multiple of the minimum wage (state, or a higher local
 * one). Rounded down to the cent, never below zero.
 */
function computeGarnishment(kb, input) {
    (0, calendar_1.toDate)(input.payDate);
    if (!Number.isFinite(input.disposableEarnings) || input.disposableEarnings < 0)
        throw new errors_1.InputError('Pay must be a dollar amount of zero or more.');
    if (input.localMinimumWage !== undefined && !(input.localMinimumWage > 0))
        throw new errors_1.InputError('A local minimum wage must be a positive hourly amount.');
    const stateWage = (0, rules_1.figureInEffect)(kb, 'min_wage_state', input.payDate);
    if (!stateWage)
        throw new errors_1.InputError(`I only have minimum wage figures from 2024 on; ${(0, calendar_1.formatDate)(input.payDate)} is earlier.`);
    const useLocal = input.localMinimumWage !== undefined && input.localMinimumWage > Number(stateWage.value);
    const minimumWage = useLocal ? input.localMinimumWage : Number(stateWage.value);
    const multiplier = (0, rules_1.numberFigure)(kb, `garnish_multiplier_${input.period}`);
    const percentCap = (0, rules_1.numberFigure)(kb, 'garnish_percent_cap');
    const excessPercent = (0, rules_1.numberFigure)(kb, 'garnish_excess_percent');
    const protectedAmount = round2(multiplier * minimumWage);
    const percentLimit = floorCents((input.disposableEarnings * percentCap) / 100);
    const excessLimit = floorCents((Math.max(0, input.disposableEarnings - protectedAmount) * excessPercent) / 100);
    const maxWithheld = Math.min(percentLimit, excessLimit);
    return {
        maxWithheld,
        leftAfter: round2(input.disposableEarnings - maxWithheld),
        minimumWage,
        minimumWageSource: useLocal ? 'the local minimum wage you gave' : `the California minimum wage in effect since ${(0, calendar_1.formatDate)(stateWage.asOf)}`,
        minimumWageAsOf: stateWage.asOf,
        multiplier,
        protectedAmount,
        percentLimit,
        excessLimit,
        rule: `the lesser of ${percentCap}% of disposable pay, or ${excessPercent}% of the pay above ${multiplier} × the minimum wage for a ${input.period} pay period`,
        ...(0, rules_1.sourceOf)(kb, 'garnish_percent_cap'),
    };
}
function floorCents(value) {
    return Math.floor(Math.round(value * 1000) / 10) / 100;
}
function round2(value) {
    return Math.round(value * 100) / 100;
}
//# sourceMappingURL=garnishment.js.map