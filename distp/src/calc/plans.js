"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEBTOR_FACTS = void 0;
exports.collectionPlan = collectionPlan;
exports.hardshipPlan = hardshipPlan;
const figures_1 = require("../kb/figures");
const calendar_1 = require("./calendar");
const interest_1 = require("./interest");
const rules_1 = require("./rules");
exports.DEBTOR_FACTS = ['employer', 'bank', 'real-property', 'vehicle', 'business', 'nothing'];
const fig = (kb, id) => (0, figures_1.formatFigure)((0, rules_1.figure)(kb, id));
/**
 * An ordered collection plan for the person owed money: which tools fit what they know about the
 * debtor, with the forms, the court fees from figures.yaml, and what each step gets them.
 */
function collectionPlan(kb, input) {
    const knows = new Set(input.known);
    const steps = [];
    if (input.waitOver !== true) {
        steps.push({
            title: input.collectFrom ? `Wait until ${(0, calendar_1.formatDate)(input.collectFrom)}` : 'Wait out the 30 days',
            detail: `Collection is on hold until ${fig(kb, 'enforcement_wait_days')} after the Notice of Entry of Judgment (SC-130) was mailed or handed over, and longer if the other side appeals or asks to cancel the judgment. Use the time to gather what you know about their job, bank and property.`,
            citation: 'CCP 116.810',
        });
    }
    steps.push({
        title: 'Ask for payment (optional)',
        detail: 'A short, polite letter or message asking them to pay, or offering a payment plan in writing, often works and costs nothing. It is not required before using the court.',
        citation: 'CCP 116.810',
    });
    steps.push({
        title: 'Look for their Statement of Assets (SC-133)',
        detail: `Unless they pay, they must send you this form within ${fig(kb, 'statement_of_assets_days')} after the notice was mailed. It lists their job, bank accounts and property.`,
        citation: 'CCP 116.830',
    });
    if (knows.has('nothing') || knows.size === 0) {
        steps.push({
            title: "Ask for a debtor's examination (SC-134, or SC-136 for a consumer debt)",
            detail: `If you don't know where they work or bank, ask the court to order them to answer questions under oath (fee ${fig(kb, 'fee_debtor_exam')}, added to what they owe). Use SC-134, or SC-136 if item 10 of the SC-130 (item 9 of the SC-200) says the judgment is for a consumer debt. The order must be personally served at least 30 days before the exam. In a consumer-debt case the debtor may send you a financial statement instead of coming, and a missed exam cannot lead to an arrest, only to an order to pay your costs.`,
            citation: 'CCP 708.110; CCP 708.111; CCP 708.170',
        });
    }
    const levies = ['employer', 'bank', 'business', 'vehicle'].filter((fact) => knows.has(fact));
    if (levies.length) {
        steps.push({
            title: 'Get a Writ of Execution (EJ-130)',
            detail: `File EJ-130 with the small claims clerk (fee ${fig(kb, 'fee_writ')}, added to what they owe). It lets the sheriff or marshal (the levying officer) collect in the county where their assets are. A levy must happen within 180 days after the writ is issued. If the judgment is for a personal, family or household debt, you must also have checked the debtor's address within the last ${fig(kb, 'address_verification_months')} months, give the levying officer a Declaration of Address Verification (WG-015/EJ-135) saying how, and file it with the court within ${fig(kb, 'address_declaration_business_days')} business days.`,
            citation: 'CCP 699.530; CCP 684.130',
        });
    }
    if (knows.has('employer')) {
        steps.push({
            title: 'Garnish their wages',
            detail: `Give the levying officer the writ, an Application for Earnings Withholding Order (WG-001) and the fee deposit (set by each county). Their employer then holds back at most the lesser of ${fig(kb, 'garnish_percent_cap')} of take-home pay or ${fig(kb, 'garnish_excess_percent')} of the pay above ${fig(kb, 'garnish_protected_weekly')} a week, from each paycheck until you are paid.`,
            citation: 'CCP 706.050',
        });
    }
    if (knows.has('bank')) {
        steps.push({
            title: 'Levy their bank account',
            detail: `Give the levying officer the writ, the bank's name and branch address, and the fee deposit. The bank leaves the debtor ${fig(kb, 'exemption_bank_automatic')} (more if benefits were deposited) and turns over the rest once; you can levy again later.`,
            citation: 'CCP 700.140; CCP 704.220',
        });
    }
    if (knows.has('business')) {
        steps.push({
            title: 'Collect from their business (till tap or keeper)',
            detail: 'With the writ, the levying officer can take the cash in the register once (a till tap) or station a keeper to collect sales for a few days. Fees are higher; ask the sheriff or marshal for their schedule.',
            citation: 'CCP 700.070',
        });
    }
    if (knows.has('vehicle')) {
        steps.push({
            title: 'Think twice about taking their car',
            detail: `The sheriff can take and sell a car, but ${fig(kb, 'exemption_vehicle')} of equity is protected and any loan is paid first, so it only pays off when the car is worth well more than that plus the costs of the sale.`,
            citation: 'CCP 704.010',
        });
    }
    if (knows.has('real-property')) {
        steps.push({
            title: 'Put a lien on their home or land',
            detail: `Have the clerk issue an Abstract of Judgment (EJ-001) (fee ${fig(kb, 'fee_abstract')}) and record it with the county recorder where they own property (the recorder charges its own fee). You are usually paid when they sell or refinance.`,
            citation: 'CCP 674; CCP 697.310',
        });
    }
    steps.push({
        title: 'Keep records, and close it out',
        detail: `Keep track of payments; add allowable costs and interest with a Memorandum of Costs (MC-012). The judgment lasts ${fig(kb, 'judgment_life_years')} years: renew it before then with EJ-190 if it is not paid (a judgment against a person for a personal debt under ${fig(kb, 'interest_personal_debt_cap')} or medical debt under ${fig(kb, 'interest_medical_cap')} can be renewed only once, for ${fig(kb, 'renewal_personal_debt_years')} years). When you are paid in full, file an Acknowledgment of Satisfaction of Judgment (SC-290).`,
        citation: 'CCP 683.020; CCP 116.850',
    });
    return { title: 'Your collection plan', steps };
}
/** What stays protected, in one breath, for the hardship plan's exemption step. */
function protectedSummary(kb) {
    return `Much of your pay, ${fig(kb, 'exemption_bank_automatic')} in the bank automatically (more if benefits were deposited directly, including two months of federal benefits), car equity up to ${fig(kb, 'exemption_vehicle')}, household things, benefits and most retirement money are protected.`;
}
/**
 * The options of a person who cannot pay, in the order that usually makes sense: installments,
 * exemptions (with the deadline worked out from the day they were served), a fee waiver, free help,
 * and bankruptcy last.
 */
