import type { SynonymGroup } from '../kb/types';
import { normalizeText } from './normalize';

interface Rewrite {
  pattern: RegExp;
  canonical: string;
}

/**
 * Rewrites every phrase of a synonym group to the group's first phrase, longest phrases first so
 * "garnish my paycheck" wins over "paycheck". Applied to both the knowledge and the question.
 */
export class SynonymRewriter {
  private readonly rewrites: Rewrite[];

  constructor(groups: readonly SynonymGroup[]) {
    const rewrites: Array<Rewrite & { length: number }> = [];
    for (const group of groups) {
      const canonical = normalizeText(group[0]!);
      for (const phrase of group.slice(1)) {
        const normalized = normalizeText(phrase);
        if (!normalized || normalized === canonical) continue;
        rewrites.push({ pattern: new RegExp(`\\b${escapeRegExp(normalized)}\\b`, 'g'), canonical, length: normalized.length });
      }
    }
    this.rewrites = rewrites.sort((a, b) => b.length - a.length);
  }

  /** `normalized` must already have gone through normalizeText. */
  rewrite(normalized: string): string {
    let out = ` ${normalized} `;
    for (const { pattern, canonical } of this.rewrites) out = out.replace(pattern, canonical);
    return out.trim();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
