/**
 * `npm run eval`: how well the intent layer maps people's real wording to the right entry.
 * Prints top-1 accuracy, top-3 recall, out-of-scope precision/recall, per-topic accuracy and every miss.
 */
import { join } from 'node:path';
import { evaluate, readQuestions } from '../src/intent/evaluation';
import { IntentMatcher } from '../src/intent/matcher';
import { loadKnowledge } from '../src/kb/load';

const file = process.argv[2] ?? join(__dirname, '..', 'test', 'eval', 'questions.tsv');
const kb = loadKnowledge();
const matcher = new IntentMatcher(kb);
const report = evaluate(matcher, readQuestions(file), (id) => kb.byId.get(id)?.topic ?? 'unknown-id');
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

console.log(`Questions: ${report.total} (${report.inScope} in scope, ${report.outOfScope} out of scope) over ${kb.entries.length} entries`);
console.log(`Top-1 accuracy:          ${pct(report.top1Accuracy)}`);
console.log(`Top-3 recall:            ${pct(report.top3Recall)}`);
console.log(`Out-of-scope recall:     ${pct(report.outOfScopeRecall)}`);
console.log(`Out-of-scope precision:  ${pct(report.outOfScopePrecision)}`);
console.log(`Clarified (in scope):    ${pct(report.clarifyRate)}`);
console.log(`Answered right directly: ${pct(report.directAccuracy)}`);
console.log('\nBy topic:');
for (const [topic, { total, correct }] of [...report.byTopic].sort()) {
  console.log(`  ${topic.padEnd(14)} ${pct(correct / total).padStart(6)}  (${correct}/${total})`);
}
if (report.misses.length) {
  console.log(`\nMisses (${report.misses.length}):`);
  for (const miss of report.misses) {
    console.log(`  [${miss.expected} -> ${miss.got} (${miss.kind} ${miss.score})] ${miss.question}`);
  }
}
