import { isWebAddress, parseAddress } from './addresses';
import { arxivCategory } from './arxiv-categories';
import { PAPERS_COOL_ORIGIN } from './papers-cool';

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
 * this name was seen on papers.cool, else the name follows the same pattern but no listing was seen
 * (docs/facts.md, papers.cool: listings). No other name is ever built. `since`: the year of the
 * conference's first edition (docs/facts.md, Conferences: first editions); no earlier year is a
 * listing.
 */
export const VENUE_LISTINGS = {
  ICML: { seen: true, since: 1980 },
  NeurIPS: { seen: true, since: 1987 },
  OSDI: { seen: true, since: 1994 },
  ICLR: { seen: false, since: 2013 },
  CVPR: { seen: false, since: 1983 },
  ICCV: { seen: false, since: 1987 },
  ECCV: { seen: false, since: 1990 },
  ACL: { seen: false, since: 1963 },
  EMNLP: { seen: false, since: 1996 },
  NAACL: { seen: false, since: 2000 },
  IJCAI: { seen: false, since: 1969 },
} as const;
export type ListedVenue = keyof typeof VENUE_LISTINGS;

/** PMLR volumes of ICML, by volume (docs/facts.md, papers.cool: listings). */
const ICML_VOLUMES = new Map([
  ['139', 2021],
  ['162', 2022],
  ['202', 2023],
  ['235', 2024],
  ['267', 2025],
]);

function listingAt(name: string, path: string): Listing {
  const url = `${PAPERS_COOL_ORIGIN}/${path}`;
  return { name, url, feedUrl: `${url}/feed` };
}

function arxivCategoryListing(name: string): Listing | undefined {
  const category = arxivCategory(name);
  return category ? listingAt(`arXiv ${category}`, `arxiv/${category}`) : undefined;
}

/**
 * A conference's listing of a year, if the venue is one papers.cool lists and the year runs from its
 * first edition up to the current year (NaN is none).
 */
export function venueListing(venue: ListedVenue | undefined, year: number, now: Date): Listing | undefined {
  const listed = venue && year >= VENUE_LISTINGS[venue].since && year <= now.getUTCFullYear();
  return listed ? listingAt(`${venue} ${year}`, `venue/${venue}.${year}`) : undefined;
}

export type ListingReader = (url: URL, now: Date) => Listing | undefined;

// Maps, not objects: a name read from an address (`/events/constructor-2024/`) must not find
// an object's built-in properties.
const OPENREVIEW_GROUPS = new Map<string, ListedVenue>([
  ['ICLR.cc', 'ICLR'],
  ['NeurIPS.cc', 'NeurIPS'],
  ['ICML.cc', 'ICML'],
]);
const ACL_EVENTS = new Map<string, ListedVenue>([
  ['acl', 'ACL'],
  ['emnlp', 'EMNLP'],
  ['naacl', 'NAACL'],
]);
const CVF_CONFERENCES = new Map<string, ListedVenue>([
  ['CVPR', 'CVPR'],
  ['ICCV', 'ICCV'],
  ['ECCV', 'ECCV'],
]);
const USENIX_CONFERENCES = new Map<string, ListedVenue>([['osdi', 'OSDI']]);

/** The reader of one site's listing pages. */
export const arxivListing: ListingReader = ({ pathname }) => {
  const category = /^\/list\/([^/]+)(?:\/|$)/.exec(pathname)?.[1];
  return category ? arxivCategoryListing(category) : undefined;
};

export const openReviewListing: ListingReader = ({ pathname, searchParams }, now) => {
  const [, group = '', year = ''] =
    /^([A-Za-z]+\.cc)\/(\d{4})\/Conference\/?$/.exec(searchParams.get('id') ?? '') ?? [];
  return pathname === '/group' ? venueListing(OPENREVIEW_GROUPS.get(group), Number(year), now) : undefined;
};

const neurIpsListing: ListingReader = ({ pathname }, now) => {
  const year = /^\/(?:paper_files\/)?paper\/(\d{4})\/?$/.exec(pathname)?.[1];
  return venueListing('NeurIPS', Number(year), now);
};

export const pmlrListing: ListingReader = ({ pathname }, now) => {
  const year = ICML_VOLUMES.get(/^\/v(\d+)(?:\/|\/index\.html)?$/.exec(pathname)?.[1] ?? '');
  return venueListing('ICML', year ?? NaN, now);
};

