import { shownWebAddress } from './addresses';
import { findPapers } from './find-papers';
import type { Listing } from './listings';
import { paperPageUrls, searchUrl } from './papers-cool';
import { searchWords } from './search-words';
import { type Branch, listingOfAddress, type PaperRef } from './sources';

/** What the browser tells us about a context-menu click (a subset of OnClickData). */
export interface ClickContext {
  selectionText?: string;
  linkUrl?: string;
  pageUrl?: string;
  frameUrl?: string;
  srcUrl?: string;
}

export interface PlanOptions {
  /** Ids dated after this month are impossible. Defaults to the current time. */
  now?: Date;
  /** Where a words-only selection is searched. */
  searchBranch?: Branch;
}

/** Where the addresses of a plan came from (`metadata`: the page's citation tags); `none` when there is nothing to open. */
export type PlanBasis = 'selection' | 'link' | 'search' | 'page' | 'metadata' | 'none';

/** What a click opens, and why. */
export interface RedirectPlan {
  /** The papers.cool addresses to open, in order: the papers' pages, then the searches. */
  urls: string[];
  basis: PlanBasis;
  /** The papers whose pages `urls` opens. */
  papers: PaperRef[];
  /** What `urls` searches for: old-style arXiv ids (papers.cool has no page form for them) or the selected words. */
  searches: string[];
  /** The papers.cool listing `urls` opens, for a link to or a page of an arXiv category or a conference. */
  listing?: Listing;
}

const NOTHING: RedirectPlan = { urls: [], basis: 'none', papers: [], searches: [] };

function planForText(basis: PlanBasis, text: string | undefined, now: Date): RedirectPlan {
  if (!text) return NOTHING;
  const { papers, searches } = findPapers(text, now);
  // Recognised ids without a page form (old-style arXiv ids, CVF titles) are arXiv papers, or
  // mostly on arXiv, whatever branch words are searched on.
  const urls = [...paperPageUrls(papers), ...searches.map((query) => searchUrl(query, 'arxiv'))];
  return urls.length ? { urls, basis, papers, searches } : NOTHING;
}

/** The papers an address names or, for a listing page (an arXiv category, a conference), its listing. */
function planForAddress(basis: 'link' | 'page', address: string | undefined, now: Date): RedirectPlan {
  const byPapers = planForText(basis, address, now);
  if (byPapers.urls.length) return byPapers;
  const listing = listingOfAddress(address, now);
  return listing ? { urls: [listing.url], basis, papers: [], searches: [], listing } : NOTHING;
}

/**
 * What a context-menu click (or typed text, as a selection) opens. Ids in the selection come first,
 * then the link's paper or listing, then a search for the selected words, then the frame's or
 * page's paper or listing.
 */
export function planRedirect(click: ClickContext, options: PlanOptions = {}): RedirectPlan {
  const now = options.now ?? new Date();
  const searchBranch = options.searchBranch ?? 'arxiv';
  // Not trimmed: spaces around a selection change nothing, and trimming a long one costs a copy.
  const selection = click.selectionText ?? '';

  const bySelection = planForText('selection', selection, now);
  if (bySelection.urls.length) return bySelection;
  const byLink = planForAddress('link', shownWebAddress(click.linkUrl), now);
  if (byLink.urls.length) return byLink;
  const words = searchWords(selection);
  if (words) return { urls: [searchUrl(words, searchBranch)], basis: 'search', papers: [], searches: [words] };
  // In a PDF or a frame, the frame's own address is the more specific one. Chromium's own PDF
  // viewer's chrome-extension:// src says nothing; other viewers' addresses carry the PDF's.
  for (const address of [click.frameUrl, click.pageUrl, click.srcUrl]) {
    const byPage = planForAddress('page', shownWebAddress(address), now);
    if (byPage.urls.length) return byPage;
  }
  return NOTHING;
}
