/** One line of the unanswered-question log (no user or conversation ids). */
export interface UnansweredRecord {
  time: string;
  kind: 'fallback' | 'clarify';
  nearest?: string;
  score?: number;
  text: string;
}

export interface UnansweredGroup {
  kind: string;
  nearest?: string;
  count: number;
  examples: string[];
}

/**
 * Groups unanswered questions by what they were closest to (or "out of scope"), most frequent first,
 * with up to three distinct examples each.
 */
export function groupUnanswered(records: readonly UnansweredRecord[], normalize: (text: string) => string): UnansweredGroup[] {
  const groups = new Map<string, UnansweredGroup & { seen: Set<string> }>();
  for (const record of records) {
    const key = `${record.kind}|${record.nearest ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind: record.kind, nearest: record.nearest, count: 0, examples: [], seen: new Set() }));
    group.count += 1;
    const normalized = normalize(record.text);
    if (!group.seen.has(normalized) && group.examples.length < 3) {
      group.seen.add(normalized);
      group.examples.push(record.text.slice(0, 160));
    }
  }
  return [...groups.values()].map(({ seen: _seen, ...group }) => group).sort((a, b) => b.count - a.count || String(a.nearest).localeCompare(String(b.nearest)));
}
