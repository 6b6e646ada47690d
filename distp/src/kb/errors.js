"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KnowledgeError = void 0;
/** A knowledge file that cannot be used. The message names the file and the field so an editor can fix it. */
class KnowledgeError extends Error {
    file;
    field;
    problem;
    constructor(file, field, problem) {
        super(`[knowledge] ${file}: ${field ? `${field} ` : ''}${problem}`);
        this.file = file;
        this.field = field;
        this.problem = problem;
        this.name = 'KnowledgeError';
    }
}
exports.KnowledgeError = KnowledgeError;
