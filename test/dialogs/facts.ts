/**
 * Questions that carry the facts a calculator needs, each with the result worked out by hand ("today" is
 * Friday, November 27, 2026 in these tests; California minimum wage $16.90 from 2026-01-01; court
 * holidays from knowledge/court-holidays.yaml). Written for this table, not taken from any evaluation data.
 */
export interface FactCase {
  /** Turns said before, if the case is a follow-up. */
  before?: string[];
  says: string;
  /** What the first line of the reply must contain: the computed result comes first. */
  leads: string;
  /** Anything else the reply must contain (assumptions, inputs, next steps). */
  also?: string[];
}

export const FACT_CASES: FactCase[] = [
  // Dates after a judgment: notice + 30 days (moved to the next court day), collection the day after.
  { says: 'the notice of entry of judgment was mailed on May 11, 2026, when can I start collecting?', leads: 'You can start collecting now: the wait ended on Thursday, June 11, 2026.', also: ['Wednesday, June 10, 2026', 'Make my collection plan'] },
  { says: 'the judgment was entered October 5 2026, when can I collect', leads: 'You can start collecting now: the wait ended on Thursday, November 5, 2026.', also: ['You gave the day the judgment was entered'] },
  { says: 'judgment was on 3/3/2026, when can I collect', leads: 'Friday, April 3, 2026' },
  { says: 'notice of entry of judgment mailed 11/10/2026, when can I start collecting', leads: 'You can start collecting on Friday, December 11, 2026.' },
  { says: 'the clerk mailed the notice on November 2, 2026, when can I collect', leads: 'You can start collecting on Thursday, December 3, 2026.' },
  { says: 'the notice was handed to me on 11/20/2026 at the courthouse, when is the last day to appeal', leads: 'appeal (SC-140): Monday, December 21, 2026', also: ['falls on a Sunday'] },
  { says: 'I got the notice of entry of judgment in the mail on October 30 2026, when can they appeal', leads: 'appeal (SC-140): Monday, November 30, 2026' },
  { says: 'judgment entered 9/1/2026, when does it expire', leads: 'Monday, September 1, 2036' },
  { says: 'we won on 8/14/2026 and the notice was mailed 8/17/2026, when can we start collecting', leads: 'the wait ended on Thursday, September 17, 2026' },
  { says: 'the decision was mailed on July 1 2026. when can we collect?', leads: 'the wait ended on Saturday, August 1, 2026' },
  { says: 'when is the statement of assets due if the notice was mailed 11/16/2026', leads: 'Statement of Assets (SC-133) due to the person owed money, unless the judgment is paid: Wednesday, December 16, 2026' },
  { says: 'my hearing was on 10/20/2026 and I won, when can I collect', leads: 'the wait ended on Friday, November 20, 2026', also: ['You gave the day the judgment was entered'] },
  { says: 'judgment was entered yesterday, when can I collect', leads: 'You can start collecting on Tuesday, December 29, 2026.', also: ['Monday, December 28, 2026'] },
  { says: 'the notice was mailed two weeks ago, when can I start collecting', leads: 'You can start collecting on Tuesday, December 15, 2026.' },
  { says: 'the notice of entry of judgment was mailed October 15, 2026. when can I collect?', leads: 'the wait ended on Tuesday, November 17, 2026', also: ['falls on a Saturday'] },
  { says: 'they mailed the notice of entry of judgment on 6/5/2026, when could I start collecting', leads: 'the wait ended on Tuesday, July 7, 2026' },
  { says: 'I lost, the notice was mailed 11/10/2026, when can they start collecting', leads: 'The person owed money can start collecting on Friday, December 11, 2026.', also: ['Make my plan to handle this'] },
  // Interest: 10% a year simple (5% for some consumer and medical debts of a person from 2023), payments to interest first.
  { says: 'I got a judgment for $3,500 on March 3, 2025. They paid me $500 on June 1, 2025. How much interest do they owe me now?', leads: 'About $3,546.29 is owed as of Friday, November 27, 2026.', also: ['$86.30 to interest', 'I used 10%'] },
  { says: 'judgment of $2,000 entered 1/15/2025, nothing has been paid, how much with interest as of 10/1/2026', leads: 'About $2,341.92 is owed as of Thursday, October 1, 2026.' },
  { says: 'I won $5,000 on January 2, 2026, how much interest is owed now', leads: 'About $5,450.68 is owed', also: ['I took it that nothing has been paid'] },
  { says: 'medical bill judgment for $1,200 entered 3/1/2024, how much do they owe now with interest', leads: 'About $1,364.55 is owed', also: ['5% a year'] },
  { says: 'credit card judgment of $4,000 entered on 6/1/2023, what is owed now with interest', leads: 'About $4,698.63 is owed', also: ['5% a year'] },
  { says: 'judgment for $2,500 on 2/1/2022 for a loan, how much interest is owed now', leads: 'About $3,705.48 is owed', also: ['10% a year'] },
  { says: '$1,000 judgment from 1/1/2025, they paid $50 on 7/1/2025, how much is owed now with interest', leads: 'About $1,140.35 is owed', also: ['$49.59 to interest'] },
  { says: 'I got a judgment for $3,000 on April 10, 2025 and nothing has been paid. how much is it with interest?', leads: 'About $3,489.86 is owed' },
  { says: 'judgment of $800 entered 9/9/2025, what was the balance with interest as of 12/31/2025', leads: 'About $824.77 is owed as of Wednesday, December 31, 2025.' },
  { says: 'what is the total owed on a $10,000 judgment entered 11/27/2025 with interest', leads: 'About $11,000.00 is owed' },
  { before: ['I got a judgment for $3,500 on March 3, 2025. How much interest do they owe me now?'], says: 'they paid $500 on June 1, 2025', leads: 'About $3,546.29 is owed' },
  { before: ['I got a judgment for $3,500 on March 3, 2025. They paid me $500 on June 1, 2025. How much interest do they owe me now?'], says: 'it was a credit card debt, does that change the rate?', leads: 'About $3,269.93 is owed', also: ['5% a year'] },
  { before: ['I got a judgment for $3,500 on March 3, 2025. They paid me $500 on June 1, 2025. How much interest do they owe me now?'], says: 'and if they pay $100 a month?', leads: 'At $100.00 a month, $3,546.29 would be paid off in about 3 years and 7 months', also: ['43 payments'] },
  // Wage garnishment: the lesser of 20% of take-home pay or 40% above 48/96/104/208 × $16.90.
  { says: "I make $1,100 every two weeks, they're going to take my paycheck", leads: 'Nothing can be taken: $1,100.00 every two weeks is at or below the protected amount of $1,622.40.' },
  { says: 'I make $900 a week, how much of my paycheck can they take', leads: 'At most $35.52 can be taken each week, leaving $864.48.' },
  { says: 'I take home $2,000 every two weeks, how much can be garnished', leads: 'At most $151.04 can be taken every two weeks' },
  { says: 'I make $4k a month, how much can they garnish', leads: 'At most $193.92 can be taken each month' },
  { says: 'I get paid $1,900 twice a month, how much of my wages can they garnish', leads: 'At most $56.96 can be taken twice a month' },
  { says: 'I earn 1500 a week, can they garnish my wages', leads: 'At most $275.52 can be taken each week' },
  { says: 'my take home pay is $700 weekly, how much can they take from my check', leads: 'Nothing can be taken: $700.00 each week is at or below the protected amount of $811.20.' },
  { says: 'the debtor makes $3,000 a month, how much of his wages can I garnish', leads: 'Nothing can be taken: $3,000.00 each month is at or below the protected amount of $3,515.20.' },
  { says: 'he earns $1,200 a week, how much of his wages can I get with a garnishment', leads: 'At most $155.52 can be taken each week' },
  { says: 'they want $4,000 and I make $900 a week, how much of my paycheck can they take', leads: 'At most $35.52 can be taken each week', also: ['113 paychecks'] },
  { says: 'I bring home $1,700 biweekly, what can a garnishment take', leads: 'At most $31.04 can be taken every two weeks' },
  { says: 'I make $2,400 a month, can they take my wages', leads: 'Nothing can be taken: $2,400.00 each month' },
  { before: ['I make $900 a week, how much of my paycheck can they take'], says: 'what if I made $1,200 a week?', leads: 'At most $155.52 can be taken each week' },
  { before: ['I make $900 a week, how much of my paycheck can they take'], says: 'what about $1,000 a week', leads: 'At most $75.52 can be taken each week' },
  // A levy notice: a Claim of Exemption within 15 days of being handed it, 20 if mailed (next court day).
  { says: "my notice of levy was mailed November 12, what's my deadline", leads: 'Claim your exemptions by Wednesday, December 2, 2026.' },
  { says: 'the sheriff handed me a notice of levy on 11/20/2026, when do I have to file the claim of exemption', leads: 'Claim your exemptions by Monday, December 7, 2026.' },
  { says: 'I got an earnings withholding order in the mail on November 16, 2026, how long do I have to claim an exemption', leads: 'Claim your exemptions by Monday, December 7, 2026.' },
  { says: "a bank levy notice came 11/24/2026, what's the deadline to protect my money", leads: 'Claim your exemptions by Monday, December 14, 2026.', also: ['I took it that the notice came by mail'] },
  { says: 'I received a levy notice by mail on 11/5/2026, what is my deadline', leads: 'Claim your exemptions by Wednesday, November 25, 2026.' },
  // The hardship plan, with what the message said used and only the rest asked.
  { says: 'I lost and can only pay $50 a month on a $2,400 judgment, no levy yet', leads: 'Your options, in order', also: ['Ask to pay $50 a month', 'about 62 months'] },
  { says: "I can't pay the judgment, I could pay $100 a month, the judgment is $1,500", leads: 'notice of levy' },
  { before: ["I lost and I can't pay the judgment"], says: 'i think maybe around one hundred dollars a month', leads: 'How much is the judgment?' },
  { before: ["I lost and I can't pay the judgment", '0'], says: 'no idea', leads: 'notice of levy' },
  { before: ["I lost and I can't pay the judgment", '0', '0'], says: 'no', leads: 'Your options, in order', also: ['Tell the court what you can afford'] },
  { before: ["I lost and I can't pay the judgment", '50', '2400', 'No'], says: 'what was step 2 again?', leads: 'From your options, in order' },
  // The collection plan: what is known about the debtor picks the steps.
  { says: 'make my collection plan, the notice was mailed 9/1/2026 and she owns a house', leads: 'Your collection plan', also: ['Put a lien on their home or land', 'EJ-001'] },
  { says: 'I won, he works at a warehouse and banks at Chase, make my collection plan', leads: 'Have 30 days passed' },
  { before: ['I won, he works at a warehouse and banks at Chase, make my collection plan'], says: 'yes', leads: 'Your collection plan', also: ['Garnish their wages', 'Levy their bank account'] },
  { before: ['Make my collection plan', 'Yes, 30 days have passed'], says: 'he works at a warehouse', leads: 'Anything else you know?' },
  { before: ['Make my collection plan', 'Yes, 30 days have passed', 'he works at a warehouse'], says: "that's all", leads: 'Your collection plan', also: ['Garnish their wages'] },
  { before: ['Make my collection plan'], says: 'not sure', leads: 'What do you know about the person who owes you?' },
  { before: ['Make my collection plan', 'not sure'], says: "I don't know anything about him", leads: 'Your collection plan', also: ["Ask for a debtor's examination"] },
];