export const cvfListing: ListingReader = ({ pathname }, now) => {
  const [, conference = '', year = ''] = /^\/([A-Z]+)(\d{4})\/?$/.exec(pathname) ?? [];
  return venueListing(CVF_CONFERENCES.get(conference), Number(year), now);
};

const usenixListing: ListingReader = ({ pathname }, now) => {
  const [, slug = '', yy = ''] = /^\/conference\/([a-z]+)(\d\d)\/technical-sessions\/?$/.exec(pathname) ?? [];
  return venueListing(USENIX_CONFERENCES.get(slug), 2000 + Number(yy), now);
};

export const aclListing: ListingReader = ({ pathname }, now) => {
  const [, event = '', year = ''] = /^\/events\/([a-z]+)-(\d{4})\/?$/.exec(pathname) ?? [];
  return venueListing(ACL_EVENTS.get(event), Number(year), now);
};

const ijcaiListing: ListingReader = ({ pathname }, now) => {
  const year = /^\/proceedings\/(\d{4})\/?$/.exec(pathname)?.[1];
  return venueListing('IJCAI', Number(year), now);
};

/** Each listing page's reader, by host (`www.` dropped). */
const READERS = new Map<string, ListingReader>([
  ['arxiv.org', arxivListing],
  ['export.arxiv.org', arxivListing],
  ['openreview.net', openReviewListing],
  ['proceedings.neurips.cc', neurIpsListing],
  ['papers.nips.cc', neurIpsListing],
  ['proceedings.mlr.press', pmlrListing],
  ['openaccess.thecvf.com', cvfListing],
  ['usenix.org', usenixListing],
  ['aclanthology.org', aclListing],
  ['ijcai.org', ijcaiListing],
]);

