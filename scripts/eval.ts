/**
 * `npm run eval`: how well the intent layer maps people's wording to the right entry, on three sets:
 * the self-written questions (test/eval/questions.tsv, written with the phrasings and tuned on), and
 * the real questions people asked publicly (test/eval/real.tsv), split into dev (tuned on) and test
 * (never tuned on). Quote test. Misses are listed for dev; `--test-misses` lists test's too, for the
 * record — never to write phrasings or synonyms from.
 */
import { join } from 'node:path';
import { type EvalReport, type LabeledQuestion, type Outcome, rates, readQuestions, reliability, summarize, runMatcher } from '../src/intent/evaluation';
import { IntentMatcher } from '../src/intent/matcher';
import { loadKnowledge } from '../src/kb/load';

const EVAL_DIR = join(__dirname, '..', 'test', 'eval');
const showTestMisses = process.argv.includes('--test-misses');

const kb = loadKnowledge();
const matcher = new IntentMatcher(kb);
const real = readQuestions(join(EVAL_DIR, 'real.tsv'));
const sets: Array<{ name: string; questions: LabeledQuestion[]; misses: boolean }> = [
  { name: 'real test (held out)', questions: real.filter((q) => q.split === 'test'), misses: showTestMisses },
  { name: 'real dev', questions: real.filter((q) => q.split === 'dev'), misses: true },
  { name: 'self-written', questions: readQuestions(join(EVAL_DIR, 'questions.tsv')), misses: false },
];
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(6);

const s = matcher.settingsInUse;
console.log(`Operating point: turn away below in-scope chance ${s.inScopeAbove}; answer at confidence >= ${s.answerAbove} or when nothing is tied; else offer entries within ${s.tieShare} of the best. ${kb.entries.length} entries.\n`);
const reports = sets.map((set) => ({ ...set, report: summarize(runMatcher(matcher, set.questions)) }));
console.log('set                    | n (in/gap/out) | answered right | within clarify | wrong answer | clarified | in-scope turned away | off-topic turned away | top-1 | top-3 | coverage');
for (const { name, report } of reports) printRow(name, report);

// Is "confidence" what it says: of the questions given confidence c, is about c of the best entries right?
const [testBands, devBands] = reports.slice(0, 2).map(({ report }) => reliability(report.outcomes));
console.log('\nReliability: confidence band | test: questions, best entry right | dev: questions, best entry right');
testBands!.forEach((band, i) => {
  const dev = devBands![i]!;
  console.log(`  ${band.from.toFixed(1)}–${band.to.toFixed(1)} | ${String(band.count).padStart(4)} ${band.count ? pct(band.right) : '     -'} | ${String(dev.count).padStart(4)} ${dev.count ? pct(dev.right) : '     -'}`);
});

for (const { name, report, misses } of reports) if (misses) printMisses(name, report.outcomes);

function printRow(name: string, report: EvalReport): void {
  const r = rates(report);
  console.log(
    `${name.padEnd(22)} | ${`${report.answerable}/${report.gaps}/${report.outOfScope}`.padEnd(14)} | ${pct(r.answeredRight).padEnd(14)} | ${pct(r.withinClarify).padEnd(14)} | ${pct(r.answeredWrong).padEnd(12)} | ${pct(r.clarified).padEnd(9)} | ${pct(r.inScopeTurnedAway).padEnd(20)} | ${pct(r.outOfScopeTurnedAway).padEnd(21)} | ${pct(r.top1)} | ${pct(r.top3)} | ${pct(r.coverage)}`,
  );
}

function printMisses(name: string, outcomes: readonly Outcome[]): void {
  const missed = outcomes.filter(({ item, result }) => {
    const d = result.decision;
    if (item.label !== 'entry') return d.kind !== 'fallback';
    return !(d.kind === 'answer' && item.expected.includes(d.id));
  });
  console.log(`\nMisses, ${name} (${missed.length}):`);
  for (const { item, result } of missed) {
    const d = result.decision;
    const got = d.kind === 'answer' ? d.id : d.kind === 'clarify' ? `clarify ${d.candidates.map((c) => c.id).join('/')}` : `fallback${d.area ? `:${d.area.id}` : ''}`;
    console.log(`  [${item.label === 'entry' ? item.expected.join('|') : item.label} -> ${got} @${result.confidence}] ${item.question.slice(0, 160)}`);
  }
}
