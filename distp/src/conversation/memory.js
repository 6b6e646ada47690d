"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clearedConversation = clearedConversation;
/** "start over": everything about the conversation goes, except the turn count. */
function clearedConversation(data) {
    return { ...(data.turns === undefined ? {} : { turns: data.turns }) };
}
//# sourceMappingURL=memory.js.map