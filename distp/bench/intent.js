"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHIPPED_BUILD_TARGET_MS = exports.SHIPPED_P99_TARGET_MS = exports.INTENT_P99_TARGET_MS = void 0;
exports.runIntentBench = runIntentBench;
exports.synthesize = synthesize;
exports.renderIntent = renderIntent;
exports.intentTargetMet = intentTargetMet;
const node_path_1 = require("node:path");
const evaluation_1 = require("../src/intent/evaluation");
const matcher_1 = require("../src/intent/matcher");
const load_1 = require("../src/kb/load");
const stats_1 = require("./stats");
/** The intent-layer targets, first pass with cold caches: p99 per question at 10,000 entries, and at the shipped size. */
exports.INTENT_P99_TARGET_MS = 3;
exports.SHIPPED_P99_TARGET_MS = 1;
/** Building the matcher over the shipped knowledge. */
exports.SHIPPED_BUILD_TARGET_MS = 100;
const TARGET_SIZE = 10_000;
const SYNTHETIC_SIZES = [1_000, 10_000];
/** Warm-up queries before timing; fewer at 10,000 entries, where each takes tens of ms. */
const WARMUP_QUERIES = 200;
const WARMUP_QUERIES_LARGE = 50;
const REPEAT_PASSES = 1;
async function runIntentBench(progress = () => undefined) {
    const gcExposed = (0, stats_1.collectGarbage)();
    // Real traffic is mostly questions seen for the first time, in people's own words: time the real
    // questions (test/eval/real.tsv) as well as the self-written ones.
    const questions = ['questions.tsv', 'real.tsv'].flatMap((file) => (0, evaluation_1.readQuestions)((0, node_path_1.join)(__dirname, '..', 'test', 'eval', file)).map(({ question }) => question));
    const heapStart = (0, stats_1.heapUsedMb)();
    const shipped = (0, load_1.loadKnowledge)();
    const runs = [];
    runs.push(measure('shipped', () => shipped, questions, heapStart, progress));
    for (const size of SYNTHETIC_SIZES) {
        (0, stats_1.collectGarbage)();
        runs.push(measure(`synthetic ${size.toLocaleString('en-US')}`, () => synthesize(shipped, size), questions, (0, stats_1.heapUsedMb)(), progress));
        await new Promise((resolve) => setImmediate(resolve));
    }
    (0, stats_1.collectGarbage)();
    return { questions: questions.length, gcExposed, runs };
}
function measure(label, makeKb, questions, heapBefore, progress) {
    const kb = makeKb();
    (0, stats_1.collectGarbage)();
    const heapKb = (0, stats_1.heapUsedMb)();
    const buildStart = process.hrtime.bigint();
    const matcher = new matcher_1.IntentMatcher(kb);
    const buildMs = (0, stats_1.msSince)(buildStart);
    (0, stats_1.collectGarbage)();
    const heapAfter = (0, stats_1.heapUsedMb)();
    progress(`intent ${label}: built in ${(0, stats_1.fmt)(buildMs, 0)} ms`);
    const firstStart = process.hrtime.bigint();
    matcher.match('what happens if the other side does not show up');
    const firstQueryMs = (0, stats_1.msSince)(firstStart);
    // Warm-up on phrasings that are not in the evaluation set (an entry's own alternates with the
    // last word dropped, so they miss the exact-phrase shortcut and go through ranking).
    const warmup = warmupQueries(kb).slice(0, kb.entries.length >= TARGET_SIZE ? WARMUP_QUERIES_LARGE : WARMUP_QUERIES);
    for (const query of warmup)
        matcher.match(query);
    const firstPass = timeQueries(matcher, questions);
    const repeat = [];
    for (let pass = 0; pass < REPEAT_PASSES; pass += 1)
        repeat.push(...timeQueries(matcher, questions));
    const phrasings = kb.entries.reduce((sum, entry) => sum + 1 + entry.alternates.length, 0);
    const run = {
        label,
        entries: kb.entries.length,
        phrasings,
        vocabulary: vocabularySize(kb),
        buildMs,
        firstQueryMs,
        firstPass: summarize(firstPass),
        repeatPasses: summarize(repeat),
        heapKbMb: heapKb - heapBefore,
        heapMatcherMb: heapAfter - heapKb,
        heapTotalMb: heapAfter,
    };
    progress(`intent ${label}: p99 ${(0, stats_1.fmt)(run.firstPass.p99, 2)} ms (first pass), ${(0, stats_1.fmt)(run.repeatPasses.p99, 2)} ms (repeat)`);
    return run;
}
function timeQueries(matcher, questions) {
    const times = [];
    for (const question of questions) {
        const start = process.hrtime.bigint();
        matcher.match(question);
        times.push((0, stats_1.msSince)(start));
    }
    return times;
}
function summarize(times) {
    return {
        count: times.length,
        p50: (0, stats_1.percentile)(times, 50),
        p99: (0, stats_1.percentile)(times, 99),
        max: Math.max(...times),
        mean: times.reduce((sum, t) => sum + t, 0) / times.length,
    };
}
function warmupQueries(kb) {
    const queries = [];
    for (const entry of kb.entries.slice(0, 80)) {
        for (const phrasing of entry.alternates.slice(0, 3)) {
            const words = phrasing.split(/\s+/);
            if (words.length > 2)
                queries.push(words.slice(0, -1).join(' '));
        }
    }
    return queries;
}
function vocabularySize(kb) {
    const words = new Set();
    for (const entry of kb.entries) {
        for (const phrasing of [entry.question, ...entry.alternates])
            for (const word of phrasing.toLowerCase().split(/[^a-z0-9áéíóúñü-]+/))
                if (word)
                    words.add(word);
    }
    return words.size;
}
// ---------------------------------------------------------------------------------------------
// Synthetic knowledge
/** A small deterministic PRNG (mulberry32), so every run builds the same synthetic knowledge. */
function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/**
 * A knowledge base of `size` entries: the shipped entries (so the evaluation questions keep their
 * answers) plus entries made by recombining the shipped ones: each phrasing is the start of one
 * shipped phrasing spliced onto the end of another, each body mixes paragraphs of two shipped
 * answers. Figures, synonyms, out-of-scope areas and the court calendar are the shipped ones.
 * The vocabulary therefore stays the shipped one: posting lists get denser than in a real
 * knowledge base of that size (pessimistic for ranking, optimistic for spelling correction).
 */