function hardshipPlan(kb, input) {
    const steps = [];
    const rate = (0, rules_1.numberFigure)(kb, 'interest_rate_standard');
    if (input.monthly > 0) {
        const estimate = input.judgmentAmount ? (0, interest_1.payoff)(input.judgmentAmount, 0, rate, input.monthly) : undefined;
        const time = estimate && !estimate.never ? ` At that amount a $${input.judgmentAmount.toLocaleString('en-US')} judgment would take about ${estimate.months} months with interest at ${rate}% (${fig(kb, 'interest_rate_consumer')} for some consumer debts).` : estimate?.never ? ' That amount would not cover the interest, so ask about a lower-interest or partial arrangement too.' : '';
        steps.push({
            title: `Ask to pay $${input.monthly.toLocaleString('en-US')} a month`,
            detail: `File a Request to Make Payments (SC-220) with a Financial Statement (EJ-165); the person you owe can respond (SC-221) and the court decides (SC-222). While you keep up with court-ordered payments, they cannot use other collection.${time}`,
            citation: 'CCP 116.620',
        });
    }
    else {
        steps.push({
            title: 'Tell the court what you can afford',
            detail: 'If you cannot pay anything now, you can still ask for a small monthly amount with a Request to Make Payments (SC-220) and a Financial Statement (EJ-165), showing your income and expenses.',
            citation: 'CCP 116.620',
        });
    }
    if (input.levy) {
        const days = (0, rules_1.numberFigure)(kb, input.levy.how === 'personal' ? 'exemption_claim_days_personal' : 'exemption_claim_days_mail');
        const deadline = (0, calendar_1.lastDayToAct)(kb.courtCalendar, (0, calendar_1.addDays)(input.levy.served, days));
        steps.push({
            title: `Claim your exemptions by ${(0, calendar_1.formatDate)(deadline.date)}`,
            detail: `The notice was ${input.levy.how === 'personal' ? 'handed to you' : 'mailed'} on ${(0, calendar_1.formatDate)(input.levy.served)}, so you have ${days} days to file a Claim of Exemption (EJ-160) with the sheriff or marshal (the levying officer), not the court${deadline.movedBecause ? `; the last day moved because ${deadline.movedBecause}` : ''}. For wages use WG-006 with a Financial Statement (WG-007). ${protectedSummary(kb)}`,
            citation: 'CCP 703.520; CCP 706.105',
        });
    }
    else {
        steps.push({
            title: 'Know what is protected, and watch for a levy notice',
            detail: `${protectedSummary(kb)} If you get a notice of levy, you have ${fig(kb, 'exemption_claim_days_personal')} after it is handed to you (${fig(kb, 'exemption_claim_days_mail')} if mailed) to file a Claim of Exemption (EJ-160) with the levying officer.`,
            citation: 'CCP 703.520',
        });
    }
    steps.push({
        title: 'Ask to waive court fees',
        detail: 'If you get public benefits or have a low income, a Request to Waive Court Fees (FW-001) can cover court fees such as for filing a payment request.',
        citation: 'Gov. Code 68632',
    });
    steps.push({
        title: 'Get free help',
        detail: "Your county's small claims advisor and the court's self-help center help for free with these forms and deadlines.",
        citation: 'CCP 116.260',
    });
    steps.push({
        title: 'Bankruptcy, only as a last resort',
        detail: 'Filing bankruptcy stops collection right away and can wipe out most small claims judgments, but it has serious long-term costs. Talk to legal aid or a bankruptcy lawyer first.',
        citation: '11 U.S.C. 362',
    });
    return { title: 'Your options, in order', steps };
}
//# sourceMappingURL=plans.js.map