// @vitest-environment happy-dom
// utils/inline/openreview.ts: the links on OpenReview forum and venue pages, kept right as the app
// changes pages without a page load.
import { describe, expect, it } from 'vitest';

import { MARKER } from '../../utils/inline/links';
import { readVisibleVenuePapers, syncOpenReviewLinks } from '../../utils/inline/openreview';
import { EXAMPLES_NOW as now } from '../../utils/sources/types';
import { hrefs, labels, ourLinks, page } from '../support/inline-page';

describe('OpenReview', () => {
  const forumPage = (id: string) =>
    page(
      `<div class="forum-container"><div class="forum-note"><div class="forum-title"><h2 class="citation_title">T</h2><a class="citation_pdf_url" href="/pdf?id=${id}">PDF</a></div></div></div>`,
    );

  it('adds one link next to the forum PDF link and replaces it after in-app navigation', () => {
    const doc = forumPage('LcF-EEt8cCC');
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=LcF-EEt8cCC', labels, now);
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=LcF-EEt8cCC', labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/LcF-EEt8cCC@OpenReview']);
    expect(ourLinks(doc)[0].previousElementSibling!.matches('a.citation_pdf_url')).toBe(true);
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=_VjQlMeSB_J&noteId=abc', labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/_VjQlMeSB_J@OpenReview']);
    // On the conference's group page the paper link goes, and the listing link comes by the title.
    syncOpenReviewLinks(doc, 'https://openreview.net/group?id=ICLR.cc/2024/Conference', labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/ICLR.2024']);
    syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=LcF-EEt8cCC', labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/LcF-EEt8cCC@OpenReview']);
  });

  it('adds no listing link for a venue papers.cool has no known listing for', () => {
    const doc = page('<div id="header"><h1>COLM 2024</h1></div>');
    syncOpenReviewLinks(doc, 'https://openreview.net/group?id=COLM.cc/2024/Conference', labels, now);
    expect(ourLinks(doc)).toEqual([]);
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
    expect(readVisibleVenuePapers(doc, now).map((paper) => paper.id)).toEqual([
      'NGB6YNnO5o@OpenReview',
      'LcF-EEt8cCC@OpenReview',
    ]);
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
  const malformedForumLinks = [
    'http://[forum?id=abc',
    'https://openreview.net:99999/forum?id=abc',
    'https://open review.net/forum?id=abc',
  ];

  it.each(malformedForumLinks)('skips the malformed venue link %s and counts the valid ones', (href) => {
    const doc = page(`<div class="tab-content"><div class="tab-pane active">
      <a href="/forum?id=NGB6YNnO5o">A</a><a href="${href}">bad</a><a href="/forum?id=LcF-EEt8cCC">B</a></div></div>`);
    expect(readVisibleVenuePapers(doc, now).map((paper) => paper.id)).toEqual([
      'NGB6YNnO5o@OpenReview',
      'LcF-EEt8cCC@OpenReview',
    ]);
    syncOpenReviewLinks(doc, 'https://openreview.net/group?id=ICLR.cc/2024/Conference', labels, now);
    expect(hrefs(doc)).toEqual(['https://papers.cool/venue/NGB6YNnO5o@OpenReview,LcF-EEt8cCC@OpenReview']);
  });

  it.each(['http://[', '', 'not an address'])(
    'throws nothing and keeps no forum link for the page address %j',
    (address) => {
      const doc = forumPage('LcF-EEt8cCC');
      syncOpenReviewLinks(doc, 'https://openreview.net/forum?id=LcF-EEt8cCC', labels, now);
      expect(() => syncOpenReviewLinks(doc, address, labels, now)).not.toThrow();
      expect(hrefs(doc)).toEqual([]);
      expect(doc.querySelector('a.citation_pdf_url')).not.toBeNull();
    },
  );
});
