// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAclEntryLinks, addAclPaperLink, readAclPaper } from '../../utils/inline/acl';
import {
  addArxivAbstractLink,
  addArxivFullTextLink,
  addArxivListingLinks,
  addArxivSearchLinks,
  readArxivAbstractPaper,
  readArxivListing,
  readArxivSearchResults,
} from '../../utils/inline/arxiv';
import { MARKER, type InlineLabels } from '../../utils/inline/links';
import { readVisibleVenuePapers, syncOpenReviewLinks } from '../../utils/inline/openreview';
import { addLinkAfterPdfLink, addPmlrLink } from '../../utils/inline/proceedings';
import { aaaiSource } from '../../utils/sources/aaai';
import { cvfSource } from '../../utils/sources/cvf';
import { EXAMPLES_NOW } from '../../utils/sources/types';
import { arxivListingHtml, listingId } from '../fixtures/arxiv-listing';
import { proceedingsPage } from '../fixtures/proceedings-pages';

const now = EXAMPLES_NOW;
const labels: InlineLabels = { paper: 'Cool Papers', entry: 'cool', title: 'Read on Cool Papers', openAll: (n) => `Open all ${n}` };

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const fixture = (name: string) => page(readFileSync(join(__dirname, '../fixtures', name), 'utf8'));
const ourLinks = (doc: Document) => [...doc.querySelectorAll<HTMLAnchorElement>(`a[${MARKER}]`)];
const hrefs = (doc: Document) => ourLinks(doc).map((link) => link.getAttribute('href'));

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
    expect(firstEntry.textContent!.replace(/\s+/g, ' ')).toContain('[pdf, html, other, cool]');
    expect(firstEntry.querySelector(`a[${MARKER}]`)!.getAttribute('href')).toBe(`https://papers.cool/arxiv/${listingId(1)}`);
    const openAll = doc.querySelectorAll(`p[${MARKER}="all"] a`);
    expect(openAll).toHaveLength(1);
    expect(openAll[0].textContent).toBe('Open all 6');
    expect(openAll[0].getAttribute('href')).toBe(`https://papers.cool/arxiv/${[1, 2, 3, 4, 5, 6].map(listingId).join(',')}`);
    expect(doc.querySelector(`p[${MARKER}="all"]`)!.nextElementSibling!.matches('dl#articles')).toBe(true);
  });

  it('splits "open all" into pages of at most 100 ids', () => {
    const doc = page(arxivListingHtml(200, 50));
    expect(addArxivListingLinks(doc, labels, now)).toBe(250);
    const pages = [...doc.querySelectorAll(`p[${MARKER}="all"] a`)];
    expect(pages.map((link) => link.textContent)).toEqual(['1–100', '101–200', '201–250']);
    expect(pages.map((link) => link.getAttribute('href')!.split(',').length)).toEqual([100, 100, 50]);
    expect(pages[2].getAttribute('href')).toMatch(new RegExp(`^https://papers.cool/arxiv/${listingId(201)},.*,${listingId(250)}$`));
    expect(doc.querySelector(`p[${MARKER}="all"]`)!.textContent).toBe('Open all 250: 1–100 · 101–200 · 201–250');
  });

  it('adds a link to each search result and one "open all"', () => {
    const doc = fixture('arxiv-search.html');
    expect(addArxivSearchLinks(doc, labels, now)).toBe(3);
    expect(doc.querySelector('li.arxiv-result span')!.textContent!.replace(/\s+/g, ' ')).toContain('[pdf, ps, other, cool]');
    expect(hrefs(doc)).toContain('https://papers.cool/arxiv/2410.12345,2409.01234,2301.00001');
  });

  it('adds one corner badge on the HTML full text', () => {
    const doc = page('<html><body><article class="ltx_document">Text</article></body></html>');
    expect(addArxivFullTextLink(doc, 'https://arxiv.org/html/2410.12345v2', labels, now)).toBe(true);
    expect(addArxivFullTextLink(doc, 'https://arxiv.org/html/2410.12345v2', labels, now)).toBe(false);
    expect(hrefs(doc)).toEqual(['https://papers.cool/arxiv/2410.12345']);
  });
});

