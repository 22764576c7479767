// @vitest-environment happy-dom
// utils/inline/arxiv.ts: the links on arXiv abstract, listing, search and full-text pages.
import { describe, expect, it } from 'vitest';

import {
  addArxivAbstractLink,
  addArxivFullTextLink,
  addArxivListingLinks,
  addArxivSearchLinks,
  readArxivAbstractPaper,
  readArxivListing,
  readArxivSearchResults,
} from '../../utils/inline/arxiv';
import { MARKER } from '../../utils/inline/links';
import { EXAMPLES_NOW as now } from '../../utils/sources/types';
import { arxivListingHtml, listingId } from '../fixtures/arxiv-listing';
import { fixture, hrefs, labels, ourLinks, page } from '../support/inline-page';

describe('arXiv readers', () => {
  it.each<[string, string | undefined]>([
    ['arxiv-abs.html', '2410.12345'],
    ['arxiv-abs-changed.html', undefined],
  ])('reads the abstract page %s', (name, id) => {
    expect(readArxivAbstractPaper(fixture(name), now)?.id).toBe(id);
  });

  it('reads every entry of every listing section, in order, with its link group', () => {
    const entries = readArxivListing(page(arxivListingHtml(4, 2)), now);
    expect(entries.map((entry) => entry.paper.id)).toEqual([1, 2, 3, 4, 5, 6].map(listingId));
    expect(entries.map((entry) => entry.lastLink.getAttribute('title'))).toEqual(Array(6).fill('Other formats'));
  });

  it('reads search results from their absolute links', () => {
    expect(readArxivSearchResults(fixture('arxiv-search.html'), now).map((entry) => entry.paper.id)).toEqual([
      '2410.12345',
      '2409.01234',
      '2301.00001',
    ]);
  });
});

describe('arXiv links', () => {
  it('adds one "Access Paper" entry styled like its neighbours, once', () => {
    const doc = fixture('arxiv-abs.html');
    expect(addArxivAbstractLink(doc, labels, now)).toBe(true);
    expect(addArxivAbstractLink(doc, labels, now)).toBe(false);
    const [link] = ourLinks(doc);
    expect(ourLinks(doc)).toHaveLength(1);
    expect(link.href).toBe('https://papers.cool/arxiv/2410.12345');
    expect(link.className).toBe('abs-button');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener');
    expect(link.closest('ul')?.lastElementChild).toBe(link.parentElement);
  });

  it('adds nothing, and throws nothing, when the layout changed', () => {
    const doc = fixture('arxiv-abs-changed.html');
    const before = doc.body.innerHTML;
    expect(addArxivAbstractLink(doc, labels, now)).toBe(false);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('puts a link inside each listing entry group, and one "open all" before the list, once', () => {
    const doc = page(arxivListingHtml(4, 2));
    expect(addArxivListingLinks(doc, labels, now)).toBe(6);
    expect(addArxivListingLinks(doc, labels, now)).toBe(0);
    const firstEntry = doc.querySelector('dl#articles > dt')!;
    expect(firstEntry.textContent.replace(/\s+/g, ' ')).toContain('[pdf, html, other, cool]');
    expect(firstEntry.querySelector(`a[${MARKER}]`)!.getAttribute('href')).toBe(
      `https://papers.cool/arxiv/${listingId(1)}`,
    );
    const openAll = doc.querySelectorAll(`p[${MARKER}="all"] a`);
    expect(openAll).toHaveLength(1);
    expect(openAll[0].textContent).toBe('Open all 6');
    expect(openAll[0].getAttribute('href')).toBe(
      `https://papers.cool/arxiv/${[1, 2, 3, 4, 5, 6].map(listingId).join(',')}`,
    );
    expect(doc.querySelector(`p[${MARKER}="all"]`)!.nextElementSibling!.matches('dl#articles')).toBe(true);
  });

  it('splits "open all" into pages of at most 100 ids', () => {
    const doc = page(arxivListingHtml(200, 50));
    expect(addArxivListingLinks(doc, labels, now)).toBe(250);
    const pages = [...doc.querySelectorAll(`p[${MARKER}="all"] a`)];
    expect(pages.map((link) => link.textContent)).toEqual(['1–100', '101–200', '201–250']);
    expect(pages.map((link) => link.getAttribute('href')!.split(',').length)).toEqual([100, 100, 50]);
    expect(pages[2].getAttribute('href')).toMatch(
      new RegExp(`^https://papers.cool/arxiv/${listingId(201)},.*,${listingId(250)}$`),
    );
    expect(doc.querySelector(`p[${MARKER}="all"]`)!.textContent).toBe('Open all 250: 1–100 · 101–200 · 201–250');
  });

  it('adds a link to each search result and one "open all"', () => {
    const doc = fixture('arxiv-search.html');
    expect(addArxivSearchLinks(doc, labels, now)).toBe(3);
    expect(doc.querySelector('li.arxiv-result span')!.textContent.replace(/\s+/g, ' ')).toContain(
      '[pdf, ps, other, cool]',
    );
    expect(hrefs(doc)).toContain('https://papers.cool/arxiv/2410.12345,2409.01234,2301.00001');
  });

  it('adds one corner badge on the HTML full text', () => {
    const doc = page('<html><body><article class="ltx_document">Text</article></body></html>');
    expect(addArxivFullTextLink(doc, 'https://arxiv.org/html/2410.12345v2', labels, now)).toBe(true);
    expect(addArxivFullTextLink(doc, 'https://arxiv.org/html/2410.12345v2', labels, now)).toBe(false);
    expect(hrefs(doc)).toEqual(['https://papers.cool/arxiv/2410.12345']);
  });
});
