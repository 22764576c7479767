import { NEEDS_NORMALISING_PATTERN, normaliseText } from './normalise';
import type { MentionRule, PaperSource, Recognised } from './sources';

export type MentionScanner = (text: string, now: Date) => Recognised[];

interface PlacedRule {
  rule: MentionRule;
  /** Index of the group that wraps this rule in the combined pattern. */
  group: number;
  captures: number;
  /** Rules with a negated class (`[^…]`) can swallow characters that need normalising. */
  mayHoldUnnormalised: boolean;
}

function countCaptures(pattern: RegExp): number {
  return new RegExp(`${pattern.source}|`).exec('')!.length - 1;
}

/**
 * Compiles every rule of the sources into one pattern, so a text is read in a single pass however
 * many sources there are. Mentions come out in text order; where rules would overlap, the earlier
 * match wins. Text that needs normalising (full-width digits, invisible characters) is detected in
 * the same pass and read again once normalised.
 */
export function compileScanner(sources: readonly PaperSource[]): MentionScanner {
  const placed: PlacedRule[] = [];
  let group = 1;
  for (const rule of sources.flatMap((source) => source.rules)) {
    const captures = countCaptures(rule.pattern);
    placed.push({ rule, group, captures, mayHoldUnnormalised: rule.pattern.source.includes('[^') });
    group += captures + 1;
  }
  const combined = placed.map(({ rule }) => `(${rule.pattern.source})`).join('|');
  const rawPattern = new RegExp(`${combined}|${NEEDS_NORMALISING_PATTERN}`, 'gi');
  const needsNormalising = new RegExp(NEEDS_NORMALISING_PATTERN);
  const normalisedPattern = new RegExp(combined, 'gi');

  function scan(pattern: RegExp, text: string, now: Date): Recognised[] | undefined {
    const found: Recognised[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      let hit: PlacedRule | undefined;
      for (const candidate of placed) {
        if (match[candidate.group] !== undefined) {
          hit = candidate;
          break;
        }
      }
      if (!hit) return undefined;
      // Such characters inside a match (a URL with a non-ASCII hyphen) matter as much as outside.
      if (hit.mayHoldUnnormalised && pattern === rawPattern && needsNormalising.test(match[0])) return undefined;
      const recognised = hit.rule.read(match.slice(hit.group + 1, hit.group + 1 + hit.captures), now);
      if (recognised) found.push(recognised);
    }
    return found;
  }

  return (text, now) => scan(rawPattern, text, now) ?? scan(normalisedPattern, normaliseText(text), now)!;
}
