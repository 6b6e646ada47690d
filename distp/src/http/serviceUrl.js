"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceUrlAllowed = serviceUrlAllowed;
/**
 * Which serviceUrls the bot may post replies to when authentication is off (local mode, or
 * ALLOW_ANONYMOUS behind a gateway): loopback, for the Emulator and tests, and the hosts in
 * SERVICE_URL_HOSTS ("*.botframework.com" allows every subdomain). With authentication on, the token's
 * serviceurl claim is checked by botbuilder instead.
 */
function serviceUrlAllowed(hosts) {
    return (url) => {
        let host;
        try {
            host = new URL(url).hostname.toLowerCase();
        }
        catch {
            return false;
        }
        if (host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host))
            return true;
        return hosts.some((allowed) => (allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed));
    };
}
//# sourceMappingURL=serviceUrl.js.map