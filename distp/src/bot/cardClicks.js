"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FOLLOW_UP_KEY = void 0;
exports.isOwnCardClick = isOwnCardClick;
/**
 * Card actions the bot itself sends (Teams follow-ups) carry this key in their data, so a click on one
 * is taken as speaking to the bot even in a group chat where only @mentions are. Plain TypeScript: the
 * Teams cards (channel side) and the bot both read it from here.
 */
exports.FOLLOW_UP_KEY = 'smallClaimsFollowUp';
function isOwnCardClick(value) {
    return typeof value === 'object' && value !== null && typeof value[exports.FOLLOW_UP_KEY] === 'string';
}
//# sourceMappingURL=cardClicks.js.map