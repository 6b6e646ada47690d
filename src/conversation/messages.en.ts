/**
 * Everything the bot says in English, other than the knowledge's own answers. The Spanish catalogue
 * (messages.es.ts) is typed against this one, so a string missing there fails the type-check.
 */

import type { DebtorFact } from '../calc/plans';
import type { Calculator } from '../kb/types';

const SELF_HELP_URL = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';
// Each county's advisor is listed by its court; the statewide self-help page links to them.
const ADVISOR_URL = 'https://selfhelp.courts.ca.gov/court-based-self-help-services';

/** A choice of a guided flow: what the button says and the words that pick it when typed. */
export interface ChoiceText {
  label: string;
  synonyms: string[];
}

export const en = {
  /** Stamped on every reply (`activity.locale`) and read by botbuilder's prompts. */
  locale: 'en-US',
  starterQuestions: [
    'How do I collect my small claims judgment?',
    'What happens if I can\'t pay a small claims judgment?',
    'How much can I sue for in small claims?',
  ],
  welcome: [
    'Hi! I answer questions about **California small claims court**: filing a case, the hearing, and collecting or paying a judgment, for the person owed money and the person who owes it.',
    'I give general information, not legal advice. For advice on your case, your county has a free small claims advisor.',
    'Ask in your own words, or start with one of these:',
  ].join('\n\n'),
  help: [
    'I answer questions about California small claims court, in plain language, with the court forms and the official source for each answer.',
    'You can ask things like "how much can I sue for", "he won\'t pay what the judge ordered", "can they take my car", or "I can\'t pay the judgment".',
    'After an answer, tap a related question or type its number. Type **start over** to clear the conversation.',
    `This is general information, not legal advice. For help with your own case, talk to your county's [free small claims advisor](${ADVISOR_URL}) or the [court self-help center](${SELF_HELP_URL}).`,
  ].join('\n\n'),
  fallback: [
    "I'm sorry, I don't have a good answer for that, and I'd rather not guess.",
    'I cover California small claims court: suing for money up to the small claims limit, serving papers, the hearing, appeals, and collecting or paying a judgment. Try asking in other words, or type **help** for examples.',
    `For anything else, your county's [free small claims advisor](${ADVISOR_URL}) and the [court self-help center](${SELF_HELP_URL}) can help.`,
  ].join('\n\n'),
  outOfScope: (reply: string, link: string): string =>
    `${reply} ([more information](${link}))\n\nI can help with California small claims questions: suing for money, the hearing, and collecting or paying a judgment.`,
  smallTalk: {
    greeting: 'Hello! Ask me anything about California small claims court, or type **help** to see examples.',
    thanks: "You're welcome. Ask another question any time, or type **start over** to begin again.",
    goodbye: 'Good luck with your case. If you need help with your own situation, your county\'s free small claims advisor can help.',
    human: `I'm an automated helper, not a person or a lawyer: I give general information about California small claims. To talk with a person for free, call or visit your county's [small claims advisor](${ADVISOR_URL}) (every county has one), or the court's [self-help center](${SELF_HELP_URL}).`,
    startOver: "Okay, let's start over. What would you like to know about small claims court?",
    nonText: 'I can only read text questions. Please type your question in words.',
    tooLong: 'That message is too long for me to read well. Could you ask your question in a sentence or two?',
  },
  /** Help inside a guided flow: what can be typed here; the flow then asks its open question again. */
  promptHelp:
    "I'm helping you work this out step by step. Tap an answer or type it in your own words; \"not sure\" is fine too. Type **start over** to stop, or just ask another question. This is general information, not legal advice.",
  reactions: {
    yes: 'Okay. What would you like to know? You can tap a related question or ask in your own words.',
    no: 'Okay. Ask me anything else about small claims court whenever you like.',
    ok: 'Okay. Ask another question any time, or tap one of the related questions.',
    notSure: 'That\'s fine. Ask me in your own words what you want to find out, or type **help** for examples.',
    notHelpful: `Sorry that didn't help. Try asking in other words, with what happened in your case (for example "I won but he won't pay"). Your county's [free small claims advisor](${ADVISOR_URL}) can also help with your own situation.`,
    confused: 'Sorry, let me try again: ask your question in your own words, or type **help** to see what I can do. The related questions below are also a good place to start.',
  },
  /** Said when the person asks for this language ("in English please"). */
  languageChosen: 'Sure, I will answer in English. What would you like to know about California small claims court?',
  /** Before an answer the knowledge has only in the other language so far. */
  answerNotTranslated: '',
  sides: {
    creditor: "I'm owed money",
    debtor: 'I owe money',
    creditorHeading: '**If you are owed money:**',
    debtorHeading: '**If you owe money:**',
    narrow: (creditor: string, debtor: string): string => `Tap **${creditor}** or **${debtor}** to see the rest for your side.`,
    creditorReply: "Got it: you're the one owed money. What would you like to know?",
    debtorReply: "Got it: you're the one who owes. What would you like to know?",
    creditorQuestions: ['How do I collect my small claims judgment?', 'When can I start collecting after I win?'],
    debtorQuestions: ["What happens if I can't pay the small claims judgment?", "What can't a creditor take from me to pay a small claims judgment?"],
  },
  /** The button that works an answer out from the person's own facts; typing it asks for it too. */
  calculatorTitles: {
    deadlines: 'Work out my dates',
    interest: 'Work out what is owed with interest',
    garnishment: 'Work out how much of a paycheck',
    'collection-plan': 'Make my collection plan',
    'hardship-plan': 'Make my plan to handle this',
  } satisfies Record<Calculator, string>,
  /** The words around a worked-out result (the calculators' own rules and dates come from src/calc). */
  calc: {
    enteredAssumed: (date: string): string =>
      `You gave the day the judgment was entered (${date}). The deadlines run from the day the clerk mailed or handed over the Notice of Entry of Judgment (SC-130), so I took that to be the same day; if the notice shows a later date, each date below moves later by as much.`,
    countedFrom: (date: string): string => `Counted from ${date}, the day the Notice of Entry of Judgment (SC-130) was mailed or handed over.`,
    movedBecause: (why: string): string => ` Moved because ${why}.`,
    otherDates: 'Your other dates:',
    debtorCollects: 'The person owed money can start collecting',
    youCollect: 'You can start collecting',
    collectNow: (who: string, date: string): string => `${who} now: the wait ended on ${date}.`,
    collectOn: (who: string, date: string): string => `${who} on ${date}.`,
    datePassed: (label: string, date: string): string => `${label}: ${date} (already passed).`,
    dateDue: (label: string, date: string): string => `${label}: ${date}.`,
    usualRate: (rate: number, lower: number): string =>
      `I used ${rate}%, the usual rate. If the judgment was for medical bills or a personal debt such as a credit card or loan, owed by a person, it may be ${lower}%: say "it was a credit card debt" and I will redo it.`,
    nothingPaid: 'I took it that nothing has been paid; tell me a payment like "they paid $500 on June 1" and I will apply it.',
    undatedPayment: 'A payment with no date was counted as paid today; give its date for a closer figure.',
    known: {
      employer: 'you know where they work',
      bank: 'you know where they bank',
      'real-property': 'they own a home or land',
      vehicle: 'they own a car',
      business: 'they run a business',
      nothing: 'nothing known yet',
    } satisfies Record<DebtorFact, string>,
    waitIsOver: 'the 30-day wait is over',
    waitNotOver: 'the 30-day wait is not over yet',
    fromWhatYouSaid: (facts: string): string => `From what you told me: ${facts}. `,
    severalAtOnce: 'You can use several of these at the same time; the first ones usually come first.',
    mailAssumed: ' I took it that the notice came by mail; if it was handed to you, the deadline is 5 days earlier.',
    wholePlan: 'Here is the whole plan, first to last:',
    usualOrder: 'Here is what usually makes sense, first to last.',
  },
  relatedQuestions: 'Related questions (tap one or type its number):',
  whatNext: 'What next?',
  alsoWantToKnow: 'Okay. You might also want to know:',
  clarify: 'I want to get this right. Did you mean one of these?',
  noneOfThese: 'None of these',
  planStep: (title: string, step: string): string => `From ${title.toLowerCase()}:\n\n${step}`,
  planStepOutOfRange: (title: string, count: number): string => `${title} has ${count} steps; ask for a number from 1 to ${count}.`,
  tryAgain: (message: string, command: string): string => `${message} Type **${command}** to try again.`,
  startOverCommand: 'start over',
  exemptions: {
    ask: 'Which of your things are you most worried about?',
    retry: 'Please pick one by tapping it or typing its number, or ask me another question.',
    protectedHeading: '**What is protected**',
    confirm: 'Do you want the steps and the deadline to claim this exemption?',
    choices: {
      wages: { label: 'My wages', synonyms: ['paycheck', 'pay', 'salary', 'wages', 'job'] },
      bank: { label: 'My bank account', synonyms: ['bank', 'savings', 'checking', 'account'] },
      vehicle: { label: 'My car', synonyms: ['car', 'vehicle', 'truck', 'auto'] },
      home: { label: 'My home', synonyms: ['house', 'home', 'condo', 'homestead'] },
      household: { label: 'Household things', synonyms: ['furniture', 'clothes', 'appliances', 'household'] },
      tools: { label: 'Work tools', synonyms: ['tools', 'equipment', 'trade'] },
      benefits: { label: 'Benefits', synonyms: ['social security', 'ssi', 'unemployment', 'disability', 'benefits'] },
      retirement: { label: 'Retirement', synonyms: ['401k', 'ira', 'pension', 'retirement'] },
    } satisfies Record<string, ChoiceText>,
  },
  hardship: {
    askMonthly: "Let's make a plan. About how much could you pay each month toward the judgment? Type 0 if nothing right now, or \"not sure\".",
    retryMonthly: 'Please type a monthly amount as a number, like 100, or 0, or "not sure".',
    askJudgment: 'How much is the judgment? Type "not sure" if you don\'t know.',
    retryJudgment: 'Please type the amount as a number, like 2500, or "not sure".',
    askLevy: 'Have you received a notice of levy or wage garnishment from a sheriff, marshal, bank or employer?',
    levyChoices: {
      personal: { label: 'Yes, it was handed to me', synonyms: ['handed', 'in person', 'served', 'gave it to me'] },
      mail: { label: 'Yes, it came by mail', synonyms: ['mail', 'mailed', 'letter', 'yes', 'envelope'] },
      none: { label: 'No', synonyms: ['no', 'not yet', 'nothing', 'nope', 'not sure', 'no idea', 'i do not know', "don't know"] },
    } satisfies Record<string, ChoiceText>,
    askHandedDate: 'What date was it handed to you?',
    askMailedDate: 'What date was it mailed (the date on the notice or its envelope)?',
    retryLevyDate: 'Please type a past date, like 11/20/2026, or "not sure".',
  },
  collectionPlan: {
    askWait: "Let's make your collection plan. Have 30 days passed since the Notice of Entry of Judgment (SC-130) was mailed or handed to you?",
    waitChoices: {
      passed: { label: 'Yes, 30 days have passed', synonyms: ['yes', 'yeah', 'passed', 'it has', 'long ago', 'months'] },
      notYet: { label: 'No, not yet', synonyms: ['no', 'not yet', 'nope'] },
      notSure: { label: 'Not sure', synonyms: ['not sure', 'no idea', 'i do not know', "don't know", 'dunno', 'unsure'] },
    } satisfies Record<string, ChoiceText>,
    askKnown: 'What do you know about the person who owes you? Pick one; you can add more after.',
    askMore: 'Anything else you know? Pick another, or "That\'s all".',
    factChoices: {
      employer: { label: 'Where they work', synonyms: ['job', 'employer', 'work', 'works', 'working', 'employed', 'paycheck'] },
      bank: { label: 'Where they bank', synonyms: ['bank', 'account', 'banks', 'checking', 'savings', 'credit union'] },
      'real-property': { label: 'They own a home or land', synonyms: ['house', 'home', 'land', 'property', 'condo', 'owns'] },
      vehicle: { label: 'They own a car', synonyms: ['car', 'truck', 'vehicle', 'drives', 'van'] },
      business: { label: 'They run a business', synonyms: ['business', 'shop', 'store', 'restaurant', 'company'] },
      nothing: { label: 'Nothing yet', synonyms: ['nothing', 'none', 'no idea', "don't know", 'i do not know', 'not sure', 'dunno'] },
      done: { label: "That's all", synonyms: ['done', 'that is all', 'thats all', 'no more', 'finished', 'nothing else', 'no'] },
    } satisfies Record<string, ChoiceText>,
  },
  deadlines: {
    askNoticeDate: 'What date was the Notice of Entry of Judgment (SC-130) mailed or handed to you? It is printed on the notice, for example 3/3/2026.',
    retryNoticeDate: 'Please type a past date, like 3/3/2026 or March 3, 2026, or "not sure".',
  },
  interest: {
    askAmount: 'How much was the judgment for, in dollars (the total the court awarded)?',
    retryAmount: 'Please type the amount as a number, like 2500. It is on the Notice of Entry of Judgment.',
    askEntryDate: 'What date was the judgment entered? It is on the Notice of Entry of Judgment.',
    retryEntryDate: 'Please type a past date, like 3/3/2026.',
  },
  garnishment: {
    askPay: 'How much is the take-home pay per paycheck, after taxes and other required deductions? (Roughly is fine.)',
    retryPay: 'Please type the pay as a number, like 900.',
    askPeriod: 'How often is that paid?',
    periodChoices: {
      weekly: { label: 'Every week', synonyms: ['weekly', 'week', 'each week', 'once a week'] },
      biweekly: { label: 'Every two weeks', synonyms: ['biweekly', 'bi weekly', 'every other week', 'two weeks', 'fortnightly'] },
      semimonthly: { label: 'Twice a month', synonyms: ['semimonthly', 'semi monthly', '1st and 15th', 'twice'] },
      monthly: { label: 'Once a month', synonyms: ['monthly', 'month', 'once a month'] },
    } satisfies Record<string, ChoiceText>,
  },
};

export type Messages = typeof en;
