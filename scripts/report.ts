/**
 * `npm run report [file]`: groups the questions the bot could not answer (fallbacks and
 * clarifications, logged to UNANSWERED_LOG when enabled) so content editors see what people ask that
 * the knowledge lacks. The log holds no user or conversation ids.
 */
import { readFileSync } from 'node:fs';
import { normalizeText } from '../src/intent/normalize';
import { groupUnanswered, type UnansweredRecord } from '../src/intent/unanswered';

const file = process.argv[2] ?? process.env.UNANSWERED_LOG;
if (!file) {
  console.error('Usage: npm run report -- <file>  (or set UNANSWERED_LOG)');
  process.exit(2);
}
const records: UnansweredRecord[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .flatMap((line) => {
    try {
      return [JSON.parse(line) as UnansweredRecord];
    } catch {
      return [];
    }
  });
const groups = groupUnanswered(records, normalizeText);
console.log(`${records.length} unanswered questions in ${groups.length} groups (most asked first)\n`);
for (const group of groups.slice(0, 50)) {
  console.log(`${String(group.count).padStart(4)}  ${group.kind.padEnd(8)} nearest: ${group.nearest ?? '-'}`);
  for (const example of group.examples) console.log(`        "${example}"`);
}
