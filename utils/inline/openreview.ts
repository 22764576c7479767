import { parseAddress } from '../addresses';
import { type Listing, listingOn } from '../listings';
import { paperPageUrls } from '../papers-cool';
import type { PaperRef } from '../sources';
import { openReviewSource } from '../sources/openreview';
import {
  createCoolPapersLink,
  createHtmlElement,
  createOpenAllLinks,
  hasCoolPapersLink,
  type InlineLabels,
  MARKER,
} from './links';
import { addListingLink } from './listing-link';
import { paperReader, paperUrl } from './read';
import type { PageChanges } from './watch';

const openReviewPaperFrom = paperReader(openReviewSource);

const FORUM_LINKS = 'a[href*="forum?id="]';
/** What the links are read from or placed by, and our own elements, which the app may remove. */
const ANCHORS = `${FORUM_LINKS}, .forum-title, a.citation_pdf_url, .tab-pane, h1, h2, h3, [${MARKER}]`;
/** The attributes whose change can move the links: the visible tab pane's class and a link's href. */
export const OPENREVIEW_WATCHED_ATTRIBUTES = ['class', 'href'];

/** The venue page's visible tab. */
function activeTabPane(doc: Document): Element | null {
  return doc.querySelector('.tab-content > .tab-pane.active') ?? doc.querySelector('.tab-pane.active');
}

/** The papers a venue page's visible tab lists (each links to its forum), first appearance first. */
export function readVisibleVenuePapers(doc: Document, now: Date): PaperRef[] {
  const pane = activeTabPane(doc);
  if (!pane) return [];
  const papers = new Map<string, PaperRef>();
  for (const link of pane.querySelectorAll(FORUM_LINKS)) {
    // Resolved against the site itself: the app's links are relative (/forum?id=…).
    const paper = openReviewPaperFrom(parseAddress(link.getAttribute('href')!, 'https://openreview.net/')?.href, now);
    if (paper && !papers.has(paper.id)) papers.set(paper.id, paper);
  }
  return [...papers.values()];
}

/** The forum page's link sits next to the title's PDF link; it always names the forum in the address. */
function syncForumLink(doc: Document, address: string, labels: InlineLabels, now: Date): void {
  const paper = openReviewPaperFrom(address, now);
  const href = paper && paperUrl(paper);
  for (const stale of doc.querySelectorAll(`a[${MARKER}="paper"]`))
    if (stale.getAttribute('href') !== href) stale.remove();
  const title = doc.querySelector('.forum-container .forum-title') ?? doc.querySelector('.forum-title');
  if (!href || !title || hasCoolPapersLink(doc)) return;
  const link = createCoolPapersLink(doc, href, { text: labels.paper, title: labels.title });
  link.style.marginLeft = '0.75em';
  const pdf = title.querySelector('a.citation_pdf_url');
  if (pdf) pdf.after(link);
  else title.append(link);
}

/** A venue page's "open all" line heads the visible tab and follows it as tabs change and load. */
function syncVenueLink(doc: Document, labels: InlineLabels, now: Date): void {
  const papers = readVisibleVenuePapers(doc, now);
  const wanted = paperPageUrls(papers).join(' ');
  const pane = activeTabPane(doc);
  const current = doc.querySelector(`p[${MARKER}="all"]`);
  if (current && current.getAttribute('data-papers') === wanted && current.parentElement === pane) return;
  current?.remove();
  if (!pane || papers.length === 0) return;
  const line = createHtmlElement(doc, 'p');
  line.setAttribute(MARKER, 'all');
  line.setAttribute('data-papers', wanted);
  line.append(createOpenAllLinks(doc, papers, labels.openAll(papers.length)));
  pane.prepend(line);
}

/**
 * Brings the links in line with what the page shows now. OpenReview is a client-rendered app that
 * changes its DOM and address without page loads, so this is called again on every change; when
 * nothing changed it touches nothing.
 */
export function syncOpenReviewLinks(doc: Document, address: string, labels: InlineLabels, now: Date): void {
  const url = parseAddress(address);
  const onGroup = url?.pathname === '/group';
  syncForumLink(doc, url?.pathname === '/forum' ? address : '', labels, now);
  syncListingLink(doc, onGroup ? listingOn(openReviewSource, url, now) : undefined, labels);
  if (onGroup) syncVenueLink(doc, labels, now);
  else doc.querySelector(`p[${MARKER}="all"]`)?.remove();
}

/** Whether a node the page added or removed holds something the links depend on; our own additions don't count. */
function holdsAnchor(node: Node, added: boolean): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  if (added && element.hasAttribute(MARKER)) return false;
  return element.matches(ANCHORS) || element.querySelector(ANCHORS) !== null;
}

/** Whether a DOM change can have changed what the links should be (else the links stay as they are). */
function concernsOpenReviewLinks(change: MutationRecord): boolean {
  if (change.type === 'attributes') return (change.target as Element).matches(`.tab-pane, ${FORUM_LINKS}`);
  return (
    [...change.addedNodes].some((node) => holdsAnchor(node, true)) ||
    [...change.removedNodes].some((node) => holdsAnchor(node, false))
  );
}

/**
 * Keeps the links in line as the app changes the page. It syncs the whole page when the address
 * changed or the watch can't say what changed, else only after a change that touched a forum link,
 * the title, a tab pane or our own elements: a page that changes every frame costs a look at its
 * changes, not a read of all its links.
 */
export function keepOpenReviewLinks(doc: Document, labels: InlineLabels) {
  let syncedAddress: string | undefined;
  return (address: string, now: Date, changes: PageChanges): void => {
    if (address === syncedAddress && changes && !changes.some(concernsOpenReviewLinks)) return;
    syncedAddress = address;
    syncOpenReviewLinks(doc, address, labels, now);
  };
}

/** A conference's group page gets its papers.cool listing by its title; any other page loses it. */
function syncListingLink(doc: Document, listing: Listing | undefined, labels: InlineLabels): void {
  const current = doc.querySelector(`p[${MARKER}="listing"]`);
  if (current && current.querySelector('a')?.getAttribute('href') !== listing?.url) current.remove();
  addListingLink(doc, listing, labels);
}
