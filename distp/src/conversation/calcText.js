"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.money = exports.CALC_DISCLAIMER = void 0;
exports.sourceLinks = sourceLinks;
exports.deadlineLines = deadlineLines;
exports.interestText = interestText;
exports.payoffText = payoffText;
exports.garnishmentText = garnishmentText;
exports.protectedAmountsText = protectedAmountsText;
exports.planStepText = planStepText;
exports.planText = planText;
const calendar_1 = require("../calc/calendar");
const garnishment_1 = require("../calc/garnishment");
const render_1 = require("../kb/render");
/** Every worked-out answer ends the same way: it is general information from the person's own inputs. */
exports.CALC_DISCLAIMER = 'Worked out from what you told me, as general information, not legal advice. Your county\'s free small claims advisor can check it with you.';
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const money = (value) => usd.format(value);
exports.money = money;
function sourceLinks(sources) {
    const unique = [...new Map(sources.map((source) => [source.source, source])).values()];
    return `Source: ${unique.map(({ source }) => `[${(0, render_1.describeSource)(source)}](${source})`).join(' · ')}`;
}
/** The dates after a judgment, numbered, each with its rule and code section. */
function deadlineLines(steps) {
    return steps
        .map((step, index) => {
        const status = step.passed ? ' (already passed)' : '';
        const moved = step.moved ? ` Moved because ${step.moved}.` : '';
        return `${index + 1}. ${step.label}: **${(0, calendar_1.formatDate)(step.date)}**${status}. Rule: ${step.rule} (${step.citation}).${moved}`;
    })
        .join('\n');
}
function interestText(input, result, assumptions = []) {
    const payments = result.applied.length
        ? result.applied.map((payment) => `${(0, exports.money)(payment.amount)} on ${(0, calendar_1.formatDate)(payment.date)} (${(0, exports.money)(payment.toInterest)} to interest, ${(0, exports.money)(payment.toPrincipal)} to principal)`).join('; ')
        : 'none';
    return [
        `**About ${(0, exports.money)(result.total)} is owed as of ${(0, calendar_1.formatDate)(input.asOf)}.**`,
        ...assumptions,
        [
            `- Judgment: ${(0, exports.money)(input.principal)}, entered ${(0, calendar_1.formatDate)(input.entryDate)}`,
            `- Rate: ${result.rate.percent}% a year (${result.rate.reason}; ${result.rate.citation})`,
            `- Interest built up: ${(0, exports.money)(result.interestAccrued)}; still unpaid: ${(0, exports.money)(result.interestUnpaid)}`,
            `- Payments: ${payments}`,
            `- Principal still unpaid: ${(0, exports.money)(result.principalUnpaid)}${result.costs ? `; costs added: ${(0, exports.money)(result.costs)}` : ''}`,
            `- Interest now adds about ${(0, exports.money)(result.dailyInterest)} a day`,
        ].join('\n'),
        `Rule: ${result.rule}. Allowable collection costs (such as writ and levy fees) can be added with a Memorandum of Costs (MC-012).`,
        sourceLinks([result.rate]),
        'Ask "and if they pay $100 a month?" to see how long it would take.',
        exports.CALC_DISCLAIMER,
    ].join('\n\n');
}
function payoffText(balance, monthly, ratePercent, result) {
    if (result.never) {
        return `At ${(0, exports.money)(monthly)} a month the payment does not even cover the ${ratePercent}% interest on ${(0, exports.money)(balance)}, so the balance would never go down. A larger payment, or asking the court for a payment order (SC-220), is worth discussing with the small claims advisor.\n\n${exports.CALC_DISCLAIMER}`;
    }
    const years = Math.floor(result.months / 12);
    const months = result.months % 12;
    const span = [years ? `${years} year${years > 1 ? 's' : ''}` : '', months ? `${months} month${months > 1 ? 's' : ''}` : ''].filter(Boolean).join(' and ');
    return [
        `**At ${(0, exports.money)(monthly)} a month, ${(0, exports.money)(balance)} would be paid off in about ${span}** (${result.months} payments, about ${(0, exports.money)(result.totalPaid)} in all, of which ${(0, exports.money)(result.interestPaid)} is interest at ${ratePercent}% a year).`,
        'Rule: interest keeps running on the unpaid principal, and each payment goes first to interest (CCP 685.010, 695.220). A court order for payments comes from a Request to Make Payments (SC-220).',
        exports.CALC_DISCLAIMER,
    ].join('\n\n');
}
function garnishmentText(input, result, judgmentAmount) {
    const period = garnishment_1.PAY_PERIOD_WORDS[input.period];
    const headline = result.maxWithheld > 0
        ? `**At most ${(0, exports.money)(result.maxWithheld)} can be taken ${period}, leaving ${(0, exports.money)(result.leftAfter)}.**`
        : `**Nothing can be taken: ${(0, exports.money)(input.disposableEarnings)} ${period} is at or below the protected amount of ${(0, exports.money)(result.protectedAmount)}.**`;
    const periods = judgmentAmount && result.maxWithheld > 0 ? `At that rate a ${(0, exports.money)(judgmentAmount)} judgment would take about ${Math.ceil(judgmentAmount / result.maxWithheld)} paychecks, plus interest.` : '';
    return [
        headline,
        [
            `- Take-home pay used: ${(0, exports.money)(input.disposableEarnings)} ${period} (pay after taxes and other deductions the law requires)`,
            `- Minimum wage used: ${(0, exports.money)(result.minimumWage)} an hour (${result.minimumWageSource}); protected: ${result.multiplier} × that = ${(0, exports.money)(result.protectedAmount)}`,
            `- Limit 1, 20% of pay: ${(0, exports.money)(result.percentLimit)}; limit 2, 40% of pay above the protected amount: ${(0, exports.money)(result.excessLimit)}. The lower one applies.`,
        ].join('\n'),
        [`Rule: ${result.rule} (${result.citation}).`, periods].filter(Boolean).join(' '),
        'If the job is in a city with a higher minimum wage, that wage protects more. The person who owes can ask to keep more if it is needed to support their family: a Claim of Exemption (WG-006) with a Financial Statement (WG-007) (CCP 706.051).',
        sourceLinks([result]),
        exports.CALC_DISCLAIMER,
    ].join('\n\n');
}
function protectedAmountsText(items) {
    return [
        items.map((item) => `- **${item.label}:** ${item.amount}${item.asOf ? ` (amount as of ${item.asOf})` : ''} (${item.citation})`).join('\n'),
        sourceLinks(items),
    ].join('\n\n');
}
function planStepText(step, index) {
    return `${index + 1}. **${step.title}.** ${step.detail} (${step.citation})`;
}
function planText(plan, intro) {
    return [`**${plan.title}.** ${intro}`, plan.steps.map(planStepText).join('\n'), 'Ask "what was step 2 again?" any time.', exports.CALC_DISCLAIMER].join('\n\n');
}
//# sourceMappingURL=calcText.js.map