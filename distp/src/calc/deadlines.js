"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.computeDeadlines = computeDeadlines;
const calendar_1 = require("./calendar");
const errors_1 = require("./errors");
const rules_1 = require("./rules");
/**
 * The dates that follow from a small claims judgment, each with the rule and its citation. Periods come
 * from figures.yaml; a last day that lands when the court is closed moves to the next court day.
 */
function computeDeadlines(kb, input) {
    const { noticeDate, today } = input;
    (0, calendar_1.toDate)(noticeDate);
    if (noticeDate > today)
        throw new errors_1.InputError(`The notice date (${(0, calendar_1.formatDate)(noticeDate)}) is after today; please check the date on the Notice of Entry of Judgment.`);
    const entryDate = input.entryDate ?? noticeDate;
    if (entryDate > noticeDate)
        throw new errors_1.InputError('The judgment cannot be entered after its notice was mailed; please check both dates.');
    const calendar = kb.courtCalendar;
    const steps = [];
    const add = (step) => {
        steps.push({ ...step, passed: step.date < today });
    };
    const appealDays = (0, rules_1.numberFigure)(kb, 'appeal_days');
    const appeal = (0, calendar_1.lastDayToAct)(calendar, (0, calendar_1.addDays)(noticeDate, appealDays));
    add({
        key: 'appeal',
        label: 'Last day for the person ordered to pay to appeal (SC-140)',
        date: appeal.date,
        rule: `${appealDays} days after the clerk mailed or handed over the notice; a deadline on a weekend or court holiday moves to the next court day (CCP 12a)`,
        moved: appeal.movedBecause,
        ...(0, rules_1.sourceOf)(kb, 'appeal_days'),
    });
    if (input.payerAttended !== true) {
        const vacateDays = (0, rules_1.numberFigure)(kb, 'vacate_days');
        const vacate = (0, calendar_1.lastDayToAct)(calendar, (0, calendar_1.addDays)(noticeDate, vacateDays));
        add({
            key: 'vacate',
            label: 'Last day for a party who missed the hearing to ask to cancel the judgment (SC-135)',
            date: vacate.date,
            rule: `${vacateDays} days after the clerk mailed the notice; mailing adds no extra days`,
            moved: vacate.movedBecause,
            ...(0, rules_1.sourceOf)(kb, 'vacate_days'),
        });
    }
    add({
        key: 'collect',
        label: 'First day the person owed money may start collecting',
        date: (0, calendar_1.addDays)(appeal.date, 1),
        rule: 'collection is on hold until the time to appeal has run out, and longer if an appeal or a request to vacate is filed',
        ...(0, rules_1.sourceOf)(kb, 'enforcement_wait_days'),
    });
    const assetsDays = (0, rules_1.numberFigure)(kb, 'statement_of_assets_days');
    const assets = (0, calendar_1.lastDayToAct)(calendar, (0, calendar_1.addDays)(noticeDate, assetsDays));
    add({
        key: 'assets',
        label: "Statement of Assets (SC-133) due to the person owed money, unless the judgment is paid",
        date: assets.date,
        rule: `${assetsDays} days after the clerk mailed the notice (later if an appeal or request to vacate is filed)`,
        moved: assets.movedBecause,
        ...(0, rules_1.sourceOf)(kb, 'statement_of_assets_days'),
    });
    const lifeYears = (0, rules_1.numberFigure)(kb, 'judgment_life_years');
    const renewYears = (0, rules_1.numberFigure)(kb, 'renewal_earliest_years');
    const expires = (0, calendar_1.addYears)(entryDate, lifeYears);
    add({
        key: 'renew-from',
        label: 'Earliest day to renew the judgment (EJ-190)',
        date: (0, calendar_1.addYears)(entryDate, renewYears),
        rule: `renewal may be filed from ${renewYears} years after entry until the judgment expires`,
        ...(0, rules_1.sourceOf)(kb, 'renewal_earliest_years'),
    });
    add({
        key: 'expires',
        label: 'Judgment can no longer be enforced, unless renewed before this day',
        date: expires,
        rule: `${lifeYears} years after the judgment was entered; it cannot be renewed once it has expired`,
        ...(0, rules_1.sourceOf)(kb, 'judgment_life_years'),
    });
    const notes = [
        'If an appeal or a request to vacate is filed, collection stays on hold until it is decided.',
        `A defendant who was never properly served has ${(0, rules_1.numberFigure)(kb, 'vacate_not_served_days')} days from learning of the judgment to ask to cancel it (CCP 116.740).`,
    ];
    if (!input.entryDate)
        notes.push('The judgment date was taken to be the notice date; if the notice shows an earlier entry date, the renewal dates are earlier too.');
    return { input: { ...input, entryDate }, steps, notes };
}
//# sourceMappingURL=deadlines.js.map