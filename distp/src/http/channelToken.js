"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BOT_FRAMEWORK_ISSUER = void 0;
exports.acceptedIssuers = acceptedIssuers;
exports.tokenProblem = tokenProblem;
/**
 * A cheap look at a bearer token before botbuilder sees it. botframework-connector 4.23 reads the
 * `tid` claim of any unverified token and adds issuer strings to a process-wide list it scans on every
 * request, so forged tokens with fresh tids slow every later request until a restart. Only tokens whose
 * (still unverified) issuer is one this bot accepts go on to the real check, so the list never grows.
 */
exports.BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
/** Issuers the bot accepts: the Bot Framework channel service, and its own tenant's for single-tenant bots. */
function acceptedIssuers(tenantId) {
    const issuers = [exports.BOT_FRAMEWORK_ISSUER];
    if (tenantId)
        issuers.push(`https://sts.windows.net/${tenantId}/`, `https://login.microsoftonline.com/${tenantId}/v2.0`);
    return new Set(issuers);
}
/** Why the Authorization header cannot be a token from an accepted issuer, or undefined if it may be. */
function tokenProblem(header, issuers) {
    const match = /^Bearer\s+([\w-]+)\.([\w-]+)\.([\w-]*)$/i.exec(header?.trim() ?? '');
    if (!match)
        return 'no bearer token';
    let claims;
    try {
        claims = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8'));
    }
    catch {
        return 'token is not a JWT';
    }
    const issuer = typeof claims === 'object' && claims !== null ? claims.iss : undefined;
    return typeof issuer === 'string' && issuers.has(issuer) ? undefined : 'token issuer not accepted';
}
//# sourceMappingURL=channelToken.js.map