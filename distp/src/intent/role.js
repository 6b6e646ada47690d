"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectRole = detectRole;
// Phrases that say which side of a judgment the person is on, checked on normalized text (contractions
// expanded, lowercase, no punctuation). "Strong" phrases name the person's own side ("I won", "against
// me", "I'm the defendant") and decide on their own; "weak" ones only hint ("the creditor is
// garnishing", "the debtor moved") and count when nothing strong was said.
const OTHERS = '(he|she|they|the guy|the debtor|the defendant|my ex|my landlord|my tenant|my roommate|my former roommate|my neighbor|the company|the contractor|the business|the seller|the buyer|he still|she still|they still)';
const NOT_PAY = '(will not|did not|does not|has not|have not|never|still has not|still have not|refuses to|refused to|still will not|can not|stopped|wont) (pay|paid)';
const MINE = '(wages|paycheck|pay|check|paychecks|car|truck|house|home|account|bank|bank account|money|savings|checking|stuff|things|property|tools|benefits|social security|retirement|pension|furniture|income|salary|tax refund)';
const CREDITOR_STRONG = [
    /\b(i|we) (also |still |actually |finally )?won\b/, /\bwon (my|our) (case|claim|lawsuit|suit)\b/, /\b(owes|owe) (me|us)\b/, /\bowed (me|us)\b/, /\b(i|we) am owed\b|\bi am owed\b|\bi m owed\b|\bi owed money\b/,
    /\b(pay|paid|repay) (me|us)\b/, /\bmy (judgment )?debtor\b/, /\bi (am )?the (plaintiff|creditor|judgment creditor|one owed|person owed)\b/, /\bi am a (judgment )?creditor\b/,
    new RegExp(`\\b${OTHERS} ${NOT_PAY}\\b`), /\b(he|she|they) lost\b/, /\b(judgment|judgement) against (him|her|them|my|the defendant|the debtor|a company|the company|his|their)\b/,
    /\bin my favor\b/, /\b(i|we) sued (him|her|them|my)\b.*\b(won|judgment|judgement)\b/, /\bthe person who owes me\b/, /\b(i|we) (got|have|was awarded|were awarded|was granted) (a |the )?(judgment|judgement|award)\b(?! against me)/,
    /\bget (my|our) money\b/, /\bcollect (my|our|on my|on our|the money|what)\b/,
];
const CREDITOR_WEAK = [
    /\bgarnish (his|her|their|the debtor|my ex|my old|my former|the defendant|someone)\b/, /\b(levy|freeze|seize) (his|her|their|the debtor|the defendant)\b/,
    /\bthe (judgment )?debtor\b/, /\bcollect (the |a )?(judgment|judgement|debt)\b/, /\bwhere (he|she|they) (works?|banks?)\b/, /\b(his|her|their) (wages|bank|paycheck|house|car|employer|job)\b/,
    /\blien on (his|her|their)\b/, /\b(make|get) (him|her|them) (to )?pay\b/, /\b(he|she|they) (moved|disappeared|has no money|have no money|filed (for )?bankruptcy|ignored)\b/,
];
const DEBTOR_STRONG = [
    /\b(i|we) (also |still |actually )?lost\b/, /\b(i|we) (also |still |actually )?owe\b/, /\bi do not have (the |any |enough )?money to pay\b/, /\b(i|we) (was|were|got|have been|am being|are being) (sued|served)\b/, /\bi am being sued\b/, /\b(sued|suing|suing) (me|us)\b/,
    /\bi (am )?the (defendant|debtor|judgment debtor|one who owes|person who owes)\b/, /\bi am a (judgment )?debtor\b/, /\b(i|we) (can not|do not have|cannot|could not|am not able to|will not be able to) (pay|afford)\b/,
    new RegExp(`\\b(take|taking|took|garnish|garnishing|garnished|levy|levied|levying|seize|seized|freeze|froze|frozen|empty|emptied|touch) (all of |part of |some of )?(my|our) ${MINE}\\b`),
    new RegExp(`\\bmy ${MINE} (are|is|was|were|got|get|being|will be) (being |getting )?(garnished|levied|taken|frozen|seized|emptied)\\b`),
    /\b(take|seize|garnish|levy|collect) from (me|us)\b/, /\bagainst (me|us)\b/, /\b(they|he|she|the plaintiff|the other side|the landlord|the creditor) won\b/,
    /\bif i (declare|file|filed|go) (for )?bankruptcy\b/, /\b(i|we) (got|received|have) (a )?(notice of levy|levy notice|wage garnishment|earnings withholding order)\b/,
    /\b(i|we) (have to|must|need to) pay (the|a|this) (judgment|judgement)\b/, /\b(afford|pay off|pay back) (the|this|a) (judgment|judgement)\b/,
];
const DEBTOR_WEAK = [
    /\bthe (judgment )?creditor\b/, /\bmy creditor\b/, /\bthe plaintiff (is|will|wants|can|says)\b/, /\bpay (the|this|a) (judgment|judgement) in (installments|payments)\b/, /\b(can|could) i pay (in |it in )?(installments|payments|monthly)\b/,
    /\b(they|he|she) (are|is) (garnishing|levying|taking|coming after) (me|my)\b/, /\bcan they take my\b/, /\bkeep my\b/, /\bprotect my\b/,
];
/** The side a message reveals, if any. Ambiguous messages (both or neither) reveal none. */
function detectRole(normalized) {
    const strong = sides(CREDITOR_STRONG, DEBTOR_STRONG, normalized);
    // A strong phrase on both sides is a story about both; weak hints cannot settle it.
    if (strong.creditor || strong.debtor)
        return decide(strong);
    return decide(sides(CREDITOR_WEAK, DEBTOR_WEAK, normalized));
}
function sides(creditorPatterns, debtorPatterns, normalized) {
    return { creditor: creditorPatterns.some((pattern) => pattern.test(normalized)), debtor: debtorPatterns.some((pattern) => pattern.test(normalized)) };
}
function decide({ creditor, debtor }) {
    if (creditor === debtor)
        return undefined;
    return creditor ? 'creditor' : 'debtor';
}
