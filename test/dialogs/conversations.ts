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
      ['how much of my paycheck can they garnish', { kind: 'dialog', id: 'garnishment-limit', offers: 'I owe money' }],
      ['I owe money', { kind: 'answer', id: 'garnishment-limit', says: ['48'] }],
      ['what about my car?', { kind: 'answer', id: 'exemption-vehicle', says: ['$8,625'] }],
    ],
  },
  {
    name: 'an answer that differs by side asks the side once, and "Show both" shows both',
    steps: [
      ['what happens to the judgment if someone files bankruptcy', { kind: 'dialog', id: 'bankruptcy', offers: 'Show both' }],
      ['Show both', { kind: 'answer', id: 'bankruptcy', says: ['If you are owed money:', 'If you owe money:'] }],
      ['can I pay in installments', { kind: 'answer', id: 'payment-plan', says: ['If you owe money:'] }],
    ],
  },
  {
    name: '"I can\'t pay that" after hearing the judgment becomes the hardship guide, and installments are offered first',
    steps: [
      ['what happens if I ignore the judgment', { kind: 'answer', id: 'ignore-judgment' }],
      ["I can't pay that", { kind: 'dialog', id: 'cant-pay-judgment', offers: 'Pay in installments' }],
      ['Pay in installments', { kind: 'dialog', id: 'payment-plan', says: ['SC-220'] }],
    ],
  },
  {
    name: 'the hardship guide asks the role once when it is unknown, and the creditor gets their own answer',
    steps: [
      ["what happens if the judgment can't be paid", { kind: 'dialog', id: 'cant-pay-judgment', offers: "I'm owed the money" }],
      ["I'm owed the money", { kind: 'dialog', id: 'debtor-no-assets' }],
    ],
  },
  {
    name: 'the exemptions guide asks which property, answers for it, then explains how to claim the exemption',
    steps: [
      ["what can't a creditor take from me", { kind: 'dialog', id: 'what-cannot-be-taken', offers: 'My car' }],
      ['my car', { kind: 'dialog', id: 'exemption-vehicle', says: ['EJ-160'] }],
      ['yes', { kind: 'dialog', id: 'claim-of-exemption', says: ['15 days'] }],
      ['and my bank account?', { kind: 'answer', id: 'exemption-bank-account' }],
    ],
  },
  {
    name: '"help" inside a guided dialog explains and keeps the question open',
    steps: [
      ["what can't a creditor take from me", { kind: 'dialog', id: 'what-cannot-be-taken' }],
      ['help', { kind: 'smalltalk', id: 'help', says: ['not legal advice'] }],
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
      ['bye', { kind: 'smalltalk', id: 'goodbye' }],
    ],
  },
];
