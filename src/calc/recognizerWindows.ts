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
const RELATIVE = 'today|yesterday|tomorrow|ago|last|next|weeks?|months?|years?|days?';
const NUMBER_WORDS = 'hundred|thousand|grand|million|(?:twen|thir|for|fif|six|seven|eigh|nine)ty';
// The same in Spanish, with and without accents ("miércoles"); "primero" starts "primero de junio".
// "Hace dos semanas" is read by a rule over the whole text (extractSpanish.ts), so "hace", "semanas"
// and the like, common in any story, do not spend the windows.
const SPANISH_DATE_WORDS =
  'ene(?:ro)?|febrero|marzo|abr|abril|mayo|junio|julio|ago(?:sto)?|sep?tiembre|setiembre|octubre|noviembre|dic(?:iembre)?|primero|' +
  'lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|hoy|ayer|anteayer|antier';
const SPANISH_NUMBER_WORDS = 'mil|cien|ciento|cientos|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos|(?:veint|treint|cuarent|cincuent|sesent|setent|ochent|novent)[ae]';
const SPANISH_PERIOD_WORDS = 'cada|semanas?|semanal(?:es)?|mes|meses|mensual(?:es)?|quincenas?|quincenal(?:es)?|catorcenal(?:es)?|d[oó]lares|dls|dlls';

/** A word that can be part of a date: one starting with a digit ("3/3/2026", "3rd"), a month or weekday name, a relative word, in English or Spanish. */
export const DATE_CUE = new RegExp(`^[(¿¡]?(?:\\d|(?:${MONTHS}|${WEEKDAYS}|${RELATIVE}|${SPANISH_DATE_WORDS})(?![a-záéíóúñ]))`, 'i');
/**
 * A word that marks an amount of money in a question: a dollar sign, "dollars", or a pay period (a
 * plain number counts as money only before one: "900 a week"). Bare numbers are left out so dates and
 * case numbers do not spend the windows.
 */
export const AMOUNT_CUE = new RegExp(`\\$|^(?:dollars?|bucks|${NUMBER_WORDS}|\\d+k|weekly|monthly|weeks?|months?|wk|mo|${SPANISH_NUMBER_WORDS}|${SPANISH_PERIOD_WORDS})(?![a-záéíóúñ])`, 'i');
/** A word that can be part of a number, for a reply to "how much?". */
export const NUMBER_CUE = new RegExp(`\\d|^(?:${NUMBER_WORDS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|${SPANISH_NUMBER_WORDS}|uno?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)`, 'i');

/** Dates: one or two per question ("entered 3/3/2026, paid 5/1/2026"); "on the 1st of January, 2025" fits. */
export const DATE_WINDOWS: WindowLimits = { before: 8, after: 8, maxChars: 32, maxWindows: 2 };
/** Amounts: "they want $4,000 and I make $900 a week" has two; a third covers "$1,200 a month rent". */
export const AMOUNT_WINDOWS: WindowLimits = { before: 8, after: 12, maxChars: 28, maxWindows: 3 };
/**
 * Spanish dates are longer ("el 15 de septiembre de 2026"), and the amount before a period word sits
 * further from it ("1,100 a la semana"); the Spanish readers (extractSpanish.ts) cost a few
 * milliseconds a window, so their windows can be a little longer.
 */
export const SPANISH_DATE_WINDOWS: WindowLimits = { before: 4, after: 10, maxChars: 40, maxWindows: 2 };
export const SPANISH_AMOUNT_WINDOWS: WindowLimits = { before: 14, after: 14, maxChars: 36, maxWindows: 3 };

/**
 * The first few windows of `text`, each a run of whole words around words that are cues (so "$1,234.56"
 * or "March 3, 2025" is never cut in two): a window starts a few characters before its first cue and
 * ends a few after its last, and is at most `maxChars` long.
 */
export function windowsAround(text: string, cue: RegExp, limits: WindowLimits): TextWindow[] {
  if (text.length <= limits.maxChars) return [{ text, offset: 0 }];
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, cue: cue.test(match[0]) }));
  const windows: TextWindow[] = [];
  let next = 0;
  while (windows.length < limits.maxWindows) {
    const first = words.findIndex((word, at) => at >= next && word.cue);
    if (first < 0) break;
    let from = first;
    while (from > next && words[from - 1]!.start >= words[first]!.start - limits.before) from -= 1;
    let to = first;
    let lastCue = first;
    for (let at = first + 1; at < words.length && words[at]!.end - words[from]!.start <= limits.maxChars; at += 1) {
      if (words[at]!.cue) lastCue = at;
      else if (words[at]!.end - words[lastCue]!.end > limits.after) break;
      to = at;
    }
    const start = words[from]!.start;
    // One giant "word" is clipped; anything else ends on a word boundary.
    windows.push({ text: text.slice(start, Math.min(words[to]!.end, start + limits.maxChars)), offset: start });
    next = to + 1;
  }
  return windows;
}

/** The text a prompt's recognizer may read: a reply to "when?" or "how much?" answers with one value. */
export function firstWindow(text: string, cue: RegExp, limits: WindowLimits): string {
  return windowsAround(text, cue, { ...limits, maxWindows: 1 })[0]?.text ?? '';
}

/** How much of a reply a choice or yes/no prompt reads; choices are a few words. */
export const CHOICE_REPLY_CHARS = 48;
