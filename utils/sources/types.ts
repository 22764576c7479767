/** Every paper source, by the short name its file, its settings key and its examples go by. */
export type SourceName = 'arxiv' | 'openreview' | 'acl' | 'ijcai' | 'pmlr' | 'aaai' | 'cvf' | 'usenix';

/** The sources whose sites get inline "Cool Papers" links from a content script; each can be switched off. */
export const INLINE_LINK_SITES = [
  'arxiv',
  'openreview',
  'acl',
  'pmlr',
  'ijcai',
  'cvf',
  'aaai',
] as const satisfies readonly SourceName[];
export type InlineLinkSite = (typeof INLINE_LINK_SITES)[number];

/** Which papers.cool list a paper belongs to: arXiv papers and venue papers never share a page. */
export type Branch = 'arxiv' | 'venue';

/** A paper as papers.cool names it. */
export interface PaperRef {
  branch: Branch;
  /** The id in the papers.cool address, e.g. `2410.12345` or `NGB6YNnO5o@OpenReview`. */
  id: string;
  /** The source that recognised it. */
  source: SourceName;
}

/** What a rule recognised: a paper, or an id whose papers.cool address is unknown (searched instead). */
export type Recognised = PaperRef | { searchQuery: string };

/**
 * One shape of mention in text. The scan jumps from one `.` or `/` to the next (an "anchor") and
 * tries there only the rules whose pattern can go on with the character after it, so a pattern
 * starts with `\.` or `\/` followed by literal text, `(?=\d` or `(?=[a-z]`, and puts what comes
 * before the anchor in a look-behind. Patterns run case-insensitively.
 */
export interface MentionRule {
  pattern: RegExp;
  /** `captures` are the pattern's capture groups, in order; `at` is the anchor's place in `text`. */
  read: (captures: string[], now: Date, text: string, at: number) => Recognised | undefined;
  /**
   * A cheap necessary condition on the characters around the anchor at `at`, for a rule whose
   * pattern would otherwise run at many anchors that hold no mention (every "(cs.CL)" of a listing).
   */
  mayMatchAt?: (text: string, at: number) => boolean;
  /**
   * A hand-written reader of the mention at the anchor `at`, for a rule hit thousands of times per
   * page (running a pattern costs far more than reading a few characters): where the mention ends,
   * or -1 where there is none. What it names goes onto `found`. It must agree with `pattern` and
   * `read` exactly; a property test holds it to that.
   */
  readAt?: (text: string, at: number, now: Date, found: Recognised[]) => number;
}

export interface SourceExample {
  /** Text, a URL, or text that holds URLs. */
  input: string;
  /** The papers.cool ids (or search queries, as `search:<q>`) expected, in order; [] for a negative. */
  expected: string[];
}

export interface PaperSource<Name extends SourceName = SourceName> {
  name: Name;
  /** What a user calls it. */
  label: string;
  branch: Branch;
  rules: MentionRule[];
  /** Match patterns of this source's paper pages and PDFs (the menus use these). */
  paperPagePatterns: string[];
}

/** A source whose site gets inline links: its content script runs on `linkPagePatterns`. */
export interface InlineLinkSource extends PaperSource<InlineLinkSite> {
  linkPagePatterns: string[];
}

/** The date the example tables are written against. */
export const EXAMPLES_NOW = new Date('2026-11-23T12:00:00Z');
