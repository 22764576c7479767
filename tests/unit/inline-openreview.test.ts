// @vitest-environment happy-dom
// utils/inline/openreview.ts: the links on OpenReview forum and venue pages, kept right as the app
// changes pages without a page load.
import { describe, expect, it, vi } from 'vitest';

import { MARKER } from '../../utils/inline/links';
import {
  keepOpenReviewLinks,
  OPENREVIEW_WATCHED_ATTRIBUTES,
  readVisibleVenuePapers,
  syncOpenReviewLinks,
} from '../../utils/inline/openreview';
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

  describe('keepOpenReviewLinks: what changed, not the whole page', () => {
    const venue = 'https://openreview.net/group?id=ICLR.cc/2024/Conference';
    const forumId = (i: number) => `Paper${String(i).padStart(5, '0')}`;
    const venuePage = (links: number) =>
      page(`<h1>ICLR 2024 Conference</h1><div class="tab-content">
        <div class="tab-pane active" id="oral"><ul>${Array.from(
          { length: links },
          (_, i) => `<li><a href="/forum?id=${forumId(i)}">P${i}</a></li>`,
        ).join('')}</ul><span id="status">0</span></div>
        <div class="tab-pane" id="poster"><a href="/forum?id=_VjQlMeSB_J">C</a></div></div>`);

    /** A page kept by the keeper, and a way to pass it the DOM changes made since the last call, as the watch does. */
    function keptPage(doc: Document, address = venue) {
      const keep = keepOpenReviewLinks(doc, labels);
      const observer = new MutationObserver(() => {});
      observer.observe(doc, { childList: true, subtree: true, attributeFilter: OPENREVIEW_WATCHED_ATTRIBUTES });
      keep(address, now, undefined);
      observer.takeRecords();
      return (nextAddress = address) => keep(nextAddress, now, observer.takeRecords());
    }

    /** How many times `run` reads an href: every forum link's read starts there. */
    function hrefReads(run: () => void): number {
      const getAttribute = vi.spyOn(Element.prototype, 'getAttribute');
      try {
        run();
        return getAttribute.mock.calls.filter(([name]) => name === 'href').length;
      } finally {
        getAttribute.mockRestore();
      }
    }

    it.each([100, 1000])('a change that touches no link reads no link, on a page of %i links', (links) => {
      const doc = venuePage(links);
      const keepUp = keptPage(doc);
      const before = hrefs(doc);
      expect(before).toHaveLength(Math.ceil(links / 100) + 1);
      const status = doc.getElementById('status')!;
      const reads = hrefReads(() => {
        for (let frame = 1; frame <= 10; frame++) {
          status.replaceChildren(doc.createElement('b'));
          status.className = `frame-${frame}`;
          keepUp();
        }
      });
      expect(reads).toBe(0);
      expect(hrefs(doc)).toEqual(before);
    });

    it('follows a change that adds a forum link to the visible tab', () => {
      const doc = venuePage(2);
      const keepUp = keptPage(doc);
      const item = doc.createElement('li');
      item.innerHTML = '<a href="/forum?id=NGB6YNnO5o">New</a>';
      doc.querySelector('#oral ul')!.append(item);
      keepUp();
      expect(hrefs(doc)).toContain(
        'https://papers.cool/venue/Paper00000@OpenReview,Paper00001@OpenReview,NGB6YNnO5o@OpenReview',
      );
    });

    it('follows the visible tab when only its class changes, and puts back a line the app removed', () => {
      const doc = venuePage(2);
      const keepUp = keptPage(doc);
      doc.getElementById('oral')!.classList.remove('active');
      doc.getElementById('poster')!.classList.add('active');
      keepUp();
      expect(doc.querySelector(`#poster > p[${MARKER}="all"] a`)!.getAttribute('href')).toBe(
        'https://papers.cool/venue/_VjQlMeSB_J@OpenReview',
      );
      doc.querySelector(`p[${MARKER}="listing"]`)!.remove();
      keepUp();
      expect(hrefs(doc)).toEqual([
        'https://papers.cool/venue/ICLR.2024',
        'https://papers.cool/venue/_VjQlMeSB_J@OpenReview',
      ]);
    });

    it('follows an in-app navigation even when no change touched the links', () => {
      const doc = forumPage('LcF-EEt8cCC');
      const keepUp = keptPage(doc, 'https://openreview.net/forum?id=LcF-EEt8cCC');
      expect(hrefs(doc)).toEqual(['https://papers.cool/venue/LcF-EEt8cCC@OpenReview']);
      keepUp('https://openreview.net/forum?id=_VjQlMeSB_J');
      expect(hrefs(doc)).toEqual(['https://papers.cool/venue/_VjQlMeSB_J@OpenReview']);
    });
  });
});
