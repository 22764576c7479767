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

/** One thing a source recognised in a text, with its place so sources can be merged in order. */
export interface Mention {
  start: number;
  end: number;
  /** The paper, when papers.cool has an address for it. */
  paper?: PaperRef;
  /** Recognised, but papers.cool's address is unknown: search for this instead of guessing. */
  searchQuery?: string;
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
  /**
   * Everything the source recognises in normalised text (see normaliseText), in any order.
   * Must run in time linear in the text.
   */
  findMentions(text: string, now: Date): Mention[];
  /** Match patterns of this source's paper pages and PDFs (menus and content scripts use these). */
  paperPagePatterns: string[];
  /** Real-looking inputs with what must come out of them; `now` for these is EXAMPLES_NOW. */
  examples: SourceExample[];
}

/** The date the example tables are written against. */
export const EXAMPLES_NOW = new Date('2026-11-23T12:00:00Z');
