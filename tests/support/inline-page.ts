// What the unit tests of the inline links (tests/unit/inline-*.test.ts) share: documents parsed from
// HTML or from a saved page in tests/fixtures, the labels, and the links the extension added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type InlineLabels, MARKER } from '../../utils/inline/links';

export const labels: InlineLabels = {
  paper: 'Cool Papers',
  entry: 'cool',
  title: 'Read on Cool Papers',
  openAll: (n) => `Open all ${n}`,
  listing: 'Open this listing on Cool Papers',
};

export function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A page saved in tests/fixtures. */
export const fixture = (name: string) => page(readFileSync(join(__dirname, '../fixtures', name), 'utf8'));

export const ourLinks = (doc: Document) => [...doc.querySelectorAll<HTMLAnchorElement>(`a[${MARKER}]`)];
export const hrefs = (doc: Document) => ourLinks(doc).map((link) => link.getAttribute('href'));
