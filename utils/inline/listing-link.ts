import type { Listing } from '../listings';
import {
  createCoolPapersLink,
  createHtmlElement,
  hasCoolPapersLink,
  hasParentElement,
  type InlineLabels,
  MARKER,
} from './links';

/**
 * On a listing page papers.cool lists too (an arXiv category, a conference's papers), one "Open on
 * Cool Papers" line right after the page's title: `heading` where the site's markup is known, else
 * the first h1, h2 or h3. No listing or no title (or a title that is the document's root), no line;
 * a second run adds nothing.
 */
export function addListingLink(
  doc: Document,
  listing: Listing | undefined,
  labels: InlineLabels,
  heading?: Element | null,
): boolean {
  const title = heading ?? doc.querySelector('h1') ?? doc.querySelector('h2') ?? doc.querySelector('h3');
  if (!listing || !title || !hasParentElement(title) || hasCoolPapersLink(doc, 'listing')) return false;
  const line = createHtmlElement(doc, 'p');
  line.setAttribute(MARKER, 'listing');
  line.append(createCoolPapersLink(doc, listing.url, { text: labels.listing, title: listing.name, kind: 'listing' }));
  title.after(line);
  return true;
}
