/**
 * Card actions the bot itself sends (Teams follow-ups) carry this key in their data, so a click on one
 * is taken as speaking to the bot even in a group chat where only @mentions are. Plain TypeScript: the
 * Teams cards (channel side) and the bot both read it from here.
 */
export const FOLLOW_UP_KEY = 'smallClaimsFollowUp';

export function isOwnCardClick(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[FOLLOW_UP_KEY] === 'string';
}
