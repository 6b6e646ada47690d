/**
 * `npm run eval:tune`: fits the confidence model and chooses the operating point, on the DEV split of
 * the real questions plus the self-written set. The test split is never read here.
 *
 * 1. Run the matcher once; each question's features (see src/intent/confidence.ts) and whether its
 *    best-ranked entry is right.
 * 2. Fit two logistic regressions by gradient descent (ten weights, a few hundred rows, no library
 *    needed): features → "the best entry is right" (on questions some entry answers), and
 *    features → "some entry answers it" (on all).
 * 3. Sweep the in-scope and answer thresholds and the tie share (deciding again from the one run), scoring each by what the person gets:
 *    a right answer +1, a clarification that lists a right entry +0.6, a wrong answer −1, turning
 *    away a question some entry answers −0.7 (the person is left with nothing); off-topic: turned away +1, answered −1.
 * Prints the fitted model and the best operating points, to copy into src/intent/settings.ts.
 */
import { join } from 'node:path';
import { confidenceOf, FEATURE_NAMES, type ConfidenceModel, type MatchFeatures } from '../src/intent/confidence';
import { decide } from '../src/intent/decision';
import { DEFAULT_MATCHER_SETTINGS } from '../src/intent/settings';
import { type LabeledQuestion, type Outcome, rates, readQuestions, runMatcher, summarize } from '../src/intent/evaluation';
import { IntentMatcher } from '../src/intent/matcher';
import { inLanguage, loadKnowledge } from '../src/kb/load';
import type { Language } from '../src/kb/types';

const EVAL_DIR = join(__dirname, '..', 'test', 'eval');
// `-- --language es` fits the Spanish matcher on the Spanish dev split (test/eval/es.tsv) instead.
const language: Language = process.argv.includes('es') ? 'es' : 'en';
const kb = inLanguage(loadKnowledge(), language);
const dev: LabeledQuestion[] =
  language === 'es'
    ? readQuestions(join(EVAL_DIR, 'es.tsv')).filter((q) => q.split === 'dev')
    : [...readQuestions(join(EVAL_DIR, 'real.tsv')).filter((q) => q.split === 'dev'), ...readQuestions(join(EVAL_DIR, 'questions.tsv'))];

const baseline = runMatcher(new IntentMatcher(kb), dev);
// Real dev and self-written questions weigh the same in total, so the model learns what real
// questions look like rather than what our own phrasings look like.
const realCount = baseline.filter((o) => o.item.split === 'dev').length;
const selfCount = baseline.length - realCount;
const weightOf = (o: Outcome): number => (!selfCount ? 1 : o.item.split === 'dev' ? baseline.length / (2 * realCount) : baseline.length / (2 * selfCount));
const withFeatures = baseline.filter((o) => o.result.features);
// Is the best entry right: learned on the questions some entry answers.
const model = fit(withFeatures.filter((o) => o.item.label === 'entry').map((o) => ({ x: o.result.features!, y: o.topRight ? 1 : 0, weight: weightOf(o) })));
// Does any entry answer it: learned on all of them.
const inScopeModel = fit(withFeatures.map((o) => ({ x: o.result.features!, y: o.item.label === 'entry' ? 1 : 0, weight: weightOf(o) })));
console.log('confidence:', JSON.stringify(model));
console.log('inScope:   ', JSON.stringify(inScopeModel));

