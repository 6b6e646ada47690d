/**
 * `npm run eval:tune`: sweeps the matcher's main settings over the evaluation set and prints the
 * best combinations, so thresholds in src/intent/settings.ts are chosen from data, not guessed.
 * Objective: top-1 accuracy plus out-of-scope recall and precision, each weighted equally, plus half the
 * share answered right without a clarifying question (a clarification costs the person a step).
 */
import { join } from 'node:path';
import { evaluate, readQuestions } from '../src/intent/evaluation';
import { IntentMatcher } from '../src/intent/matcher';
import type { MatcherSettings } from '../src/intent/settings';
import { loadKnowledge } from '../src/kb/load';

const kb = loadKnowledge();
const questions = readQuestions(join(__dirname, '..', 'test', 'eval', 'questions.tsv'));
const topicOf = (id: string): string => kb.byId.get(id)?.topic ?? 'unknown';

const grid = {
  fallbackBelow: [0.005, 0.01, 0.02, 0.05, 0.1],
  unknownWordWeight: [0.3],
  phrasingShare: [0.4, 0.55],
  bodyShare: [0.15],
  roleBoost: [0.12],
  scoreExponent: [1, 2, 3, 4],
};

const rows: Array<{ settings: Partial<MatcherSettings>; top1: number; top3: number; recall: number; precision: number; direct: number; objective: number }> = [];
for (const unknownWordWeight of grid.unknownWordWeight) {
  for (const phrasingShare of grid.phrasingShare) {
    for (const fallbackBelow of grid.fallbackBelow) for (const bodyShare of grid.bodyShare) for (const roleBoost of grid.roleBoost) for (const scoreExponent of grid.scoreExponent) {
      const settings = { fallbackBelow, unknownWordWeight, phrasingShare, bodyShare, roleBoost, scoreExponent };
      const report = evaluate(new IntentMatcher(kb, settings), questions, topicOf);
      const objective = report.top1Accuracy + report.outOfScopeRecall + report.outOfScopePrecision + 0.5 * report.directAccuracy;
      rows.push({ settings, top1: report.top1Accuracy, top3: report.top3Recall, recall: report.outOfScopeRecall, precision: report.outOfScopePrecision, direct: report.directAccuracy, objective });
    }
  }
}
rows.sort((a, b) => b.objective - a.objective);
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(6);
console.log('fallbackBelow unknownWeight phrasingShare bodyShare roleBoost exponent |  top-1  top-3  oos-R  oos-P direct');
for (const row of rows.slice(0, 12)) {
  const { fallbackBelow, unknownWordWeight, phrasingShare, bodyShare, roleBoost, scoreExponent } = row.settings;
  console.log(`${String(fallbackBelow).padEnd(13)} ${String(unknownWordWeight).padEnd(13)} ${String(phrasingShare).padEnd(13)} ${String(bodyShare).padEnd(9)} ${String(roleBoost).padEnd(9)} ${String(scoreExponent).padEnd(8)} | ${pct(row.top1)} ${pct(row.top3)} ${pct(row.recall)} ${pct(row.precision)} ${pct(row.direct)}`);
}
