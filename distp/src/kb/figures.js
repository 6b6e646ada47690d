"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FIGURE_PLACEHOLDER = void 0;
exports.formatFigure = formatFigure;
exports.formatIsoDate = formatIsoDate;
exports.figuresUsed = figuresUsed;
exports.fillFigures = fillFigures;
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
/** `{{figure_id}}` shows the value; `{{asof:figure_id}}` shows the date it took effect. */
exports.FIGURE_PLACEHOLDER = /\{\{\s*(asof:)?([a-z0-9_]+)\s*\}\}/g;
function formatFigure(figure) {
    const { value, format } = figure;
    if (typeof value === 'string')
        return value;
    switch (format) {
        case 'usd':
            return usd.format(value);
        case 'usd-cents':
            return usdCents.format(value);
        case 'percent':
            return `${value}%`;
        case 'days':
            return `${value} days`;
        case 'number':
            return value.toLocaleString('en-US');
        case 'text':
            return String(value);
    }
}
function formatIsoDate(iso) {
    return longDate.format(new Date(`${iso}T00:00:00Z`));
}
/** Names of the figures a text refers to, in order of first use. */
function figuresUsed(text) {
    const ids = new Set();
    for (const match of text.matchAll(exports.FIGURE_PLACEHOLDER))
        ids.add(match[2]);
    return [...ids];
}
/**
 * Replaces placeholders with figure values. An unknown id is left visible as "[figure id]" rather than
 * silently dropped; the loader refuses such files, so this only shows up in an unchecked draft.
 */
function fillFigures(text, figures) {
    return text.replace(exports.FIGURE_PLACEHOLDER, (_whole, asOf, id) => {
        const figure = figures.get(id);
        if (!figure)
            return `[${id}]`;
        if (!asOf)
            return formatFigure(figure);
        // kb:check warns about a figure with no effective date; the reader gets an honest fallback.
        return figure.asOf ? `as of ${formatIsoDate(figure.asOf)}` : 'date not confirmed';
    });
}
