"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FIGURE_SCHEDULES = exports.CALCULATORS = exports.TOPICS = void 0;
exports.TOPICS = ['before-filing', 'filing', 'hearing', 'after-hearing', 'collecting', 'debtor'];
/** Personal calculations and plans an entry can offer ("work it out for me"). */
exports.CALCULATORS = ['deadlines', 'interest', 'garnishment', 'collection-plan', 'hardship-plan'];
/**
 * When the law says a figure changes: each January 1 (minimum wage), each July 1 (the CalWORKs standard
 * behind CCP 704.220), or every three years on April 1 in the CCP 703.150 cycle (2022, 2025, 2028...).
 */
exports.FIGURE_SCHEDULES = ['yearly-jan-1', 'yearly-jul-1', 'triennial-apr-1'];