function synthesize(shipped, size, seed = 20_240_601) {
    const next = random(seed + size);
    const pick = (items) => items[Math.floor(next() * items.length)];
    const base = shipped.entries;
    const taken = new Set();
    for (const entry of base)
        for (const phrasing of [entry.question, ...entry.alternates])
            taken.add(key(phrasing));
    const allWords = [...new Set(base.flatMap((entry) => [entry.question, ...entry.alternates].flatMap((phrasing) => phrasing.split(/\s+/))))];
    const splice = (first, second) => {
        for (let attempt = 0; attempt < 8; attempt += 1) {
            const a = first.split(/\s+/);
            const b = (attempt % 2 === 0 ? second : pick(pick(base).alternates)).split(/\s+/);
            const cutA = 1 + Math.floor(next() * Math.max(1, a.length - 1));
            const cutB = Math.floor(next() * Math.max(1, b.length - 1));
            let phrasing = [...a.slice(0, cutA), ...b.slice(cutB)].join(' ');
            if (attempt >= 4)
                phrasing = `${phrasing} ${pick(allWords)}`;
            if (!taken.has(key(phrasing))) {
                taken.add(key(phrasing));
                return phrasing;
            }
        }
        const fallback = `${first} ${pick(allWords)} ${taken.size}`;
        taken.add(key(fallback));
        return fallback;
    };
    const entries = [...base];
    for (let i = base.length; i < size; i += 1) {
        const model = base[i % base.length];
        const donor = pick(base.filter((entry) => entry !== model));
        const paragraphs = [...model.body.split(/\n\s*\n/), ...donor.body.split(/\n\s*\n/)];
        const body = Array.from({ length: Math.max(2, model.body.split(/\n\s*\n/).length) }, () => pick(paragraphs)).join('\n\n');
        const id = `${model.id}-syn-${i}`;
        entries.push({
            ...model,
            id,
            question: splice(model.question, donor.question),
            alternates: model.alternates.map((alternate) => splice(alternate, pick(donor.alternates))),
            followUps: [...model.followUps],
            body,
            file: `synthetic/${id}.md`,
        });
    }
    return { ...shipped, entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
}
function key(phrasing) {
    return phrasing.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
// ---------------------------------------------------------------------------------------------
// Report
function renderIntent(report) {
    const rows = report.runs.map((run) => [
        run.label,
        run.entries.toLocaleString('en-US'),
        run.phrasings.toLocaleString('en-US'),
        (0, stats_1.fmt)(run.buildMs, 0),
        (0, stats_1.fmt)(run.firstQueryMs, 1),
        (0, stats_1.fmt)(run.firstPass.p50, 3),
        (0, stats_1.fmt)(run.firstPass.p99, 3),
        (0, stats_1.fmt)(run.firstPass.max, 2),
        (0, stats_1.fmt)(run.repeatPasses.p50, 3),
        (0, stats_1.fmt)(run.repeatPasses.p99, 3),
        (0, stats_1.fmt)(run.heapKbMb, 1),
        (0, stats_1.fmt)(run.heapMatcherMb, 1),
        (0, stats_1.fmt)(run.heapTotalMb, 1),
    ]);
    const target = report.runs.find((run) => run.entries === TARGET_SIZE);
    const lines = [
        '## 1. Intent layer (`IntentMatcher.match`, in-process)',
        '',
        `${report.questions} questions from \`test/eval/questions.tsv\` and \`test/eval/real.tsv\`, each timed alone after ${WARMUP_QUERIES} warm-up queries (${WARMUP_QUERIES_LARGE} at 10,000 entries). ` +
            `"first pass" = the first time the matcher sees the set (typo corrections computed); "repeat" = ${REPEAT_PASSES} more pass(es) (typo corrections served from the speller's cache). ` +
            `Heap figures are \`heapUsed\` deltas after ${report.gcExposed ? 'a forced full GC (gc exposed at run time via v8.setFlagsFromString)' : 'no forced GC (gc not available, numbers are noisy)'}.`,
        '',
        (0, stats_1.table)(['knowledge', 'entries', 'phrasings', 'build ms', '1st query ms', 'p50 ms', 'p99 ms', 'max ms', 'repeat p50 ms', 'repeat p99 ms', 'KB heap MB', 'index heap MB', 'heap after build MB'], rows),
        '',
    ];
    const shipped = report.runs.find((run) => run.label === 'shipped');
    if (shipped) {
        lines.push(`Target: first-pass p99 < ${exports.SHIPPED_P99_TARGET_MS} ms at the shipped size → ${(0, stats_1.fmt)(shipped.firstPass.p99, 2)} ms: ${(0, stats_1.verdict)(shipped.firstPass.p99 < exports.SHIPPED_P99_TARGET_MS)}; build < ${exports.SHIPPED_BUILD_TARGET_MS} ms → ${(0, stats_1.fmt)(shipped.buildMs, 0)} ms: ${(0, stats_1.verdict)(shipped.buildMs < exports.SHIPPED_BUILD_TARGET_MS)}`, '');
    }
    if (target) {
        const worst = Math.max(target.firstPass.p99, target.repeatPasses.p99);
        lines.push(`Target: p99 < ${exports.INTENT_P99_TARGET_MS} ms at ${TARGET_SIZE.toLocaleString('en-US')} entries → first pass ${(0, stats_1.fmt)(target.firstPass.p99, 2)} ms, repeat ${(0, stats_1.fmt)(target.repeatPasses.p99, 2)} ms: ${(0, stats_1.verdict)(worst < exports.INTENT_P99_TARGET_MS)}`, '');
    }
    return lines.join('\n');
}
function intentTargetMet(report) {
    const target = report.runs.find((run) => run.entries === TARGET_SIZE);
    return !!target && Math.max(target.firstPass.p99, target.repeatPasses.p99) < exports.INTENT_P99_TARGET_MS;
}
