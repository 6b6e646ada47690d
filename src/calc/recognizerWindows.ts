/**
 * Microsoft's text recognizers slow down super-linearly with input length (a 500-character list of
 * dates takes seconds, 2,000 characters minutes) and Node has one event loop, so one long message would
 * stall every conversation. They therefore only ever see a few short windows of a message: the words
 * around something that can start a date or an amount. Each window costs a few tens of milliseconds at
 * worst, so a message costs the same whether it is 30 characters long or 2,000.
 */
export interface TextWindow {
  text: string;
  /** Where the window starts in the whole text, so recognizer offsets can be mapped back. */
  offset: number;
}

export interface WindowLimits {
  /** Characters kept before and after a cue. */
  before: number;
  after: number;
  /** Longest window, after neighbouring cues have been merged into one. */
  maxChars: number;
  /** Windows per message; later cues are ignored. */
  maxWindows: number;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
const RELATIVE = 'today|yesterday|tomorrow|ago|last|next|week|month|year';

/** Anything that can be part of a date: digits, month and weekday names, relative words. */
export const DATE_CUE = new RegExp(`\\d+|\\b(?:${MONTHS}|${WEEKDAYS}|${RELATIVE})`, 'gi');
const NUMBER_WORDS = 'hundred|thousand|grand|million|(?:twen|thir|for|fif|six|seven|eigh|nine)ty';
/**
 * What marks an amount of money in a question: a dollar sign, "dollars", or a pay period (a plain number
 * counts as money only before one: "900 a week"). Bare numbers are left out so a list of dates or case
 * numbers does not spend the budget.
 */
export const AMOUNT_CUE = new RegExp(`\\$|\\b(?:dollars?|bucks|${NUMBER_WORDS}|\\d+k|weekly|monthly|week|month|wk|mo)\\b`, 'gi');
/** Anything that can be part of a number, for a reply to "how much?". */
export const NUMBER_CUE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`, 'gi');

/** Dates: one or two per question ("entered 3/3/2026, paid 5/1/2026"); "on the 1st of January, 2025" fits. */
export const DATE_WINDOWS: WindowLimits = { before: 10, after: 16, maxChars: 28, maxWindows: 2 };
/** Amounts: "they want $4,000 and I make $900 a week" has two; a third covers "$1,200 a month rent". */
export const AMOUNT_WINDOWS: WindowLimits = { before: 8, after: 12, maxChars: 24, maxWindows: 3 };

/**
 * The first few windows of `text` around words matching `cue`, each widened by whole neighbouring words
 * (so "$1,234.56" is never cut in two), neighbouring ones merged, each at most `maxChars`.
 */
export function windowsAround(text: string, cue: RegExp, limits: WindowLimits): TextWindow[] {
  if (text.length <= limits.maxChars) return [{ text, offset: 0 }];
  const isCue = new RegExp(cue.source, 'i');
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, cue: isCue.test(match[0]) }));
  const spans: Array<[number, number]> = [];
  words.forEach((word, at) => {
    if (!word.cue || spans.length > limits.maxWindows) return;
    const last = spans[spans.length - 1];
    if (last && word.end <= last[1]) return;
    let start = word.start;
    for (let back = at - 1; back >= 0 && words[back]!.start >= word.start - limits.before && words[back]!.start >= (last?.[1] ?? 0); back -= 1) start = words[back]!.start;
    let end = word.end;
    for (let ahead = at + 1; ahead < words.length && words[ahead]!.end <= word.end + limits.after; ahead += 1) end = words[ahead]!.end;
    if (last && start - last[1] <= 1 && end - last[0] <= limits.maxChars) last[1] = end;
    else spans.push([start, Math.min(end, start + limits.maxChars)]);
  });
  return spans.slice(0, limits.maxWindows).map(([start, end]) => ({ text: text.slice(start, end), offset: start }));
}

/** The text a prompt's recognizer may read: a reply to "when?" or "how much?" answers with one value. */
export function firstWindow(text: string, cue: RegExp, limits: WindowLimits): string {
  return windowsAround(text, cue, { ...limits, maxWindows: 1 })[0]?.text ?? '';
}

/** How much of a reply a choice or yes/no prompt reads; choices are a few words. */
export const CHOICE_REPLY_CHARS = 48;
