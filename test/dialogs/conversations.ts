import type { MatchKind } from '../../dialogs/matchTag';

export interface Expected {
  kind: MatchKind;
  /** The knowledge entry the reply must be about (some reply of the turn must carry this id). */
  id?: string;
  /** Text the replies must contain. */
  says?: string[];
  /** Text one of the last reply's choices must contain. */
  offers?: string;
}

export interface Conversation {
  name: string;
  steps: Array<[userSays: string, expected: Expected]>;
}

// Each conversation runs against a fresh bot, turn by turn, as a person would type it.
export const conversations: Conversation[] = [
  {
    name: 'the person owed money goes from "he won\'t pay" to where he works to how long the judgment lasts',
    steps: [
      ["I won but he won't pay", { kind: 'answer', id: 'collect-judgment', says: ['EJ-130', 'Source:'] }],
      ["what if I don't know where he works?", { kind: 'answer', id: 'debtor-exam', says: ['SC-134'] }],
      ['how long do I have?', { kind: 'answer', id: 'judgment-expires-renewal', says: ['10 years', 'EJ-190'] }],
    ],
  },
  {
    name: 'after a wage garnishment answer, "what about my car?" is about the vehicle exemption',
    steps: [
      ['how much of my paycheck can they garnish', { kind: 'answer', id: 'garnishment-limit', says: ['48', 'CCP 706.050'] }],
      ['what about my car?', { kind: 'answer', id: 'exemption-vehicle', says: ['$8,625'] }],
    ],
  },
  {
    name: 'an answer that differs by side answers first for both sides, and "I owe money" narrows it',
    steps: [
      ['what happens to the judgment if someone files bankruptcy', { kind: 'answer', id: 'bankruptcy', says: ['11 U.S.C. 362', 'If you are owed money:', 'If you owe money:', 'Source:'], offers: 'I owe money' }],
      ['I owe money', { kind: 'answer', id: 'bankruptcy', says: ['11 U.S.C. 362'] }],
      ['can I pay in installments', { kind: 'answer', id: 'payment-plan', says: ['SC-220'] }],
    ],
  },
  {
    name: '"I can\'t pay that" after hearing the judgment becomes the hardship guide, and installments are offered first',
    steps: [
      ['what happens if I ignore the judgment', { kind: 'answer', id: 'ignore-judgment' }],
      ["I can't pay that", { kind: 'dialog', id: 'cant-pay-judgment', says: ['SC-220', 'how much could you pay each month'] }],
      ['100', { kind: 'dialog', id: 'hardship-plan', says: ['How much is the judgment?'] }],
      ['2400', { kind: 'dialog', id: 'hardship-plan', says: ['notice of levy'] }],
      ['No', { kind: 'dialog', id: 'hardship-plan', says: ['Ask to pay $100 a month', 'SC-220', 'Bankruptcy, only as a last resort'], offers: '1. Can I pay a small claims judgment in installments?' }],
      ['1', { kind: 'answer', id: 'payment-plan', says: ['SC-220'] }],
    ],
  },
  {
    name: 'with no side known, the can\'t-pay answer comes first with both sides to pick, and the creditor gets their own answer',
    steps: [
      ["what happens if the judgment can't be paid", { kind: 'answer', id: 'cant-pay-judgment', says: ['SC-220'], offers: "I'm owed money" }],
      ["I'm owed money", { kind: 'answer', id: 'debtor-no-assets' }],
    ],
  },
  {
    name: 'the exemptions guide asks which property, answers for it, then explains how to claim the exemption',
    steps: [
      ["what can't a creditor take from me", { kind: 'dialog', id: 'what-cannot-be-taken', offers: 'My car' }],
      ['my car', { kind: 'dialog', id: 'exemption-vehicle', says: ['**What is protected**', 'up to $8,625 of equity', 'amount as of', 'EJ-160'] }],
      ['yes', { kind: 'dialog', id: 'claim-of-exemption', says: ['15 days'] }],
      ['and my bank account?', { kind: 'answer', id: 'exemption-bank-account' }],
    ],
  },
  {
    name: '"help" inside a guided dialog explains and keeps the question open',
    steps: [
      ["what can't a creditor take from me", { kind: 'dialog', id: 'what-cannot-be-taken' }],
      ['help', { kind: 'smalltalk', id: 'help', says: ['not legal advice', 'Which of your things are you most worried about?'], offers: 'My car' }],
      ['2', { kind: 'dialog', id: 'exemption-bank-account' }],
    ],
  },
  {
    name: 'a brand-new question inside a guided dialog leaves it and is answered',
    steps: [
      ["what can't a creditor take from me", { kind: 'dialog', id: 'what-cannot-be-taken' }],
      ['how do I file a small claims case against my old roommate', { kind: 'answer', id: 'how-to-file', says: ['SC-100'] }],
    ],
  },
  {
    name: '"start over" inside a guided dialog clears it',
    steps: [
      ["I owe a judgment and I can't pay it", { kind: 'dialog', id: 'cant-pay-judgment' }],
      ['start over', { kind: 'smalltalk', id: 'startOver' }],
      ['bankruptcy', { kind: 'answer', id: 'bankruptcy' }],
    ],
  },
  {
    name: 'questions outside small claims get an honest fallback that says where to go',
    steps: [
      ['how do i file for divorce in california', { kind: 'fallback', says: ['family'] }],
      ['my landlord gave me a 3 day notice to pay rent or quit', { kind: 'fallback', says: ['Eviction'] }],
      ['asdfgh qwerty zxcvb', { kind: 'fallback', says: ['small claims advisor'] }],
    ],
  },
  {
    name: 'small talk is answered briefly',
    steps: [
      ['hi', { kind: 'smalltalk', id: 'greeting' }],
      ['what can you do?', { kind: 'smalltalk', id: 'help', says: ['not legal advice', 'start over'] }],
      ['thanks!', { kind: 'smalltalk', id: 'thanks' }],
      ['can I talk to a real person?', { kind: 'smalltalk', id: 'human', says: ['not a person', 'small claims advisor'] }],
      ['bye', { kind: 'smalltalk', id: 'goodbye' }],
    ],
  },
  {
    name: 'answer first: a question the same for both sides is answered with its source, and both sides briefly with buttons to narrow',
    steps: [
      ['is interest added to a small claims judgment?', { kind: 'answer', id: 'interest-and-costs', says: ['10%', 'Source:', 'If you are owed money:', 'If you owe money:'], offers: "I'm owed money" }],
      ["I'm owed money", { kind: 'answer', id: 'interest-and-costs', says: ['10%'] }],
    ],
  },
  {
    name: 'answer first: a message that says the side gets that side only, never the side question',
    steps: [
      ['I lost, can they take my car', { kind: 'answer', id: 'exemption-vehicle', says: ['$8,625', 'Source:'] }],
      ['if I declare bankruptcy can they still take it', { kind: 'answer', id: 'bankruptcy', says: ['11 U.S.C. 362'] }],
    ],
  },
  {
    name: '"yes", "ok" and "that didn\'t help" are conversation, and "yes" after an offer takes it',
    steps: [
      ['how much can I sue for', { kind: 'answer', id: 'claim-limits' }],
      ['ok', { kind: 'smalltalk', id: 'ok' }],
      ['yes', { kind: 'smalltalk', id: 'yes' }],
      ["that didn't help", { kind: 'smalltalk', id: 'notHelpful', says: ['small claims advisor'] }],
      ['what?', { kind: 'smalltalk', id: 'confused' }],
      ['when can I start collecting after I win', { kind: 'answer', id: 'when-can-i-collect', offers: 'Work out my dates' }],
      ['yes', { kind: 'dialog', id: 'deadlines', says: ['What date was the Notice of Entry of Judgment'] }],
    ],
  },
  {
    name: 'forgiving flows: "help" re-asks the open question with its buttons, "not sure" and typed words are answers',
    steps: [
      ['Make my collection plan', { kind: 'dialog', id: 'collection-plan', says: ['Have 30 days passed'] }],
      ['help', { kind: 'smalltalk', id: 'help', says: ['step by step', 'Have 30 days passed'], offers: 'Yes, 30 days have passed' }],
      ['no idea', { kind: 'dialog', id: 'collection-plan', says: ['What do you know about the person who owes you'] }],
      ['she has a bank account at a credit union', { kind: 'dialog', id: 'collection-plan', says: ['Anything else you know'] }],
      ['nothing else', { kind: 'dialog', id: 'collection-plan', says: ['Levy their bank account'] }],
    ],
  },
  {
    name: 'forgiving flows: "I don\'t know" in the hardship plan keeps the plan going, never the "what if I just don\'t pay" answer',
    steps: [
      ["I owe a judgment and I can't pay it", { kind: 'dialog', id: 'cant-pay-judgment', says: ['how much could you pay each month'] }],
      ["I don't know", { kind: 'dialog', id: 'hardship-plan', says: ['How much is the judgment?'] }],
      ['not sure', { kind: 'dialog', id: 'hardship-plan', says: ['notice of levy'] }],
      ['No', { kind: 'dialog', id: 'hardship-plan', says: ['Tell the court what you can afford'] }],
    ],
  },
  // Worked-out answers from the person's own facts ("today" is fixed at 2026-11-27 in these tests).
  {
    name: 'a date in the question gets the dates at once, the first day to collect first, saying what was assumed',
    steps: [
      ['judgment was on 3/3/2026, when can I collect', { kind: 'dialog', id: 'deadlines', says: ['**You can start collecting now: the wait ended on Friday, April 3, 2026.**', 'Thursday, April 2, 2026', 'the day the judgment was entered', 'CCP 116.810', 'not legal advice'], offers: 'Make my collection plan' }],
    ],
  },
  {
    name: 'the deadline calculator asks for the date when it is missing, and re-asks on a bad date',
    steps: [
      ['when can I start collecting after I win', { kind: 'answer', id: 'when-can-i-collect', offers: 'Work out my dates' }],
      ['Work out my dates', { kind: 'dialog', id: 'deadlines', says: ['What date was the Notice of Entry of Judgment'] }],
      ['whenever', { kind: 'dialog', says: ['Please type a past date'] }],
      ['1/2/2026', { kind: 'dialog', id: 'deadlines', says: ['Monday, February 2, 2026', 'falls on a Sunday', 'CCP 12a'] }],
    ],
  },
  {
    name: 'interest: answers first, asks only what it needs, says what it assumed, takes a payment after, and answers "and if they pay $100 a month?"',
    steps: [
      ['how much interest is added to a small claims judgment', { kind: 'answer', id: 'interest-and-costs', says: ['10%'], offers: 'Work out what is owed with interest' }],
      ['Work out what is owed with interest', { kind: 'dialog', id: 'interest', says: ['How much was the judgment for'] }],
      ['lots', { kind: 'dialog', says: ['Please type the amount as a number'] }],
      ['1000', { kind: 'dialog', id: 'interest', says: ['What date was the judgment entered'] }],
      ['1/1/2025', { kind: 'dialog', id: 'interest', says: ['10% a year', 'I took it that nothing has been paid', 'CCP 685.010'] }],
      ['they paid $50 on 7/1/2025', { kind: 'dialog', id: 'interest', says: ['$49.59 to interest'] }],
      ['and if they pay $100 a month?', { kind: 'dialog', id: 'payoff', says: ['At $100.00 a month'] }],
    ],
  },
  {
    name: 'garnishment: pay and judgment in the question are used, and a new pay amount reuses the rest',
    steps: [
      ['they want $4,000 and I make $900 a week, how much of my paycheck can they take', { kind: 'dialog', id: 'garnishment', says: ['At most $35.52 can be taken each week', '$16.90', '113 paychecks', 'CCP 706.050'] }],
      ['what if I made $1,200 a week?', { kind: 'dialog', id: 'garnishment', says: ['At most $155.52 can be taken each week'] }],
    ],
  },
  {
    name: 'collection plan: asks what is known about the debtor, gives ordered steps, and remembers them',
    steps: [
      ['I won, what do I do first to get paid?', { kind: 'answer', id: 'collect-judgment', offers: 'Make my collection plan' }],
      ['Make my collection plan', { kind: 'dialog', id: 'collection-plan', says: ['Have 30 days passed'] }],
      ['Yes, 30 days have passed', { kind: 'dialog', id: 'collection-plan', says: ['What do you know about the person who owes you'] }],
      ['Where they work', { kind: 'dialog', id: 'collection-plan', says: ['Anything else you know'] }],
      ['Where they bank', { kind: 'dialog', id: 'collection-plan', says: ['Anything else you know'] }],
      ["That's all", { kind: 'dialog', id: 'collection-plan', says: ['Get a Writ of Execution (EJ-130)', 'Garnish their wages', 'Levy their bank account', '$40'] }],
      ['what was step 4 again?', { kind: 'dialog', id: 'plan-step', says: ['Garnish their wages'] }],
    ],
  },
  {
    name: 'hardship plan: works out the exemption deadline from the day the levy notice was served',
    steps: [
      ["I lost and I can't pay the judgment", { kind: 'dialog', id: 'cant-pay-judgment', says: ['how much could you pay each month'] }],
      ['0', { kind: 'dialog', says: ['How much is the judgment?'] }],
      ["I don't know", { kind: 'dialog', says: ['notice of levy'] }],
      ['Yes, it came by mail', { kind: 'dialog', says: ['What date was it mailed'] }],
      ['11/20/2026', { kind: 'dialog', id: 'hardship-plan', says: ['**Claim your exemptions by Thursday, December 10, 2026.**', 'EJ-160', '20 days'] }],
    ],
  },
  {
    name: 'leaving a calculator mid-way with a new question',
    steps: [
      ['Work out my dates', { kind: 'dialog', id: 'deadlines' }],
      ['how do I file a small claims case against a contractor', { kind: 'answer', id: 'how-to-file' }],
    ],
  },
];
