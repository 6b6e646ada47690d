"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setMatchTag = setMatchTag;
exports.getMatchTag = getMatchTag;
const MATCH_TAG = Symbol('matchTag');
/** Records how this turn was understood; the bot stamps it on every reply sent after this call. */
function setMatchTag(context, tag) {
    context.turnState.set(MATCH_TAG, tag);
}
function getMatchTag(context) {
    return context.turnState.get(MATCH_TAG);
}
//# sourceMappingURL=matchTag.js.map