describe('ACL Anthology', () => {
  it('reads the paper of a paper page', () => {
    expect(readAclPaper(fixture('acl-paper.html'), now)?.id).toBe('2024.acl-long.123@ACL');
  });

  it('adds a button styled like Cite and Search to the Bootstrap 5 button row, once', () => {
    const doc = fixture('acl-paper.html');
    expect(addAclPaperLink(doc, labels, now)).toBe(true);
    expect(addAclPaperLink(doc, labels, now)).toBe(false);
    const [link] = ourLinks(doc);
    expect(link.getAttribute('href')).toBe('https://papers.cool/venue/2024.acl-long.123@ACL');
    expect(link.className).toBe('btn btn-secondary');
    expect(link.parentElement!.classList.contains('acl-paper-link-block')).toBe(true);
    expect(link.nextElementSibling!.textContent).toBe('Fix data');
  });

  it('adds a badge to each paper of a volume page, not to the front matter', () => {
    const doc = fixture('acl-volume.html');
    expect(addAclEntryLinks(doc, labels, now)).toBe(2);
    expect(addAclEntryLinks(doc, labels, now)).toBe(0);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/2024.acl-long.1@ACL', 'https://papers.cool/venue/2024.acl-long.2@ACL']);
  });
});

describe('PMLR and other proceedings', () => {
  it('adds a link to the PMLR extras list from the abstract-page meta tag', () => {
    const doc = fixture('pmlr-paper.html');
    expect(addPmlrLink(doc, labels, now)).toBe(true);
    expect(addPmlrLink(doc, labels, now)).toBe(false);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/smith23a@v202@PMLR']);
  });

  it('adds a link after the PDF link of a CVF page, in its style', () => {
    const address = 'https://openaccess.thecvf.com/content/CVPR2025/html/Park_SplineGS_from_CVPR_2025_paper.html';
    const doc = page(proceedingsPage('SplineGS', '/content/CVPR2025/papers/Park_SplineGS_from_CVPR_2025_paper.pdf', 'pdf-link'));
    expect(addLinkAfterPdfLink(doc, cvfSource, address, labels, now)).toBe(true);
    expect(addLinkAfterPdfLink(doc, cvfSource, address, labels, now)).toBe(false);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/Park_SplineGS_from@CVPR2025@CVF']);
    expect(ourLinks(doc)[0].className).toBe('pdf-link');
  });

  it.each([
    [
      'an OJS article page: the PDF galley, not a reference or a citation export that comes first',
      `<p><a href="https://arxiv.org/pdf/2301.00001.pdf">ref</a></p>
       <a href="https://ojs.aaai.org/index.php/AAAI/citationstylelanguage/download/ris?submissionId=36964">RIS</a>
       <ul><li><a class="obj_galley_link pdf" href="https://ojs.aaai.org/index.php/AAAI/article/view/36964/40926">PDF</a></li></ul>`,
      'obj_galley_link pdf',
    ],
    ['a link reading "[pdf]" before a reference PDF', `<a class="own" href="/paper">[pdf]</a> <a href="/other.pdf">other</a>`, 'own'],
    ['no link reading PDF: the first link ending in .pdf', `<a href="/x.html">x</a> <a class="file" href="/y.PDF">paper</a>`, 'file'],
  ])('puts the link after the paper\'s PDF link on %s', (_, body, pdfClass) => {
    const doc = page(`<html><body><h1>Paper</h1>${body}</body></html>`);
    expect(addLinkAfterPdfLink(doc, aaaiSource, 'https://ojs.aaai.org/index.php/AAAI/article/view/36964', labels, now)).toBe(true);
    const [ours] = ourLinks(doc);
    expect(ours.getAttribute('href')).toBe('https://papers.cool/venue/36964@AAAI');
    expect((ours.previousSibling?.previousSibling as Element).className).toBe(pdfClass);
  });

  it('adds nothing to a page without a PDF link', () => {
    const doc = page('<html><body><h1>Paper</h1></body></html>');
    expect(addLinkAfterPdfLink(doc, cvfSource, 'https://openaccess.thecvf.com/content/CVPR2025/html/A_B_CVPR_2025_paper.html', labels, now)).toBe(false);
  });
});

