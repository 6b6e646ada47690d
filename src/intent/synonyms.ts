import type { SynonymGroup } from '../kb/types';
import { normalizeText } from './normalize';

/**
 * Rewrites every phrase of a synonym group to the group's first phrase, longest phrases first so
 * "garnish my paycheck" wins over "paycheck". Applied to both the knowledge and the question.
 */
export class SynonymRewriter {
  private readonly pattern: RegExp | undefined;
  private readonly canonicalOf = new Map<string, string>();

  constructor(groups: readonly SynonymGroup[]) {
    for (const group of groups) {
      const canonical = normalizeText(group[0]!);
      for (const phrase of group.slice(1)) {
        const normalized = normalizeText(phrase);
        if (normalized && normalized !== canonical && !this.canonicalOf.has(normalized)) this.canonicalOf.set(normalized, canonical);
      }
    }
    // One alternation, longest phrases first, so a single pass finds the longest match at each place.
    const phrases = [...this.canonicalOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.pattern = phrases.length ? new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'g') : undefined;
  }

  /** `normalized` must already have gone through normalizeText. */
  rewrite(normalized: string): string {
    if (!this.pattern) return normalized;
    return normalized.replace(this.pattern, (phrase) => this.canonicalOf.get(phrase) ?? phrase);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
