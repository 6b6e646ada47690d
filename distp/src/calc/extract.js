"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.periodIn = periodIn;
exports.extractFacts = extractFacts;
const recognizerWindows_1 = require("./recognizerWindows");
const CULTURE = 'en-us';
// Ordered: "every two weeks" must be tried before "week".
const PERIOD_PATTERNS = [
    [/\b(bi-?weekly|every (two|2|other) weeks?|every 2 wks|each two weeks|fortnight(ly)?)\b/, 'biweekly'],
    [/\b(semi-?monthly|twice a month|two times a month|1st and 15th|15th and (the )?(30th|last))\b/, 'semimonthly'],
    [/\b(a|per|each|every|\/)\s?(week|wk)\b|\bweekly\b/, 'weekly'],
    [/\b(a|per|each|every|\/)\s?(month|mo)\b|\bmonthly\b/, 'monthly'],
];
function periodIn(text) {
    const lower = text.toLowerCase();
    return PERIOD_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1];
}
/**
 * Dates and dollar amounts a person wrote in a question ("judgment was on 3/3/2026", "they want $4,000
 * and I make $900 a week"), found with Microsoft's text recognizers, the same ones the Bot Framework
 * prompts use.
 */
function extractFacts(text, today) {
    const dateSpans = datesIn(text, today);
    return { dates: dateSpans.map(({ date }) => date), dateSpans, amounts: amountsIn(text), period: periodIn(text) };
}
/**
 * Runs a recognizer on the short windows of a text only (see recognizerWindows.ts for why), with
 * offsets mapped back to the whole text. The recognizers are loaded on first use: most turns never
 * need them and they take a noticeable part of start-up.
 */
function recognizeIn(windows, recognize) {
    return windows.flatMap((window) => recognize(window.text).map((result) => ({ ...result, start: result.start + window.offset, end: result.end + window.offset })));
}
/* eslint-disable @typescript-eslint/no-require-imports */
const recognizeDateTime = (text, reference) => require('@microsoft/recognizers-text-date-time').recognizeDateTime(text, CULTURE, undefined, reference);
const recognizeCurrency = (text) => require('@microsoft/recognizers-text-number-with-unit').recognizeCurrency(text, CULTURE);
const recognizeNumber = (text) => require('@microsoft/recognizers-text-number').recognizeNumber(text, CULTURE);
/* eslint-enable @typescript-eslint/no-require-imports */
function datesIn(text, today) {
    const reference = new Date(`${today}T12:00:00Z`);
    const found = [];
    for (const result of recognizeIn((0, recognizerWindows_1.windowsAround)(text, recognizerWindows_1.DATE_CUE, recognizerWindows_1.DATE_WINDOWS), (window) => recognizeDateTime(window, reference))) {
        const values = (result.resolution?.values ?? [])
            .filter((value) => value.type === 'date' && typeof value.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.value))
            .map((value) => value.value)
            .filter((value) => value <= today)
            .sort();
        const latest = values[values.length - 1];
        if (latest)
            found.push({ date: latest, start: result.start, end: result.end });
    }
    return found;
}
function amountsIn(text) {
    const lower = text.toLowerCase();
    const amounts = [];
    const taken = [];
    const push = (value, start, end) => {
        if (!(value > 0) || taken.some(([from, to]) => start <= to && end >= from))
            return;
        taken.push([start, end]);
        const after = lower.slice(end + 1, end + 24);
        const period = periodIn(after.split(/[,.;]| and /)[0] ?? '');
        amounts.push({ value, start, end, ...(period ? { period } : {}), monthly: period === 'monthly' });
    };
    const windows = (0, recognizerWindows_1.windowsAround)(text, recognizerWindows_1.AMOUNT_CUE, recognizerWindows_1.AMOUNT_WINDOWS);
    for (const result of recognizeIn(windows, recognizeCurrency)) {
        const resolution = result.resolution;
        if (resolution?.unit === 'Dollar' || resolution?.unit === 'Cent')
            push(Number(resolution.value) * (resolution.unit === 'Cent' ? 0.01 : 1), result.start, result.end);
    }
    // Plain numbers count as money only when a pay period or "dollars" follows ("900 a week").
    for (const result of recognizeIn(windows, recognizeNumber)) {
        const after = lower.slice(result.end + 1, result.end + 24);
        const value = Number(result.resolution?.value);
        if (/^\s*(dollars|bucks)/.test(after) || periodIn(after.split(/[,.;]/)[0] ?? ''))
            push(value, result.start, result.end);
    }
    return amounts.sort((a, b) => a.start - b.start);
}
//# sourceMappingURL=extract.js.map