describe('OpenReview', () => {
  const forumPage = (id: string) =>
    page(`<div class="forum-container"><div class="forum-note"><div class="forum-title"><h2 class="citation_title">T</h2><a class="citation_pdf_url" href="/pdf?id=${id}">PDF</a></div></div></div>`);

  it('adds one link next to the forum PDF link and replaces it after in-app navigation', () => {
    const doc = forumPage('LcF-EEt8cCC');
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=LcF-EEt8cCC', labels, now);
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=LcF-EEt8cCC', labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/LcF-EEt8cCC@OpenReview']);
    expect(ourLinks(doc)[0].previousElementSibling!.matches('a.citation_pdf_url')).toBe(true);
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=_VjQlMeSB_J&noteId=abc', labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/_VjQlMeSB_J@OpenReview']);
    syncOpenReviewLinks(doc, 'https://openreview.net/group?id=ICLR.cc/2024/Conference', labels, now);
    expect(hrefs(doc)).toEqual([]);
  });

  it('adds nothing before the forum renders', () => {
    const doc = page('<div id="__next"><p>Loading…</p></div>');
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=NGB6YNnO5o', labels, now);
    expect(ourLinks(doc)).toEqual([]);
  });

  it('keeps one "open all" for the visible venue tab', () => {
    const doc = page(`<div class="tab-content">
      <div class="tab-pane active" id="oral"><a href="/forum?id=NGB6YNnO5o&referrer=x">A</a><a href="/forum?id=LcF-EEt8cCC">B</a><a href="/forum?id=NGB6YNnO5o">A again</a></div>
      <div class="tab-pane" id="poster"><a href="/forum?id=_VjQlMeSB_J">C</a></div></div>`);
    expect(readVisibleVenuePapers(doc, now).map((paper) => paper.id)).toEqual(['NGB6YNnO5o@OpenReview', 'LcF-EEt8cCC@OpenReview']);
    const address = 'https://openreview.net/group?id=ICLR.cc/2024/Conference';
    syncOpenReviewLinks(doc, address, labels, now);
    syncOpenReviewLinks(doc, address, labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/NGB6YNnO5o@OpenReview,LcF-EEt8cCC@OpenReview']);
    doc.getElementById('oral')!.classList.remove('active');
    doc.getElementById('poster')!.classList.add('active');
    syncOpenReviewLinks(doc, address, labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/_VjQlMeSB_J@OpenReview']);
    expect(doc.querySelector(`#poster > p[${MARKER}="all"]`)).not.toBeNull();
  });

  // Invented: no real page has been seen with these, but the URL parser rejects each of them.
  const malformedForumLinks = ['http://[forum?id=abc', 'https://openreview.net:99999/forum?id=abc', 'https://open review.net/forum?id=abc'];

  it.each(malformedForumLinks)('skips the malformed venue link %s and counts the valid ones', (href) => {
    const doc = page(`<div class="tab-content"><div class="tab-pane active">
      <a href="/forum?id=NGB6YNnO5o">A</a><a href="${href}">bad</a><a href="/forum?id=LcF-EEt8cCC">B</a></div></div>`);
    expect(readVisibleVenuePapers(doc, now).map((paper) => paper.id)).toEqual(['NGB6YNnO5o@OpenReview', 'LcF-EEt8cCC@OpenReview']);
    syncOpenReviewLinks(doc, 'https://openreview.net/group?id=ICLR.cc/2024/Conference', labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/NGB6YNnO5o@OpenReview,LcF-EEt8cCC@OpenReview']);
  });

  it.each(['http://[', '', 'not an address'])('throws nothing and keeps no forum link for the page address %j', (address) => {
    const doc = forumPage('LcF-EEt8cCC');
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=LcF-EEt8cCC', labels, now);
    expect(() => syncOpenReviewLinks(doc, address, labels, now)).not.toThrow();
    expect(hrefs(doc)).toEqual([]);
    expect(doc.querySelector('a.citation_pdf_url')).not.toBeNull();
  });
});
