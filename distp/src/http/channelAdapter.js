"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChannelAdapter = void 0;
const botbuilder_1 = require("botbuilder");
/**
 * CloudAdapter with its two halves exposed: checking the token, then running the turn. The express
 * route does each step itself (CloudAdapter.process writes stack traces to stderr, puts internal
 * messages in error bodies and cannot rate-limit on the verified sender in between).
 */
class ChannelAdapter extends botbuilder_1.CloudAdapter {
    authenticate(activity, authHeader) {
        return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    }
    runAuthenticated(auth, activity, logic) {
        return this.processActivity(auth, activity, logic);
    }
}
exports.ChannelAdapter = ChannelAdapter;
//# sourceMappingURL=channelAdapter.js.map