// Browsers hand over link and page addresses with their hosts in ASCII (punycode), as every listing
// site's is. A copied address whose host is not can't be one of them, and the URL parser's
// normalising of a long non-ASCII host (combining marks) takes time quadratic in its length.
const ASCII_HOST = /^https?:\/\/[\x21-\x2e\x30-\x7e]*(?:[/?#\\]|$)/i;

const webUrlOf = (address: string | undefined) =>
  isWebAddress(address) && ASCII_HOST.test(address) ? parseAddress(address) : undefined;

/**
 * The listing of an address on one site, read by that site's reader: what a content script needs,
 * without every site's reader in its bundle (the 16 KiB budget).
 */
export function listingOn(reader: ListingReader, address: string, now: Date): Listing | undefined {
  const url = webUrlOf(address);
  return url && reader(url, now);
}

/** The papers.cool listing that a listing page's address corresponds to, if papers.cool has one. */
export function listingOfAddress(address: string | undefined, now: Date = new Date()): Listing | undefined {
  const url = webUrlOf(address);
  if (!url) return undefined;
  return READERS.get(url.hostname.replace(/^www\./, ''))?.(url, now);
}

/** Match patterns of the listing pages above (the menus show their items there and on links to them). */
export const listingPagePatterns: string[] = [
  '*://*.arxiv.org/list/*',
  '*://openreview.net/group*',
  '*://proceedings.neurips.cc/paper_files/paper/*',
  '*://proceedings.neurips.cc/paper/*',
  '*://papers.nips.cc/paper_files/paper/*',
  '*://proceedings.mlr.press/v*',
  '*://openaccess.thecvf.com/*',
  '*://*.usenix.org/conference/*/technical-sessions*',
  '*://aclanthology.org/events/*',
  '*://*.ijcai.org/proceedings/*',
];

/** Real listing addresses and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const listingExamples: [string, string | undefined][] = [
  ['https://arxiv.org/list/cs.AI/new', 'https://papers.cool/arxiv/cs.AI'],
  ['https://arxiv.org/list/cs.CL/recent', 'https://papers.cool/arxiv/cs.CL'],
  ['https://arxiv.org/list/cs.LG/pastweek?show=250', 'https://papers.cool/arxiv/cs.LG'],
  ['https://arxiv.org/list/hep-th/new', 'https://papers.cool/arxiv/hep-th'],
  ['https://arxiv.org/list/math.GT/recent', 'https://papers.cool/arxiv/math.GT'],
  ['https://arxiv.org/list/astro-ph.CO/new', 'https://papers.cool/arxiv/astro-ph.CO'],
  ['https://arxiv.org/list/cs.ai/new', 'https://papers.cool/arxiv/cs.AI'],
  ['https://www.arxiv.org/list/stat.ML/2401', 'https://papers.cool/arxiv/stat.ML'],
  ['https://arxiv.org/list/cs/new', 'https://papers.cool/arxiv/cs'],
  ['https://arxiv.org/list/math.IT/recent', 'https://papers.cool/arxiv/math.IT'],
  ['https://arxiv.org/list/cs.SY/recent', 'https://papers.cool/arxiv/cs.SY'],
  ['https://arxiv.org/list/cond-mat.str-el/new', 'https://papers.cool/arxiv/cond-mat.str-el'],
  ['https://openreview.net/group?id=ICLR.cc/2025/Conference', 'https://papers.cool/venue/ICLR.2025'],
  [
    'https://openreview.net/group?id=NeurIPS.cc/2024/Conference#tab-accept-oral',
    'https://papers.cool/venue/NeurIPS.2024',
  ],
  ['https://openreview.net/group?id=ICML.cc/2025/Conference', 'https://papers.cool/venue/ICML.2025'],
  ['https://proceedings.neurips.cc/paper_files/paper/2023', 'https://papers.cool/venue/NeurIPS.2023'],
  ['https://papers.nips.cc/paper_files/paper/2022/', 'https://papers.cool/venue/NeurIPS.2022'],
  ['https://proceedings.neurips.cc/paper/2020', 'https://papers.cool/venue/NeurIPS.2020'],
  ['https://proceedings.mlr.press/v235/', 'https://papers.cool/venue/ICML.2024'],
  ['https://proceedings.mlr.press/v267/', 'https://papers.cool/venue/ICML.2025'],
  ['https://proceedings.mlr.press/v202', 'https://papers.cool/venue/ICML.2023'],
  ['https://openaccess.thecvf.com/CVPR2024?day=all', 'https://papers.cool/venue/CVPR.2024'],
  ['https://openaccess.thecvf.com/ICCV2023', 'https://papers.cool/venue/ICCV.2023'],
  ['https://www.usenix.org/conference/osdi25/technical-sessions', 'https://papers.cool/venue/OSDI.2025'],
  ['https://aclanthology.org/events/acl-2024/', 'https://papers.cool/venue/ACL.2024'],
  ['https://aclanthology.org/events/emnlp-2023/', 'https://papers.cool/venue/EMNLP.2023'],
  ['https://www.ijcai.org/proceedings/2024/', 'https://papers.cool/venue/IJCAI.2024'],
  ['https://proceedings.neurips.cc/paper/1987', 'https://papers.cool/venue/NeurIPS.1987'],
  ['https://openaccess.thecvf.com/ICCV2013', 'https://papers.cool/venue/ICCV.2013'],
  // Paper pages, other groups, venues papers.cool has no known listing for, impossible years, names
  // arXiv doesn't have (issue 18).
  ['https://arxiv.org/abs/2410.12345', undefined],
  ['https://arxiv.org/list/cs.Free-Bitcoin-At-Evil/new', undefined],
  ['https://arxiv.org/list/cs.AIX/new', undefined],
  ['https://arxiv.org/list/math.AI/new', undefined],
  ['https://arxiv.org/list/hep-th.AI/new', undefined],
  ['https://openaccess.thecvf.com/CVPR1969', undefined],
  ['https://openreview.net/group?id=ICLR.cc/2025/Workshop/ICBINB', undefined],
  ['https://openreview.net/group?id=COLM.cc/2024/Conference', undefined],
  ['https://openreview.net/forum?id=ICLR.cc/2025/Conference', undefined],
  ['https://proceedings.neurips.cc/paper_files/paper/2023/hash/0001-Abstract-Conference.html', undefined],
  ['https://proceedings.mlr.press/v235/smith24a.html', undefined],
  ['https://proceedings.mlr.press/v200/', undefined],
  ['https://openaccess.thecvf.com/WACV2024', undefined],
  ['https://openaccess.thecvf.com/CVPR2024_workshops/menu', undefined],
  ['https://openaccess.thecvf.com/CVPR3024', undefined],
  ['https://www.usenix.org/conference/usenixsecurity24/technical-sessions', undefined],
  ['https://aclanthology.org/events/coling-2024/', undefined],
  ['https://aclanthology.org/volumes/2024.acl-long/', undefined],
  ['https://www.ijcai.org/proceedings/2024/0001.pdf', undefined],
  ['https://example.org/list/cs.AI/new', undefined],
  ['chrome://extensions', undefined],
];
