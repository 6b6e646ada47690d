"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupUnanswered = groupUnanswered;
/**
 * Groups unanswered questions by what they were closest to (or "out of scope"), most frequent first,
 * with up to three distinct examples each.
 */
function groupUnanswered(records, normalize) {
    const groups = new Map();
    for (const record of records) {
        const key = `${record.kind}|${record.nearest ?? ''}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { kind: record.kind, nearest: record.nearest, count: 0, examples: [], seen: new Set() }));
        group.count += 1;
        const normalized = normalize(record.text);
        if (!group.seen.has(normalized) && group.examples.length < 3) {
            group.seen.add(normalized);
            group.examples.push(record.text.slice(0, 160));
        }
    }
    return [...groups.values()].map(({ seen: _seen, ...group }) => group).sort((a, b) => b.count - a.count || String(a.nearest).localeCompare(String(b.nearest)));
}
//# sourceMappingURL=unanswered.js.map