"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DIALOG_IDS = void 0;
exports.todayOf = todayOf;
function todayOf(deps) {
    return deps.today ? deps.today() : new Date().toISOString().slice(0, 10);
}
exports.DIALOG_IDS = Object.freeze({
    exemptions: 'exemptionsDialog',
    exemptionsFlow: 'exemptionsFlow',
    hardship: 'hardshipDialog',
    hardshipFlow: 'hardshipFlow',
    choice: 'choicePrompt',
    confirm: 'confirmPrompt',
    date: 'datePrompt',
    number: 'numberPrompt',
    deadlines: 'deadlinesDialog',
    deadlinesFlow: 'deadlinesFlow',
    interest: 'interestDialog',
    interestFlow: 'interestFlow',
    garnishment: 'garnishmentDialog',
    garnishmentFlow: 'garnishmentFlow',
    collectionPlan: 'collectionPlanDialog',
    collectionPlanFlow: 'collectionPlanFlow',
});
//# sourceMappingURL=state.js.map