import type { PaperRef, SourceName } from './types';

export function venuePaper(source: SourceName, id: string): PaperRef {
  return { branch: 'venue', id, source };
}

/** A four-digit year from the first conference years up to next year (proceedings appear early). */
export function isPlausibleYear(year: number, now: Date): boolean {
  return year >= 1969 && year <= now.getUTCFullYear() + 1;
}
