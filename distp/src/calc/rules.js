"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.figure = figure;
exports.numberFigure = numberFigure;
exports.sourceOf = sourceOf;
exports.figureInEffect = figureInEffect;
const errors_1 = require("./errors");
/** A figure the calculators need, read from figures.yaml so no number lives in calculator code. */
function figure(kb, id) {
    const found = kb.figures.get(id);
    if (!found)
        throw new errors_1.FigureError(id);
    return found;
}
function numberFigure(kb, id) {
    const { value } = figure(kb, id);
    if (typeof value !== 'number')
        throw new errors_1.FigureError(id, 'must be a number');
    return value;
}
function sourceOf(kb, id) {
    const { citation, source } = figure(kb, id);
    return { citation, source };
}
/**
 * The newest figure whose id starts with `prefix` and that took effect on or before `date`: used for
 * values with a history, such as the state minimum wage.
 */
function figureInEffect(kb, prefix, date) {
    return [...kb.figures.values()]
        .filter((candidate) => candidate.id.startsWith(prefix) && typeof candidate.value === 'number' && candidate.asOf !== undefined && candidate.asOf <= date)
        .sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
}
//# sourceMappingURL=rules.js.map