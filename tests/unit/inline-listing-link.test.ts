// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { addArxivLinks } from '../../utils/inline/arxiv';
import { addListingLink } from '../../utils/inline/listing-link';
import { listingOfAddress } from '../../utils/sources';
import { EXAMPLES_NOW } from '../../utils/sources/types';
import { arxivListingHtml } from '../fixtures/arxiv-listing';
import { hrefs, labels, ourLinks, page } from '../support/inline-page';

const now = EXAMPLES_NOW;

describe('addListingLink', () => {
  it.each([
    ['an <h1> root', '<h1 xmlns="http://www.w3.org/1999/xhtml">ICLR 2024 Conference</h1>'],
    [
      'an arXiv listing <dl id="articles">',
      '<dl xmlns="http://www.w3.org/1999/xhtml" id="articles"><dt><a title="Abstract" id="2410.12345" href="/abs/2410.12345">arXiv:2410.12345</a> [<a title="Download PDF" href="/pdf/2410.12345">pdf</a>]</dt></dl>',
    ],
  ])('adds nothing beside the root of an XHTML document that is %s', (_, xhtml) => {
    const doc = new DOMParser().parseFromString(xhtml, 'application/xhtml+xml');
    addListingLink(doc, listingOfAddress('https://openreview.net/group?id=ICLR.cc/2024/Conference', now), labels);
    addArxivLinks(doc, 'https://arxiv.org/list/cs.CL/new', labels, now);
    expect(doc.childElementCount).toBe(1);
    expect(doc.querySelectorAll('p[data-cool-papers]')).toHaveLength(0);
  });

  it("puts the arXiv category's listing right after the listing's title, once", () => {
    const doc = page(arxivListingHtml(3, 1));
    addArxivLinks(doc, 'https://arxiv.org/list/cs.CL/new', labels, now);
    addArxivLinks(doc, 'https://arxiv.org/list/cs.CL/new', labels, now);
    const listingLinks = ourLinks(doc).filter((link) => link.getAttribute('data-cool-papers') === 'listing');
    expect(listingLinks.map((link) => link.getAttribute('href'))).toEqual(['https://papers.cool/arxiv/cs.CL']);
    expect(listingLinks[0].parentElement!.previousElementSibling!.matches('#dlpage > h1')).toBe(true);
    expect(listingLinks[0].textContent).toBe(labels.listing);
  });

  it.each([
    [
      'https://proceedings.mlr.press/v235/',
      '<h2>Volume 235: International Conference on Machine Learning</h2>',
      'https://papers.cool/venue/ICML.2024',
    ],
    [
      'https://aclanthology.org/events/acl-2024/',
      '<section><h2 id="title">Annual Meeting of the ACL (2024)</h2></section>',
      'https://papers.cool/venue/ACL.2024',
    ],
    [
      'https://openaccess.thecvf.com/CVPR2024?day=all',
      '<div id="content"><h3>CVPR 2024 open access</h3></div>',
      'https://papers.cool/venue/CVPR.2024',
    ],
  ])('on %s, by the first heading', (address, html, url) => {
    const doc = page(html);
    expect(addListingLink(doc, listingOfAddress(address, now), labels)).toBe(true);
    expect(hrefs(doc)).toEqual([url]);
  });

  it.each([
    ['a paper page', 'https://proceedings.mlr.press/v235/smith24a.html', '<h1>A paper</h1>'],
    ['a venue papers.cool has no listing for', 'https://openaccess.thecvf.com/WACV2024', '<h1>WACV 2024</h1>'],
    ['a page without a heading', 'https://proceedings.mlr.press/v235/', '<p>Volume 235</p>'],
  ])('adds nothing on %s', (_, address, html) => {
    const doc = page(html);
    expect(addListingLink(doc, listingOfAddress(address, now), labels)).toBe(false);
    expect(ourLinks(doc)).toEqual([]);
  });
});
