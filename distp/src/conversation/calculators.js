"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CALCULATORS = void 0;
exports.requestFor = requestFor;
exports.claimedCalculator = claimedCalculator;
exports.missingFacts = missingFacts;
exports.answerCalculation = answerCalculation;
exports.requestedCalculator = requestedCalculator;
exports.calculatorTitle = calculatorTitle;
const calendar_1 = require("../calc/calendar");
const deadlines_1 = require("../calc/deadlines");
const garnishment_1 = require("../calc/garnishment");
const interest_1 = require("../calc/interest");
const plans_1 = require("../calc/plans");
const rules_1 = require("../calc/rules");
const calcText_1 = require("./calcText");
const DEADLINE_WORDS = /\b(collect\w*|appeal|vacate|cancel|set aside|statement of assets|renew\w*|expire\w*|deadline|deadlines|how long|when can|when do|when does|when is|last day|dates?)\b/;
const INTEREST_WORDS = /\b(interest|owed now|owe now|owes now|with interest|total (owed|due)|how much (is|do|does|will) (owed|they owe|he owe|she owe|i owe|it come)|balance|payoff|pay off)\b/;
const WAGE_WORDS = /\b(garnish\w*|paycheck|pay check|wages?|salary|take home|my pay|my check|earnings|withhold\w*|take|taken|make|earn)\b/;
function focusOf(normalized) {
    if (/\b(appeal)\b/.test(normalized))
        return 'appeal';
    if (/\b(vacate|cancel|set aside|missed the hearing)\b/.test(normalized))
        return 'vacate';
    if (/\bstatement of assets\b|\bsc133\b/.test(normalized))
        return 'assets';
    if (/\b(renew\w*)\b/.test(normalized))
        return 'renew-from';
    if (/\b(expire\w*|how long is .* good|good for)\b/.test(normalized))
        return 'expires';
    return 'collect';
}
const deadlines = {
    title: 'Work out my dates',
    entryId: 'when-can-i-collect',
    claims: (normalized, facts) => !facts.levy && facts.dates.some((date) => date.role === 'mailed' || date.role === 'handed' || date.role === 'entered') && DEADLINE_WORDS.test(normalized) && !INTEREST_WORDS.test(normalized),
    options(facts, normalized) {
        const notice = facts.dates.find((date) => date.role === 'mailed' || date.role === 'handed');
        const entered = facts.dates.find((date) => date.role === 'entered' || date.role === undefined);
        return { ...(notice ? { noticeDate: notice.date } : {}), ...(entered && !notice ? { entryDate: entered.date } : {}), ...(notice && entered && entered.date <= notice.date ? { entryDate: entered.date } : {}), focus: focusOf(normalized) };
    },
    missing: (options) => (options.noticeDate || options.entryDate ? [] : ['noticeDate']),
    answer({ kb, today, role }, options) {
        const assumed = !options.noticeDate;
        const noticeDate = options.noticeDate ?? options.entryDate;
        const result = (0, deadlines_1.computeDeadlines)(kb, { noticeDate, today, ...(options.entryDate && options.noticeDate ? { entryDate: options.entryDate } : {}) });
        const focus = result.steps.find((step) => step.key === (options.focus ?? 'collect')) ?? result.steps.find((step) => step.key === 'collect');
        const others = result.steps.filter((step) => step !== focus);
        const assumption = assumed
            ? `You gave the day the judgment was entered (${(0, calendar_1.formatDate)(noticeDate)}). The deadlines run from the day the clerk mailed or handed over the Notice of Entry of Judgment (SC-130), so I took that to be the same day; if the notice shows a later date, each date below moves later by as much.`
            : `Counted from ${(0, calendar_1.formatDate)(noticeDate)}, the day the Notice of Entry of Judgment (SC-130) was mailed or handed over.`;
        return {
            text: [
                `**${deadlineHeadline(focus, today, role)}**`,
                `${capitalize(focus.rule)} (${focus.citation}).${focus.moved ? ` Moved because ${focus.moved}.` : ''}`,
                assumption,
                `Your other dates:\n${(0, calcText_1.deadlineLines)(others)}`,
                result.notes.filter((note) => !/taken to be the notice date/.test(note)).join(' '),
                (0, calcText_1.sourceLinks)(result.steps),
                calcText_1.CALC_DISCLAIMER,
            ].join('\n\n'),
            entryId: 'when-can-i-collect',
            next: role === 'debtor' ? [{ calculator: 'hardship-plan' }, { entryId: 'appeal' }] : [{ calculator: 'collection-plan' }, { entryId: 'debtor-exam' }],
            remember: { lastCalculation: { kind: 'deadlines', noticeDate } },
        };
    },
};
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function deadlineHeadline(step, today, role) {
    const date = (0, calendar_1.formatDate)(step.date);
    if (step.key === 'collect') {
        const who = role === 'debtor' ? 'The person owed money can start collecting' : 'You can start collecting';
        return step.date <= today ? `${who} now: the wait ended on ${date}.` : `${who} on ${date}.`;
    }
    return step.passed ? `${step.label}: ${date} (already passed).` : `${step.label}: ${date}.`;
}
const interest = {
    title: 'Work out what is owed with interest',
    entryId: 'interest-and-costs',
    claims: (normalized, facts) => INTEREST_WORDS.test(normalized) && facts.amounts.some((amount) => amount.role === 'judgment') && facts.dates.some((date) => date.role !== 'payment' && date.role !== 'asOf' && date.role !== 'levy'),
    options(facts) {
        const principal = facts.amounts.find((amount) => amount.role === 'judgment')?.value;
        const entry = facts.dates.find((date) => date.role === 'entered' || date.role === undefined || date.role === 'mailed');
        const asOf = facts.dates.find((date) => date.role === 'asOf')?.date;
        return {
            ...(principal ? { principal } : {}),
            ...(entry ? { entryDate: entry.date } : {}),
            ...(asOf ? { asOf } : {}),
            ...(facts.debtKind ? { kind: facts.debtKind } : {}),
            ...(facts.payments.length ? { payments: facts.payments } : {}),
            ...(facts.nothingPaid ? { nothingPaid: true } : {}),
        };
    },
    missing: (options) => [...(options.principal ? [] : ['principal']), ...(options.entryDate ? [] : ['entryDate'])],
    answer({ kb, today }, options) {
        const entryDate = options.entryDate;
        const asOf = options.asOf && options.asOf >= entryDate ? options.asOf : today;
        const payments = (options.payments ?? []).map((payment) => ({ ...payment, date: payment.date < entryDate ? entryDate : payment.date }));
        const input = { principal: options.principal, entryDate, asOf, kind: options.kind ?? 'other', debtorIsPerson: true, payments };
        const result = (0, interest_1.computeInterest)(kb, input);
        const assumptions = [];
        if (!options.kind) {
            const lower = (0, interest_1.interestRateFor)(kb, { ...input, kind: 'personal-debt' });
            if (lower.percent !== result.rate.percent)
                assumptions.push(`I used ${result.rate.percent}%, the usual rate. If the judgment was for medical bills or a personal debt such as a credit card or loan, owed by a person, it may be ${lower.percent}%: say "it was a credit card debt" and I will redo it.`);
        }
        if (!payments.length && !options.nothingPaid)
            assumptions.push('I took it that nothing has been paid; tell me a payment like "they paid $500 on June 1" and I will apply it.');
        if ((options.payments ?? []).some((payment) => payment.date === today))
            assumptions.push('A payment with no date was counted as paid today; give its date for a closer figure.');
        return {
            text: (0, calcText_1.interestText)(input, result, assumptions),
            entryId: 'interest-and-costs',
            next: [{ calculator: 'collection-plan' }, { entryId: 'payment-plan' }],
            remember: {
                lastCalculation: {
                    kind: 'interest',
                    principal: result.principalUnpaid,
                    interestUnpaid: result.interestUnpaid,
                    ratePercent: result.rate.percent,
                    total: result.total,
                    input: { principal: input.principal, entryDate, ...(options.asOf ? { asOf: options.asOf } : {}), ...(options.kind ? { kind: options.kind } : {}), payments },
                },
            },
        };
    },
};
const garnishment = {
    title: 'Work out how much of a paycheck',
    entryId: 'garnishment-limit',
    claims: (normalized, facts) => WAGE_WORDS.test(normalized) && facts.amounts.some((amount) => amount.role === 'pay' && amount.period !== undefined),
    options(facts) {
        const pay = facts.amounts.find((amount) => amount.role === 'pay') ?? (facts.amounts.length === 1 && facts.amounts[0].role !== 'offer' ? facts.amounts[0] : undefined);
        const judgment = facts.amounts.find((amount) => amount !== pay && amount.role === 'judgment');
        const period = pay?.period ?? facts.period;
        return { ...(pay ? { pay: pay.value } : {}), ...(period ? { period } : {}), ...(judgment ? { judgmentAmount: judgment.value } : {}) };
    },
    missing: (options) => [...(options.pay ? [] : ['pay']), ...(options.period ? [] : ['period'])],
    answer({ kb, today, role }, options) {
        const input = { disposableEarnings: options.pay, period: options.period, payDate: today };
        const result = (0, garnishment_1.computeGarnishment)(kb, input);
        return {
            text: (0, calcText_1.garnishmentText)(input, result, options.judgmentAmount),
            entryId: 'garnishment-limit',
            next: role === 'creditor' ? [{ entryId: 'wage-garnishment' }, { calculator: 'collection-plan' }] : [{ entryId: 'claim-of-exemption' }, { entryId: 'exemption-wages' }],
            remember: { lastCalculation: { kind: 'garnishment', pay: input.disposableEarnings, period: input.period, ...(options.judgmentAmount ? { judgmentAmount: options.judgmentAmount } : {}) } },
        };
    },
};
const KNOWN_WORDS = {
    employer: 'you know where they work',
    bank: 'you know where they bank',
    'real-property': 'they own a home or land',
    vehicle: 'they own a car',
    business: 'they run a business',
    nothing: 'nothing known yet',
};
const collection = {
    title: 'Make my collection plan',
    entryId: 'collect-judgment',
    claims: (normalized, facts) => /\b(collection plan|plan to collect|plan for collecting)\b/.test(normalized) && facts.debtorFacts.length > 0,
    options(facts) {
        const notice = facts.dates.find((date) => date.role !== 'payment' && date.role !== 'asOf' && date.role !== 'levy');
        return {
            ...(notice ? { noticeDate: notice.date } : {}),
            ...(facts.waitOver ? { waitOver: true } : {}),
            ...(facts.debtorFacts.length ? { known: [...new Set(facts.debtorFacts)] } : {}),
        };
    },
    missing: (options) => [...(options.noticeDate || options.waitOver !== undefined ? [] : ['waitOver']), ...(options.known?.length ? [] : ['known'])],
    answer({ kb, today }, options) {
        const collectFrom = options.noticeDate ? (0, deadlines_1.computeDeadlines)(kb, { noticeDate: options.noticeDate, today }).steps.find((step) => step.key === 'collect').date : undefined;
        const waitOver = options.waitOver ?? (collectFrom ? collectFrom <= today : undefined);
        const plan = (0, plans_1.collectionPlan)(kb, { known: options.known ?? [], ...(waitOver === null || waitOver === undefined ? {} : { waitOver }), ...(collectFrom && !waitOver ? { collectFrom } : {}) });
        const used = [
            ...(waitOver === true ? ['the 30-day wait is over'] : waitOver === false ? ['the 30-day wait is not over yet'] : []),
            ...(options.known ?? []).filter((fact) => fact !== 'nothing').map((fact) => KNOWN_WORDS[fact]),
        ];
        const intro = `${used.length ? `From what you told me: ${used.join(', ')}. ` : ''}You can use several of these at the same time; the first ones usually come first.`;
        return {
            text: (0, calcText_1.planText)(plan, intro),
            entryId: 'collect-judgment',
            next: [{ entryId: 'wage-garnishment' }, { entryId: 'debtor-exam' }],
            remember: { plan: { title: plan.title, steps: plan.steps.map(calcText_1.planStepText) } },
        };
    },
};
const hardship = {
    title: 'Make my plan to handle this',
    entryId: 'cant-pay-judgment',
    claims: (_normalized, facts) => Boolean(facts.levy?.served),
    options(facts) {
        const monthly = facts.amounts.find((amount) => amount.role === 'offer' || (amount.period === 'monthly' && amount.role !== 'pay'));
        const judgment = facts.amounts.find((amount) => amount.role === 'judgment' && amount !== monthly);
        const levy = facts.levy ? { ...facts.levy } : facts.noLevy ? null : undefined;
        return { ...(monthly ? { monthly: monthly.value } : {}), ...(judgment ? { judgmentAmount: judgment.value } : {}), ...(levy === undefined ? {} : { levy }) };
    },
    missing: (options) => [
        ...(options.monthly === undefined && !options.levy?.served ? ['monthly'] : []),
        ...(options.judgmentAmount === undefined && !options.levy?.served ? ['judgmentAmount'] : []),
        ...(options.levy === undefined ? ['levy'] : options.levy && !options.levy.served ? ['levyDate'] : []),
    ],
    answer({ kb }, options) {
        const levy = options.levy?.served ? { served: options.levy.served, how: options.levy.how ?? 'mail' } : undefined;
        const monthly = options.monthly ?? 0;
        const plan = (0, plans_1.hardshipPlan)(kb, { monthly, ...(options.judgmentAmount ? { judgmentAmount: options.judgmentAmount } : {}), ...(levy ? { levy } : {}) });
        const claim = plan.steps.find((step) => step.title.startsWith('Claim your exemptions by'));
        const assumed = levy && !options.levy?.how ? ' I took it that the notice came by mail; if it was handed to you, the deadline is 5 days earlier.' : '';
        // The deadline, when there is one, is the answer; the plan follows it.
        const text = claim ? `**${claim.title}.**${assumed}\n\n${(0, calcText_1.planText)(plan, 'Here is the whole plan, first to last:')}` : (0, calcText_1.planText)(plan, 'Here is what usually makes sense, first to last.');
        return {
            text,
            entryId: 'cant-pay-judgment',
            next: [{ entryId: 'payment-plan' }, { entryId: 'claim-of-exemption' }, { entryId: 'fee-waiver' }, { entryId: 'small-claims-advisor' }],
            remember: {
                plan: { title: plan.title, steps: plan.steps.map(calcText_1.planStepText) },
                lastCalculation: { kind: 'hardship', ...(options.judgmentAmount ? { judgmentAmount: options.judgmentAmount } : {}), ratePercent: (0, rules_1.numberFigure)(kb, 'interest_rate_standard') },
            },
        };
    },
};
/** One entry per calculator: everything about it is here, the guided dialogs only ask for what is missing. */
exports.CALCULATORS = {
    // Order matters where two could claim one message: a levy date beats the judgment's dates.
    'hardship-plan': hardship,
    garnishment,
    interest,
    'collection-plan': collection,
    deadlines,
};
function requestFor(calculator, facts, normalized) {
    return { calculator, options: exports.CALCULATORS[calculator].options(facts, normalized) };
}
/** The calculator a message's own facts and words ask for, whatever entry matched. */
function claimedCalculator(normalized, facts) {
    return Object.keys(exports.CALCULATORS).find((calculator) => exports.CALCULATORS[calculator].claims(normalized, facts));
}
function missingFacts(request) {
    return exports.CALCULATORS[request.calculator].missing(request.options);
}
function answerCalculation(context, request) {
    return exports.CALCULATORS[request.calculator].answer(context, request.options);
}
const BY_TITLE = new Map(Object.keys(exports.CALCULATORS).map((calculator) => [exports.CALCULATORS[calculator].title.toLowerCase().replace(/[^a-z ]/g, ''), calculator]));
// "work it out", "calculate it", "make me a plan": only meaningful right after an answer that offers one.
const GENERIC = /^(yes |ok |okay |please )*(work (it|that|this) out|calculate( it| that| this)?|do the math|figure (it|that) out|make (me )?a plan|make my plan)( for me)?( please)?$/;
/** The calculator a message asks for: its button text, or a generic request after an answer offering one. */
function requestedCalculator(normalized, offered) {
    return BY_TITLE.get(normalized) ?? (offered && GENERIC.test(normalized) ? offered : undefined);
}
function calculatorTitle(calculator) {
    return exports.CALCULATORS[calculator].title;
}
//# sourceMappingURL=calculators.js.map