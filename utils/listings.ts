import { isWebAddress, parseAddress } from './addresses';
import { PAPERS_COOL_ORIGIN } from './papers-cool';
import type { ListingReader, PaperSource } from './sources/types';
import { isPlausibleYear } from './sources/venue';

export type { ListingReader };

/** A papers.cool listing: an arXiv category's new papers or a conference's accepted papers. */
export interface Listing {
  /** What users call it: "arXiv cs.AI", "ICLR 2025". */
  name: string;
  url: string;
  /** The listing's feed, for feed readers. */
  feedUrl: string;
}

/**
 * The conferences papers.cool lists as `/venue/<NAME>.<YEAR>`, by that name. `seen`: a listing of
 * this name was seen on papers.cool; `inferred`: the name follows the same pattern but no listing
 * was seen (docs/facts.md, papers.cool: listings). No other name is ever built.
 */
export const VENUE_LISTINGS = {
  ICML: 'seen',
  NeurIPS: 'seen',
  OSDI: 'seen',
  ICLR: 'inferred',
  CVPR: 'inferred',
  ICCV: 'inferred',
  ECCV: 'inferred',
  ACL: 'inferred',
  EMNLP: 'inferred',
  NAACL: 'inferred',
  IJCAI: 'inferred',
} as const;
export type ListedVenue = keyof typeof VENUE_LISTINGS;

// arXiv archives without subject classes, whose listing is the archive itself (`/list/hep-th/new`).
const WHOLE_ARCHIVES = new Set([
  'hep-th',
  'hep-ph',
  'hep-ex',
  'hep-lat',
  'gr-qc',
  'quant-ph',
  'math-ph',
  'nucl-th',
  'nucl-ex',
]);
const CATEGORY = /^([a-z-]+)\.([A-Za-z-]{2,})$/;

function listingAt(name: string, path: string): Listing {
  const url = `${PAPERS_COOL_ORIGIN}/${path}`;
  return { name, url, feedUrl: `${url}/feed` };
}

/** The listing of an arXiv category, as an address names it (`cs.ai`, `hep-th`), if it is one. */
export function arxivCategoryListing(category: string): Listing | undefined {
  const match = CATEGORY.exec(category);
  const canonical = match ? `${match[1]}.${match[2].length === 2 ? match[2].toUpperCase() : match[2]}` : category;
  if (!match && !WHOLE_ARCHIVES.has(category)) return undefined;
  return listingAt(`arXiv ${canonical}`, `arxiv/${canonical}`);
}

/** A conference's listing of a year, if the venue is one papers.cool lists and the year is plausible (not NaN). */
export function venueListing(venue: ListedVenue | undefined, year: number, now: Date): Listing | undefined {
  return venue && isPlausibleYear(year, now) ? listingAt(`${venue} ${year}`, `venue/${venue}.${year}`) : undefined;
}

// Browsers hand over link and page addresses with their hosts in ASCII (punycode), as every listing
// site's is. A copied address whose host is not can't be one of them, and the URL parser's
// normalising of a long non-ASCII host (combining marks) takes time quadratic in its length.
const ASCII_HOST = /^https?:\/\/[\x21-\x2e\x30-\x7e]*(?:[/?#\\]|$)/i;

/** The parsed web address, if it can be a listing page's. */
export function listingPageUrl(address: string | undefined): URL | undefined {
  return isWebAddress(address) && ASCII_HOST.test(address) ? parseAddress(address) : undefined;
}

/**
 * The listing of an address on one site, read by that site's reader: what a content script needs,
 * without every site's reader in its bundle (the 16 KiB budget).
 */
export function listingOn(source: PaperSource, address: string, now: Date): Listing | undefined {
  const url = source.listing && listingPageUrl(address);
  return url ? source.listing!.read(url, now) : undefined;
}
