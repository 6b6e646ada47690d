"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InputError = exports.FigureError = void 0;
/** A calculator needs a figure that figures.yaml does not have (an editing mistake, not a user's). */
class FigureError extends Error {
    constructor(id, problem = 'is missing from knowledge/figures.yaml') {
        super(`[calc] figure "${id}" ${problem}`);
        this.name = 'FigureError';
    }
}
exports.FigureError = FigureError;
/** Input a person gave that a calculator cannot use; the message is safe to show them. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
exports.InputError = InputError;
//# sourceMappingURL=errors.js.map