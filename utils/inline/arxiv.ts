import { parseAddress } from '../addresses';
import { listingOn } from '../listings';
import type { PaperRef } from '../sources';
import { arxivSource } from '../sources/arxiv';
import {
  createCoolPapersLink,
  createHtmlElement,
  createOpenAllLinks,
  hasCoolPapersLink,
  hasParentElement,
  type InlineLabels,
  MARKER,
} from './links';
import { addListingLink } from './listing-link';
import { paperReader, paperUrl } from './read';

/** The arXiv paper an id, an `arXiv:` label or an address names, if any. */
const arxivPaperFrom = paperReader(arxivSource);

export interface ListedPaper {
  paper: PaperRef;
  /** The last link of the entry's link group; ours goes right after it. */
  lastLink: Element;
}

/** Entries of an arXiv listing page (every section's `dl#articles`), in page order. */
export function readArxivListing(doc: Document, now: Date): ListedPaper[] {
  const entries: ListedPaper[] = [];
  for (const dt of doc.querySelectorAll('dl#articles > dt')) {
    const abstract = dt.querySelector('a[title="Abstract"]');
    const paper = arxivPaperFrom(abstract?.id || abstract?.getAttribute('href'), now);
    const lastLink = dt.querySelector('a[title="Other formats"]') ?? dt.querySelector('a[title="Download PDF"]');
    if (paper && lastLink) entries.push({ paper, lastLink });
  }
  return entries;
}

/** Results of an arXiv search page (`li.arxiv-result`), in page order. */
export function readArxivSearchResults(doc: Document, now: Date): ListedPaper[] {
  const entries: ListedPaper[] = [];
  for (const title of doc.querySelectorAll('li.arxiv-result p.list-title')) {
    const paper = arxivPaperFrom(title.querySelector('a')?.getAttribute('href'), now);
    const links = title.querySelectorAll('span a');
    const lastLink = links[links.length - 1];
    if (paper && lastLink) entries.push({ paper, lastLink });
  }
  return entries;
}

/** The paper of an abstract page: its citation meta tag, which has no version. */
export function readArxivAbstractPaper(doc: Document, now: Date): PaperRef | undefined {
  return arxivPaperFrom(doc.querySelector('meta[name="citation_arxiv_id"]')?.getAttribute('content'), now);
}

function addEntryLinks(doc: Document, entries: ListedPaper[], labels: InlineLabels): number {
  let added = 0;
  for (const { paper, lastLink } of entries) {
    const group = lastLink.parentElement!;
    if (hasCoolPapersLink(group)) continue;
    lastLink.after(', ', createCoolPapersLink(doc, paperUrl(paper), { text: labels.entry, title: labels.title }));
    added++;
  }
  return added;
}

function addOpenAllBefore(doc: Document, anchor: Element | null, entries: ListedPaper[], labels: InlineLabels): void {
  if (!anchor || !hasParentElement(anchor) || entries.length === 0 || hasCoolPapersLink(doc, 'all')) return;
  const line = createHtmlElement(doc, 'p');
  line.setAttribute(MARKER, 'all');
  line.append(
    createOpenAllLinks(
      doc,
      entries.map((entry) => entry.paper),
      labels.openAll(entries.length),
    ),
  );
  anchor.before(line);
}

export function addArxivListingLinks(doc: Document, labels: InlineLabels, now: Date): number {
  const entries = readArxivListing(doc, now);
  addOpenAllBefore(doc, doc.querySelector('dl#articles'), entries, labels);
  return addEntryLinks(doc, entries, labels);
}

export function addArxivSearchLinks(doc: Document, labels: InlineLabels, now: Date): number {
  const entries = readArxivSearchResults(doc, now);
  addOpenAllBefore(doc, doc.querySelector('li.arxiv-result')?.parentElement ?? null, entries, labels);
  return addEntryLinks(doc, entries, labels);
}

/** Adds an entry to the abstract page's "Access Paper" list, styled like its neighbours. */
export function addArxivAbstractLink(doc: Document, labels: InlineLabels, now: Date): boolean {
  const list = doc.querySelector('div.extra-services div.full-text ul');
  const paper = readArxivAbstractPaper(doc, now);
  if (!list || !paper || hasCoolPapersLink(list)) return false;
  const item = createHtmlElement(doc, 'li');
  item.append(
    createCoolPapersLink(doc, paperUrl(paper), { text: labels.paper, title: labels.title, className: 'abs-button' }),
  );
  list.append(item);
  return true;
}

/**
 * The HTML full text has no stable link bar of its own (it is LaTeXML output), so the link sits in
 * a small fixed badge in the corner.
 */
export function addArxivFullTextLink(doc: Document, address: string, labels: InlineLabels, now: Date): boolean {
  const paper = arxivPaperFrom(address, now);
  if (!paper || !doc.body || hasCoolPapersLink(doc.body)) return false;
  const link = createCoolPapersLink(doc, paperUrl(paper), { text: labels.paper, title: labels.title });
  Object.assign(link.style, {
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    zIndex: '1000',
    padding: '6px 12px',
    borderRadius: '16px',
    background: '#1f4e99',
    color: '#fff',
    font: '600 13px/1.4 system-ui, sans-serif',
    textDecoration: 'none',
    boxShadow: '0 1px 4px rgba(0, 0, 0, 0.3)',
  });
  doc.body.append(link);
  return true;
}

/** Adds the links that fit the arXiv page at `address`. */
export function addArxivLinks(doc: Document, address: string, labels: InlineLabels, now: Date): void {
  const url = parseAddress(address);
  const path = url?.pathname ?? '';
  if (path.startsWith('/abs/')) addArxivAbstractLink(doc, labels, now);
  else if (path.startsWith('/list/')) {
    addListingLink(doc, url && listingOn(arxivSource, url, now), labels, doc.querySelector('#dlpage > h1'));
    addArxivListingLinks(doc, labels, now);
  } else if (path.startsWith('/search')) addArxivSearchLinks(doc, labels, now);
  else if (path.startsWith('/html/')) addArxivFullTextLink(doc, address, labels, now);
}
