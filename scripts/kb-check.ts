/**
 * `npm run kb:check`: validates every knowledge file and reports content problems.
 * Exits 1 on any error; warnings are printed but do not fail the check.
 */
import { join } from 'node:path';
import { checkKnowledge, type Finding } from '../src/kb/check';
import { KnowledgeError } from '../src/kb/errors';
import { loadKnowledge } from '../src/kb/load';
import { IntentMatcher } from '../src/intent/matcher';
import { readQuestions } from '../src/intent/evaluation';

function main(): number {
  let kb;
  try {
    kb = loadKnowledge();
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(`✗ ${error.message}`);
      return 1;
    }
    throw error;
  }
  const findings: Finding[] = [...checkKnowledge(kb), ...checkReachable(kb)];
  for (const finding of findings) {
    console.log(`${finding.level === 'error' ? '✗ error' : '! warning'}  ${finding.file}: ${finding.message}`);
  }
  const errors = findings.filter((finding) => finding.level === 'error').length;
  const warnings = findings.length - errors;
  console.log(`${kb.entries.length} entries, ${kb.figures.size} figures, ${kb.synonyms.length} synonym groups: ${errors} error(s), ${warnings} warning(s)`);
  return errors ? 1 : 0;
}

const EVAL_DIR = join(__dirname, '..', 'test', 'eval');
const EVAL_FILES = ['questions.tsv', 'real.tsv'];

/** Every entry must be reachable: some evaluation question must land on it. */
function checkReachable(kb: ReturnType<typeof loadKnowledge>): Finding[] {
  // Reachability is checked on the self-written set only: the real questions are for measuring.
  const questions = readQuestions(join(EVAL_DIR, 'questions.tsv'));
  const findings: Finding[] = [];
  for (const path of EVAL_FILES) {
    for (const { expected } of readQuestions(join(EVAL_DIR, path))) {
      for (const id of expected) {
        if (!kb.byId.has(id)) findings.push({ level: 'error', file: `test/eval/${path}`, message: `labels a question "${id}", which no entry has` });
      }
    }
  }
  const matcher = new IntentMatcher(kb);
  const reached = new Set<string>();
  for (const { question } of questions) {
    const { decision } = matcher.match(question);
    if (decision.kind === 'answer') reached.add(decision.id);
    if (decision.kind === 'clarify') for (const candidate of decision.candidates) reached.add(candidate.id);
  }
  for (const entry of kb.entries) {
    if (!reached.has(entry.id)) findings.push({ level: 'error', file: entry.file, message: 'no evaluation question reaches this entry; add one to test/eval/questions.tsv or fix its phrasings' });
  }
  return findings;
}

process.exitCode = main();
