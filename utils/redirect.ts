import { normaliseText } from './normalise';
import { paperPageUrls, searchUrl } from './papers-cool';
import { compileScanner } from './scanner';
import { SeenIds } from './seen-ids';
import { paperSources, type Branch, type PaperRef } from './sources';


export const MAX_SEARCH_WORDS = 32;
export const MAX_SEARCH_CHARS = 300;

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

/** The papers and old-style arXiv ids found in a text, de-duplicated, in order of appearance. */
export interface FoundPapers {
  papers: PaperRef[];
  /** Recognised ids without a known papers.cool address (old arXiv scheme): searched instead. */
  searchQueries: string[];
}

/** Where the addresses of a plan came from; `none` when there is nothing to open. */
export type PlanBasis = 'selection' | 'link' | 'search' | 'page' | 'none';

export interface RedirectPlan {
  urls: string[];
  basis: PlanBasis;
  papers: PaperRef[];
}

const scanAllSources = compileScanner(paperSources);

/** Every paper mentioned in a text, from all sources, in order of first appearance. */
export function findPapers(text: string, now: Date = new Date()): FoundPapers {
  const papers: PaperRef[] = [];
  const searchQueries: string[] = [];
  const seen = new SeenIds();
  for (const recognised of scanAllSources(text, now)) {
    if ('id' in recognised) {
      if (seen.addNew(recognised.id, recognised.branch === 'arxiv')) papers.push(recognised);
    } else if (seen.addNew(`search:${recognised.searchQuery}`, false)) searchQueries.push(recognised.searchQuery);
  }
  return { papers, searchQueries };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The search words of a text: at most MAX_SEARCH_WORDS words and MAX_SEARCH_CHARS characters. */
export function searchWords(text: string): string {
  let query = '';
  let count = 0;
  for (const piece of piecesBetweenWords(text, SEARCH_PIECE_LENGTH)) {
    for (const [word] of normaliseText(piece).matchAll(WORD)) {
      const next = query ? `${query} ${word}` : word;
      if ([...next].length > MAX_SEARCH_CHARS) {
        // A single over-long word (a long run of CJK text) is cut rather than dropped.
        if (!query) query = [...word].slice(0, MAX_SEARCH_CHARS).join('');
        return query;
      }
      query = next;
      if (++count === MAX_SEARCH_WORDS) return query;
    }
  }
  return query;
}

// The words are read a piece at a time, so a 10 MiB selection costs no more than its first words.
const SEARCH_PIECE_LENGTH = 4096;

// A piece may end after a space or ASCII punctuation, which normalising leaves apart from what
// follows. Not after a BOM (a space to the pattern, removed by normalising) nor a `%` (it may start
// an escape), nor after other symbols, some of which normalise to letters.
const PIECE_END = /(?![%\uFEFF])[\s!-/:-@[-`{-~]/;

/**
 * `text` in pieces of about `length`, each ending where PIECE_END allows. Only a word longer than
 * half a piece is cut, never inside a surrogate pair; such a word is cut to MAX_SEARCH_CHARS anyway.
 */
function* piecesBetweenWords(text: string, length: number): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + length);
    if (end < text.length) {
      let cut = end;
      while (cut > start + length / 2 && !PIECE_END.test(text[cut - 1])) cut--;
      if (cut > start + length / 2) end = cut;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    }
    yield text.slice(start, end);
    start = end;
  }
}

function planForText(text: string | undefined, now: Date, searchBranch: Branch) {
  if (!text) return { urls: [], papers: [] };
  const { papers, searchQueries } = findPapers(text, now);
  const urls = [...paperPageUrls(papers), ...searchQueries.map((query) => searchUrl(query, searchBranch))];
  return { urls, papers };
}

/** Like planRedirect, and also says what the addresses came from. */
export function explainRedirect(click: ClickContext, options: PlanOptions = {}): RedirectPlan {
  const now = options.now ?? new Date();
  const searchBranch = options.searchBranch ?? 'arxiv';
  // Not trimmed: spaces around a selection change nothing, and trimming a long one costs a copy.
  const selection = click.selectionText ?? '';
  const from = (basis: PlanBasis, text: string | undefined): RedirectPlan => ({
    basis,
    ...planForText(text, now, searchBranch),
  });

  const bySelection = from('selection', selection);
  if (bySelection.urls.length) return bySelection;
  const byLink = from('link', webUrl(click.linkUrl));
  if (byLink.urls.length) return byLink;
  const words = searchWords(selection);
  if (words) return { urls: [searchUrl(words, searchBranch)], basis: 'search', papers: [] };
  // In a PDF or a frame, the frame's own address is the more specific one.
  for (const address of [click.frameUrl, click.pageUrl, click.srcUrl]) {
    const byPage = from('page', webUrl(address));
    if (byPage.urls.length) return byPage;
  }
  return { urls: [], basis: 'none', papers: [] };
}

/**
 * The papers.cool addresses to open for a context-menu click, in order; empty when there is
 * nothing to open. Ids in the selection come first, then ids in the link, then a search for the
 * selected words, then ids in the frame or page address.
 */
export function planRedirect(click: ClickContext, options: PlanOptions = {}): string[] {
  return explainRedirect(click, options).urls;
}

/** Whether an address is a web page's (http or https), not the browser's or an extension's own. */
export function isWebAddress(address: string | undefined): address is string {
  return address !== undefined && /^https?:\/\//i.test(address);
}

/** Only web addresses are read: the PDF viewer's chrome-extension:// src says nothing. */
function webUrl(address: string | undefined): string | undefined {
  return isWebAddress(address) ? address : undefined;
}
