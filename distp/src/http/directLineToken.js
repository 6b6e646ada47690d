"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DirectLineTokenError = void 0;
exports.generateDirectLineToken = generateDirectLineToken;
/** The page waits on this; Direct Line answers in well under a second when it is up. */
const TOKEN_TIMEOUT_MS = 5000;
class DirectLineTokenError extends Error {
    status;
    constructor(status) {
        super(`Direct Line token exchange failed with HTTP ${status}`);
        this.status = status;
        this.name = 'DirectLineTokenError';
    }
}
exports.DirectLineTokenError = DirectLineTokenError;
async function generateDirectLineToken(secret, userId, endpoint, fetchImpl) {
    const response = await fetchImpl(`${endpoint.replace(/\/$/, '')}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        // A user id starting "dl_" binds the token to that user, as the Direct Line docs recommend.
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    });
    if (!response.ok)
        throw new DirectLineTokenError(response.status);
    const body = (await response.json());
    if (typeof body.token !== 'string' || typeof body.conversationId !== 'string')
        throw new DirectLineTokenError(502);
    return { token: body.token, conversationId: body.conversationId, expiresIn: typeof body.expires_in === 'number' ? body.expires_in : 3600 };
}
//# sourceMappingURL=directLineToken.js.map