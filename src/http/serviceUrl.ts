/**
 * Which serviceUrls the bot may post replies to when authentication is off (local mode, or
 * ALLOW_ANONYMOUS behind a gateway): loopback, for the Emulator and tests, and the hosts in
 * SERVICE_URL_HOSTS ("*.botframework.com" allows every subdomain). With authentication on, the token's
 * serviceurl claim is checked by botbuilder instead.
 */
export function serviceUrlAllowed(hosts: readonly string[]): (url: string) => boolean {
  return (url) => {
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      return false;
    }
    if (host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)) return true;
    return hosts.some((allowed) => (allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed));
  };
}
