import type { Mention, PaperRef } from './types';

type Found = Omit<Mention, 'start' | 'end'>;

/**
 * Runs a global pattern over the text and keeps what `read` accepts. Patterns passed here must not
 * backtrack more than a bounded amount per position, so a scan stays linear in the text.
 */
export function scanMentions(
  text: string,
  pattern: RegExp,
  read: (match: RegExpExecArray) => Found | undefined,
): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(pattern)) {
    const found = read(match);
    if (found) mentions.push({ start: match.index, end: match.index + match[0].length, ...found });
  }
  return mentions;
}

export function venuePaper(source: string, id: string): { paper: PaperRef } {
  return { paper: { branch: 'venue', id, source } };
}

/** A four-digit year from the first conference years up to next year (proceedings appear early). */
export function isPlausibleYear(year: number, now: Date): boolean {
  return year >= 1969 && year <= now.getUTCFullYear() + 1;
}
