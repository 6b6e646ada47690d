import type { Role } from '../kb/types';

// Phrases that say which side of a judgment the person is on. Checked on normalized text
// (contractions already expanded, lowercase, no punctuation).
const CREDITOR = [
  /\bi won\b/, /\bwe won\b/, /\b(owes|owe) me\b/, /\bowed (me|money)\b/, /\bi am owed\b/, /\bpay me\b/,
  /\bpaid me\b/, /\bmy judgment debtor\b/, /\bi am the (plaintiff|creditor|judgment creditor)\b/,
  /\b(he|she|they|the guy|the debtor|the defendant|my ex|my landlord|my tenant|the company) (will not|did not|does not|has not|never|still has not|refuses to|still will not) pa(y|id)\b/,
  /\bcollect (my|the|on my|on the) (judgment|money)\b/, /\bgarnish (his|her|their|the debtor|my ex|my old|my former)\b/,
];
const DEBTOR = [
  /\bi lost\b/, /\bwe lost\b/, /\bi owe\b/, /\bwe owe\b/, /\bi was sued\b/, /\bsued me\b/, /\bsuing me\b/,
  /\bi am being sued\b/, /\bi am the (defendant|debtor|judgment debtor)\b/, /\bi (can not|do not have|cannot) pay\b/,
  /\b(take|garnish|levy|seize|freeze|froze) my (wages|paycheck|pay|check|car|truck|house|home|account|bank|money|savings|stuff|things|property|tools|benefits|social security|retirement|pension|furniture)\b/,
  /\b(take|seize|garnish|levy) from me\b/, /\bmy (wages|paycheck) (are|is) being\b/,
];

/** The role a message reveals, if any. Ambiguous messages (both or neither) reveal none. */
export function detectRole(normalized: string): Role | undefined {
  const creditor = CREDITOR.some((pattern) => pattern.test(normalized));
  const debtor = DEBTOR.some((pattern) => pattern.test(normalized));
  if (creditor === debtor) return undefined;
  return creditor ? 'creditor' : 'debtor';
}
