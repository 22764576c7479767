import type { Listing } from '../listings';
import type { SourceName } from './index';

export type { SourceName };

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
export type Recognised = PaperRef | { search: string };

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

/** Reads the papers.cool listing of an address that one of the site's listing patterns covers. */
export type ListingReader = (url: URL, now: Date) => Listing | undefined;

/**
 * A site: everything the extension knows about it, in its own file (`utils/sources/<name>.ts`).
 * The menus' patterns, the listing lookup, the metadata pages and the inline-link sites are all
 * derived from these fields through the registry (`utils/sources/index.ts`).
 */
export interface PaperSource {
  name: SourceName;
  /** What a user calls it. */
  label: string;
  /** Where its ids are read in text and addresses; none for a site known only by its metadata. */
  rules: MentionRule[];
  /** Match patterns of its paper pages and PDFs: the link and page items show there. */
  paperPagePatterns: string[];
  /** Its listing pages (a category, a conference's year) and the papers.cool listing each opens. */
  listing?: { pagePatterns: string[]; read: ListingReader };
  /** Paper pages without an id form that name their paper in citation metadata: the page item reads them. */
  metadataPagePatterns?: string[];
  /** Where its content script adds inline links (a site with `entrypoints/<name>.content.ts`). */
  linkPagePatterns?: string[];
}

/** A source whose site gets inline links from its content script. */
export type InlineLinkSource = PaperSource & { linkPagePatterns: string[] };

/** What a site file shows it reads, at the bottom of the file. Tests only. */
export interface SiteExamples {
  /** Text, URLs or text holding URLs, and the papers.cool ids (`search:<q>` for a search) its rules give, in order; [] for a negative. */
  ids?: SourceExample[];
  /** Listing pages and links, and the papers.cool listing each opens (undefined: none). */
  listings?: [address: string, listing: string | undefined][];
  /** Paper pages read for their citation metadata: the page item shows there. */
  metadataPages?: string[];
}

export interface SourceExample {
  input: string;
  expected: string[];
}

/** The date the example tables are written against. */
export const EXAMPLES_NOW = new Date('2026-11-23T12:00:00Z');
