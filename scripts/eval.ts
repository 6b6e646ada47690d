/**
 * `npm run eval`: how well the intent layer maps people's wording to the right entry, on these sets:
 * the self-written questions (test/eval/questions.tsv, written with the phrasings and tuned on), the
 * real questions people asked publicly (test/eval/real.tsv), and the Spanish questions (test/eval/es.tsv:
 * rewrites of real ones and ones written as people write), each split into dev (tuned on) and test
 * (never tuned on). Quote test. Misses are listed for dev; `--test-misses` lists test's too, for the
 * record — never to write phrasings or synonyms from.
 */
import { join } from 'node:path';
import { type EvalReport, type LabeledQuestion, type Outcome, rates, readQuestions, reliability, summarize, runMatcher } from '../src/intent/evaluation';
import { IntentMatcher } from '../src/intent/matcher';
import { inLanguage, loadKnowledge } from '../src/kb/load';

const EVAL_DIR = join(__dirname, '..', 'test', 'eval');
const showTestMisses = process.argv.includes('--test-misses');

const kb = loadKnowledge();
const matcher = new IntentMatcher(kb);
const spanishMatcher = new IntentMatcher(inLanguage(kb, 'es'));
const real = readQuestions(join(EVAL_DIR, 'real.tsv'));
const spanish = readQuestions(join(EVAL_DIR, 'es.tsv'));
const sets: Array<{ name: string; questions: LabeledQuestion[]; misses: boolean; matcher: IntentMatcher }> = [
  { name: 'real test (held out)', questions: real.filter((q) => q.split === 'test'), misses: showTestMisses, matcher },
  { name: 'real dev', questions: real.filter((q) => q.split === 'dev'), misses: true, matcher },
  { name: 'self-written', questions: readQuestions(join(EVAL_DIR, 'questions.tsv')), misses: false, matcher },
  { name: 'es test (held out)', questions: spanish.filter((q) => q.split === 'test'), misses: showTestMisses, matcher: spanishMatcher },
  { name: 'es dev', questions: spanish.filter((q) => q.split === 'dev'), misses: true, matcher: spanishMatcher },
];
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(6);

for (const [label, each] of [['English', matcher], ['Spanish', spanishMatcher]] as const) {
  const s = each.settingsInUse;
  console.log(`${label} operating point: turn away below in-scope chance ${s.inScopeAbove}; answer at confidence >= ${s.answerAbove} or when nothing is tied; else offer entries within ${s.tieShare} of the best.`);
}
console.log(`${kb.entries.length} entries.\n`);
const reports = sets.map((set) => ({ ...set, report: summarize(runMatcher(set.matcher, set.questions)) }));
console.log('set                    | n (in/gap/out) | answered right | within clarify | wrong answer | clarified | in-scope turned away | off-topic turned away | top-1 | top-3 | coverage');
for (const { name, report } of reports) printRow(name, report);

// Is "confidence" what it says: of the questions given confidence c, is about c of the best entries right?
const bands = [0, 1, 3, 4].map((index) => reliability(reports[index]!.report.outcomes));
console.log('\nReliability: confidence band | questions, best entry right: test | dev | es test | es dev');
bands[0]!.forEach((band, i) => {
  const cells = bands.map((set) => set[i]!).map(({ count, right }) => `${String(count).padStart(4)} ${count ? pct(right) : '     -'}`);
  console.log(`  ${band.from.toFixed(1)}–${band.to.toFixed(1)} | ${cells.join(' | ')}`);
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
