"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GAP = exports.NONE = void 0;
exports.splitOf = splitOf;
exports.readQuestions = readQuestions;
exports.runMatcher = runMatcher;
exports.evaluate = evaluate;
exports.summarize = summarize;
exports.rates = rates;
exports.reliability = reliability;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
/** The label of a question no entry should answer (outside California small claims). */
exports.NONE = 'none';
/** The label of an in-scope question that no entry answers yet (a gap in the knowledge). */
exports.GAP = 'gap';
/**
 * The split a real question belongs to, fixed once by a hash of its text so that no later edit to
 * the matcher, the entries or the file's order can move a question between dev and test.
 */
function splitOf(question) {
    return (0, node_crypto_1.createHash)('sha256').update(question).digest()[0] < 128 ? 'test' : 'dev';
}
function parseLabel(raw) {
    const value = raw.trim();
    if (value === exports.NONE || value === '')
        return { expected: [], label: exports.NONE };
    if (value === exports.GAP)
        return { expected: [], label: exports.GAP };
    return { expected: value.split('|').map((id) => id.trim()).filter(Boolean), label: 'entry' };
}
/** Reads a TSV with a header naming at least `question` and `expected` (and optionally `split`, `source`). */
function readQuestions(path) {
    const [header = '', ...lines] = (0, node_fs_1.readFileSync)(path, 'utf8').split(/\r?\n/);
    const columns = header.split('\t').map((name) => name.trim());
    const at = (name) => columns.indexOf(name);
    return lines
        .filter((line) => line.trim())
        .map((line) => {
        const cells = line.split('\t');
        const cell = (name) => (at(name) >= 0 ? cells[at(name)]?.trim() : undefined);
        const split = cell('split');
        const source = cell('source');
        return {
            question: cell('question') ?? '',
            ...parseLabel(cell('expected') ?? ''),
            ...(split === 'dev' || split === 'test' ? { split } : {}),
            ...(source ? { source } : {}),
        };
    });
}
function runMatcher(matcher, questions) {
    return questions.map((item) => {
        const result = matcher.match(item.question);
        const { decision } = result;
        const first = decision.kind === 'answer' ? decision.id : decision.kind === 'clarify' ? decision.candidates[0]?.id : undefined;
        const topRight = item.expected.includes(result.candidates[0]?.id ?? '');
        return { item, result, ...(first ? { first } : {}), topRight };
    });
}
/** Scores the matcher on labeled questions, each asked with no conversation context. */
function evaluate(matcher, questions) {
    return summarize(runMatcher(matcher, questions));
}
function summarize(outcomes) {
    const report = {
        total: outcomes.length, answerable: 0, gaps: 0, outOfScope: 0, answeredRight: 0, withinClarify: 0, answeredWrong: 0,
        clarified: 0, inScopeTurnedAway: 0, gapsTurnedAway: 0, outOfScopeTurnedAway: 0, top3: 0, firstRight: 0, top1: 0, outcomes,
    };
    for (const { item, result, first } of outcomes) {
        const { decision } = result;
        const fellBack = decision.kind === 'fallback';
        if (item.label === exports.NONE) {
            report.outOfScope += 1;
            if (fellBack)
                report.outOfScopeTurnedAway += 1;
            continue;
        }
        if (fellBack)
            report.inScopeTurnedAway += 1;
        if (item.label === exports.GAP) {
            report.gaps += 1;
            if (fellBack)
                report.gapsTurnedAway += 1;
            continue;
        }
        report.answerable += 1;
        const right = (id) => item.expected.includes(id);
        if (result.candidates.slice(0, 3).some((candidate) => right(candidate.id)))
            report.top3 += 1;
        if (first && right(first))
            report.firstRight += 1;
        if (right(result.candidates[0]?.id ?? ''))
            report.top1 += 1;
        if (decision.kind === 'answer') {
            if (right(decision.id))
                report.answeredRight += 1;
            else
                report.answeredWrong += 1;
        }
        if (decision.kind === 'clarify')
            report.clarified += 1;
        if ((decision.kind === 'answer' && right(decision.id)) || (decision.kind === 'clarify' && decision.candidates.some((candidate) => right(candidate.id)))) {
            report.withinClarify += 1;
        }
    }
    return report;
}
function rates(report) {
    const ratio = (part, whole) => (whole ? part / whole : 1);
    return {
        answeredRight: ratio(report.answeredRight, report.answerable),
        withinClarify: ratio(report.withinClarify, report.answerable),
        answeredWrong: ratio(report.answeredWrong, report.answerable),
        clarified: ratio(report.clarified, report.answerable),
        inScopeTurnedAway: ratio(report.inScopeTurnedAway, report.answerable + report.gaps),
        outOfScopeTurnedAway: ratio(report.outOfScopeTurnedAway, report.outOfScope),
        top3: ratio(report.top3, report.answerable),
        firstRight: ratio(report.firstRight, report.answerable),
        top1: ratio(report.top1, report.answerable),
        coverage: ratio(report.answerable, report.answerable + report.gaps),
    };
}
/** For each confidence band: how many questions fell in it and how often the best entry was right. */
function reliability(outcomes, bands = 10) {
    return Array.from({ length: bands }, (_, band) => {
        const from = band / bands;
        const to = (band + 1) / bands;
        const inBand = outcomes.filter(({ result }) => result.confidence >= from && (result.confidence < to || (band === bands - 1 && result.confidence <= 1)));
        return { from, to, count: inBand.length, right: inBand.length ? inBand.filter((outcome) => outcome.topRight).length / inBand.length : 0 };
    });
}
