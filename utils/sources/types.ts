/** Which papers.cool list a paper belongs to: arXiv papers and venue papers never share a page. */
export type Branch = 'arxiv' | 'venue';

/** A paper as papers.cool names it. */
export interface PaperRef {
  branch: Branch;
  /** The id in the papers.cool address, e.g. `2410.12345` or `NGB6YNnO5o@OpenReview`. */
  id: string;
  /** The `name` of the source that recognised it. */
  source: string;
}

/** What a rule recognised: a paper, or an id whose papers.cool address is unknown (searched instead). */
export type Recognised = { paper: PaperRef } | { searchQuery: string };

/**
 * One shape of mention in text. All rules of all sources run as a single case-insensitive pattern in
 * one pass over the text, so each pattern must start with `\.` or `\/` (the scan jumps between those
 * characters) and put what comes before them in a look-behind; it may not use back-references.
 */
export interface MentionRule {
  pattern: RegExp;
  /** `captures` are the pattern's capture groups, in order. */
  read(captures: string[], now: Date): Recognised | undefined;
}

export interface SourceExample {
  /** Text, a URL, or text that holds URLs. */
  input: string;
  /** The papers.cool ids (or search queries, as `search:<q>`) expected, in order; [] for a negative. */
  expected: string[];
}

export interface PaperSource {
  /** Short machine name, also used in settings keys. */
  name: string;
  /** What a user calls it. */
  label: string;
  branch: Branch;
  rules: MentionRule[];
  /** Match patterns of this source's paper pages and PDFs (the menus use these). */
  paperPagePatterns: string[];
  /** Match patterns of the pages that get inline "Cool Papers" links (the content scripts use these). */
  linkPagePatterns?: string[];
}

/** The date the example tables are written against. */
export const EXAMPLES_NOW = new Date('2026-11-23T12:00:00Z');
