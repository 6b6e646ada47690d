"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHOICE_REPLY_CHARS = exports.AMOUNT_WINDOWS = exports.DATE_WINDOWS = exports.NUMBER_CUE = exports.AMOUNT_CUE = exports.DATE_CUE = void 0;
exports.windowsAround = windowsAround;
exports.firstWindow = firstWindow;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
const RELATIVE = 'today|yesterday|tomorrow|ago|last|next|weeks?|months?|years?|days?';
const NUMBER_WORDS = 'hundred|thousand|grand|million|(?:twen|thir|for|fif|six|seven|eigh|nine)ty';
/** A word that can be part of a date: one starting with a digit ("3/3/2026", "3rd"), a month or weekday name, a relative word. */
exports.DATE_CUE = new RegExp(`^\\(?(?:\\d|(?:${MONTHS}|${WEEKDAYS}|${RELATIVE})(?![a-z]))`, 'i');
/**
 * A word that marks an amount of money in a question: a dollar sign, "dollars", or a pay period (a
 * plain number counts as money only before one: "900 a week"). Bare numbers are left out so dates and
 * case numbers do not spend the windows.
 */
exports.AMOUNT_CUE = new RegExp(`\\$|^(?:dollars?|bucks|${NUMBER_WORDS}|\\d+k|weekly|monthly|weeks?|months?|wk|mo)(?![a-z])`, 'i');
/** A word that can be part of a number, for a reply to "how much?". */
exports.NUMBER_CUE = new RegExp(`\\d|^(?:${NUMBER_WORDS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`, 'i');
/** Dates: one or two per question ("entered 3/3/2026, paid 5/1/2026"); "on the 1st of January, 2025" fits. */
exports.DATE_WINDOWS = { before: 8, after: 8, maxChars: 32, maxWindows: 2 };
/** Amounts: "they want $4,000 and I make $900 a week" has two; a third covers "$1,200 a month rent". */
exports.AMOUNT_WINDOWS = { before: 8, after: 12, maxChars: 28, maxWindows: 3 };
/**
 * The first few windows of `text`, each a run of whole words around words that are cues (so "$1,234.56"
 * or "March 3, 2025" is never cut in two): a window starts a few characters before its first cue and
 * ends a few after its last, and is at most `maxChars` long.
 */
function windowsAround(text, cue, limits) {
    if (text.length <= limits.maxChars)
        return [{ text, offset: 0 }];
    const words = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, cue: cue.test(match[0]) }));
    const windows = [];
    let next = 0;
    while (windows.length < limits.maxWindows) {
        const first = words.findIndex((word, at) => at >= next && word.cue);
        if (first < 0)
            break;
        let from = first;
        while (from > next && words[from - 1].start >= words[first].start - limits.before)
            from -= 1;
        let to = first;
        let lastCue = first;
        for (let at = first + 1; at < words.length && words[at].end - words[from].start <= limits.maxChars; at += 1) {
            if (words[at].cue)
                lastCue = at;
            else if (words[at].end - words[lastCue].end > limits.after)
                break;
            to = at;
        }
        const start = words[from].start;
        // One giant "word" is clipped; anything else ends on a word boundary.
        windows.push({ text: text.slice(start, Math.min(words[to].end, start + limits.maxChars)), offset: start });
        next = to + 1;
    }
    return windows;
}
/** The text a prompt's recognizer may read: a reply to "when?" or "how much?" answers with one value. */
function firstWindow(text, cue, limits) {
    return windowsAround(text, cue, { ...limits, maxWindows: 1 })[0]?.text ?? '';
}
/** How much of a reply a choice or yes/no prompt reads; choices are a few words. */
exports.CHOICE_REPLY_CHARS = 48;
//# sourceMappingURL=recognizerWindows.js.map