// The decision is a pure function of the ranking and the confidence, so each operating point is
// decided again from the one run rather than matched again.
const rescored = baseline.map((o) => ({
  ...o,
  confidence: o.result.features ? confidenceOf(o.result.features, model) : 1,
  inScope: o.result.features ? confidenceOf(o.result.features, inScopeModel) : 1,
}));
const rows: Array<{ answerAbove: number; inScopeAbove: number; tieShare: number; utility: number; outcomes: Outcome[] }> = [];
for (const tieShare of [0.8, 0.85, 0.9, 0.95]) {
  for (let answerAbove = 0.3; answerAbove <= 0.9001; answerAbove += 0.05) {
    for (let inScopeAbove = 0.1; inScopeAbove <= 0.9001; inScopeAbove += 0.025) {
      const settings = { answerAbove: round(answerAbove), inScopeAbove: round(inScopeAbove), tieShare, maxClarify: DEFAULT_MATCHER_SETTINGS.maxClarify };
      const outcomes = rescored.map((o) => ({ ...o, result: { ...o.result, decision: decide(o.result.candidates, o.confidence, o.inScope, settings) } }));
      rows.push({ ...settings, utility: utility(outcomes), outcomes });
    }
  }
}
rows.sort((a, b) => b.utility - a.utility);
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(6);
console.log('answer inScope tieShare | utility | real dev: right  within  wrong  clarif  in-away  off-away');
for (const row of rows.slice(0, 10)) {
  const r = rates(summarize(row.outcomes.filter((o) => o.item.split === 'dev')));
  console.log(`${String(row.answerAbove).padEnd(6)} ${String(row.inScopeAbove).padEnd(7)} ${String(row.tieShare).padEnd(8)} | ${row.utility.toFixed(3)} | ${pct(r.answeredRight)} ${pct(r.withinClarify)} ${pct(r.answeredWrong)} ${pct(r.clarified)} ${pct(r.inScopeTurnedAway)} ${pct(r.outOfScopeTurnedAway)}`);
}

/** Real dev and self-written questions count equally, whatever their sizes. */
function utility(outcomes: readonly Outcome[]): number {
  const isReal = (o: Outcome): boolean => o.item.split === 'dev';
  const self = outcomes.filter((o) => !isReal(o));
  if (!self.length) return groupUtility(outcomes);
  return (groupUtility(outcomes.filter(isReal)) + groupUtility(self)) / 2;
}

function groupUtility(outcomes: readonly Outcome[]): number {
  let inScope = 0;
  let inCount = 0;
  let off = 0;
  let offCount = 0;
  for (const { item, result } of outcomes) {
    const d = result.decision;
    if (item.label === 'none' || item.label === 'gap') {
      offCount += 1;
      off += d.kind === 'fallback' ? 1 : d.kind === 'clarify' ? -0.5 : -1;
      continue;
    }
    inCount += 1;
    if (d.kind === 'answer') inScope += item.expected.includes(d.id) ? 1 : -1;
    else if (d.kind === 'clarify') inScope += d.candidates.some((c) => item.expected.includes(c.id)) ? 0.6 : -0.5;
    else inScope -= 0.7;
  }
  return inScope / Math.max(1, inCount) + off / Math.max(1, offCount);
}

/** Logistic regression by batch gradient descent with a little L2, features used as they are. */
function fit(data: ReadonlyArray<{ x: MatchFeatures; y: number; weight: number }>): ConfidenceModel {
  const w = new Map(FEATURE_NAMES.map((name) => [name, 0]));
  let bias = 0;
  const rate = 0.5;
  const l2 = 1e-3;
  for (let step = 0; step < 20_000; step += 1) {
    let gradBias = 0;
    const grad = new Map(FEATURE_NAMES.map((name) => [name, 0]));
    for (const { x, y, weight } of data) {
      let z = bias;
      for (const name of FEATURE_NAMES) z += w.get(name)! * x[name];
      const error = weight * (1 / (1 + Math.exp(-z)) - y);
      gradBias += error;
      for (const name of FEATURE_NAMES) grad.set(name, grad.get(name)! + error * x[name]);
    }
    bias -= (rate * gradBias) / data.length;
    for (const name of FEATURE_NAMES) w.set(name, w.get(name)! - rate * (grad.get(name)! / data.length + l2 * w.get(name)!));
  }
  const weights = Object.fromEntries(FEATURE_NAMES.map((name) => [name, round(w.get(name)!)])) as Record<(typeof FEATURE_NAMES)[number], number>;
  return { bias: round(bias), weights };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
