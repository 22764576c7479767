// The inline "Cool Papers" links as a user meets them: the built extension in Chromium, fixture pages
// with each site's real structure (docs/facts.md, the "Paper sites" sections) served under the
// sites' real addresses. Every link is checked for its exact address, that it opens in a new tab,
// and that it is there exactly once.
// `SCREENSHOTS=1` also writes docs/screenshots/*.png.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { arxivListingHtml, listingId } from '../fixtures/arxiv-listing';
import { proceedingsPage } from '../fixtures/proceedings-pages';
import {
  collectPageErrors,
  DEFAULT_EXTENSION_PATH,
  expect,
  FIXTURES_DIR,
  routeFixtures,
  scaled,
  test,
} from './harness';
import {
  contentScriptStarts,
  expectExactly,
  extensionWithContentScriptsTwice,
  goBackToCachedPage,
  hrefsOf,
  linkAttributesOf,
  linkInsertionTimes,
  OPEN_ALL_LINKS,
  OURS,
  PAPER_LINKS,
  recordContentScriptStarts,
  recordLinkInsertions,
  recordPageShows,
  saveScreenshot,
  waitForContentScript,
} from './inline-helpers';

const fixtureFile = (name: string) => ({ file: name });
const fixtureText = (name: string) => readFileSync(join(FIXTURES_DIR, name), 'utf8');

const COOL = 'https://papers.cool';
const ARXIV_ABS = 'https://arxiv.org/abs/2410.12345';
const ARXIV_LIST = 'https://arxiv.org/list/cs.CL/new';
const ARXIV_SEARCH = 'https://arxiv.org/search/?query=sparse+experts&searchtype=all';
const ARXIV_HTML = 'https://arxiv.org/html/2410.12345v2';
const ACL_PAPER = 'https://aclanthology.org/2024.acl-long.123/';
const ACL_VOLUME = 'https://aclanthology.org/volumes/2024.acl-long/';
// An event page lists its volumes' papers in the same entry markup as a volume page.
const ACL_EVENT = 'https://aclanthology.org/events/acl-2024/';
const PMLR_PAPER = 'https://proceedings.mlr.press/v202/smith23a.html';
const OPENREVIEW_FORUM = 'https://openreview.net/forum?id=NGB6YNnO5o';
const OPENREVIEW_VENUE = 'https://openreview.net/group?id=ICLR.cc/2024/Conference';
const IJCAI_PAPER = 'https://www.ijcai.org/proceedings/2024/0123';
const CVF_PAPER = 'https://openaccess.thecvf.com/content/CVPR2025/html/Park_SplineGS_from_CVPR_2025_paper.html';
const AAAI_PAPER = 'https://ojs.aaai.org/index.php/AAAI/article/view/36963';
const AAAI_OJS_PAPER = 'https://ojs.aaai.org/index.php/AAAI/article/view/36964';
const ELSEWHERE = 'https://example.org/elsewhere';

/** Sizes of the listings the tests load, by address (query strings are part of a route's key). */
const LISTINGS = { small: [3, 2], pages: [180, 70], large: [1500, 500] } as const;
const listingUrl = (size: keyof typeof LISTINGS) => (size === 'small' ? ARXIV_LIST : `${ARXIV_LIST}?size=${size}`);

/**
 * An article page in the structure of OJS's own templates (pkp/ojs article_details.tpl and
 * galley_link.tpl; ojs.aaai.org runs OJS): references in the main column, then the side column with
 * the PDF galley, linked as article/view/<article>/<galley> (no ".pdf", no "/download/"), and the
 * citation-export links of the citationStyleLanguage plugin. Not checked against a saved AAAI page.
 */
const OJS_ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sparse Experts for Reasoning | Proceedings of the AAAI Conference on Artificial Intelligence</title>
<meta name="citation_pdf_url" content="https://ojs.aaai.org/index.php/AAAI/article/download/36964/40926">
<style>body{font-family:sans-serif;margin:20px} .row{display:flex;gap:32px} .obj_galley_link{border:1px solid #06c;padding:4px 10px;border-radius:3px}</style></head>
<body><div class="pkp_structure_main"><article class="obj_article_details">
  <h1 class="page_title">Sparse Experts for Reasoning</h1>
  <div class="row">
    <div class="main_entry">
      <section class="item authors"><ul class="authors"><li><span class="name">Jane Doe</span></li></ul></section>
      <section class="item abstract"><h2 class="label">Abstract</h2>We scale sparse experts.</section>
      <section class="item references"><h2 class="label">References</h2><div class="value">
        <p>Doe, J. 2023. Dense baselines. <a href="https://arxiv.org/pdf/2301.00001.pdf">https://arxiv.org/pdf/2301.00001.pdf</a></p>
      </div></section>
    </div>
    <div class="entry_details">
      <div class="item galleys"><ul class="value galleys_links">
        <li><a class="obj_galley_link pdf" href="https://ojs.aaai.org/index.php/AAAI/article/view/36964/40926">PDF</a></li>
      </ul></div>
      <div class="item citation"><div class="sub_item citation_display"><div class="value">
        <div id="citationOutput">Doe, J. (2026). Sparse Experts for Reasoning.</div>
        <div class="citation_formats"><button class="citation_formats_button">More Citation Formats</button>
          <div class="citation_formats_list" aria-hidden="true" hidden>
            <ul class="citation_formats_styles"><li><a href="https://ojs.aaai.org/index.php/AAAI/citationstylelanguage/get/apa?submissionId=36964">APA</a></li></ul>
            <span class="label">Download Citation</span>
            <ul class="citation_formats_styles">
              <li><a href="https://ojs.aaai.org/index.php/AAAI/citationstylelanguage/download/ris?submissionId=36964&amp;publicationId=35000">Endnote/Zotero/Mendeley (RIS)</a></li>
              <li><a href="https://ojs.aaai.org/index.php/AAAI/citationstylelanguage/download/bibtex?submissionId=36964&amp;publicationId=35000">BibTeX</a></li>
            </ul>
          </div></div>
      </div></div></div>
    </div>
  </div>
</article></div></body></html>
`;

/** An HTML full-text page in the structure of arXiv's LaTeXML output: no link bar of its own. */
const ARXIV_FULL_TEXT_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sparse Experts at Scale</title></head>
<body><div class="ltx_page_main"><div class="ltx_page_content"><article class="ltx_document ltx_authors_1line">
<h1 class="ltx_title ltx_title_document">Sparse Experts at Scale</h1>
<div class="ltx_abstract"><h6 class="ltx_title ltx_title_abstract">Abstract</h6><p class="ltx_p">We scale sparse experts.</p></div>
</article></div></div></body></html>`;

const NEW_TAB = { target: '_blank', rel: 'noopener' };
const paperLink = (text: string) => ({ ...NEW_TAB, text });

async function serveFixtures({ context }: { context: import('@playwright/test').BrowserContext }) {
  await routeFixtures(context, {
    [ARXIV_ABS]: fixtureFile('arxiv-abs.html'),
    'https://arxiv.org/abs/2410.99999': fixtureFile('arxiv-abs-changed.html'),
    ...Object.fromEntries(
      (Object.keys(LISTINGS) as (keyof typeof LISTINGS)[]).map((size) => {
        const [newCount, crossCount] = LISTINGS[size];
        return [listingUrl(size), arxivListingHtml(newCount, crossCount)];
      }),
    ),
    [ARXIV_SEARCH]: fixtureFile('arxiv-search.html'),
    [ACL_PAPER]: fixtureFile('acl-paper.html'),
    [ACL_VOLUME]: fixtureFile('acl-volume.html'),
    [ACL_EVENT]: fixtureFile('acl-volume.html'),
    [ARXIV_HTML]: ARXIV_FULL_TEXT_PAGE,
    [PMLR_PAPER]: fixtureFile('pmlr-paper.html'),
    // One client-rendered app answers every address; it renders the forum or group after load.
    'https://openreview.net/**': fixtureFile('openreview-app.html'),
    [IJCAI_PAPER]: proceedingsPage('Sparse Experts for Planning', 'https://www.ijcai.org/proceedings/2024/0123.pdf'),
    [CVF_PAPER]: proceedingsPage(
      'SplineGS: Robust Motion-Adaptive Spline',
      '../../../content/CVPR2025/papers/Park_SplineGS_from_CVPR_2025_paper.pdf',
    ),
    [AAAI_PAPER]: proceedingsPage(
      'Sparse Experts for Reasoning',
      'https://ojs.aaai.org/index.php/AAAI/article/download/36963/40925',
      'obj_galley_link pdf',
    ),
    [AAAI_OJS_PAPER]: OJS_ARTICLE_PAGE,
    [ELSEWHERE]: '<!doctype html><title>Elsewhere</title><p>Another site</p>',
    '**/favicon.ico': { body: '', contentType: 'image/x-icon', status: 204 },
  });
}

test.beforeEach(serveFixtures);

/** Goes to `url` and returns the live list of its uncaught exceptions and console errors. */
async function open(page: Page, url: string): Promise<string[]> {
  const errors = collectPageErrors(page);
  await page.goto(url);
  return errors;
}

test.describe('arXiv', () => {
  test('abstract page: one "Cool Papers" entry at the end of the Access Paper list', async ({ page }) => {
    const errors = await open(page, ARXIV_ABS);
    const list = page.locator('div.extra-services div.full-text ul');
    const link = list.locator(`li:last-child > ${PAPER_LINKS}`);
    await expectExactly(page.locator(OURS), 1);
    await expect(link).toHaveAttribute('href', `${COOL}/arxiv/2410.12345`);
    expect(await linkAttributesOf(link)).toEqual([paperLink('Cool Papers')]);
    await expect(link).toHaveClass('abs-button');
    // Styled like its neighbours: same box as "View PDF".
    const [ours, pdf] = await Promise.all([link.boundingBox(), list.locator('a.download-pdf').boundingBox()]);
    expect(ours!.height).toBeCloseTo(pdf!.height, 0);
    await expect(list.locator('> li')).toHaveCount(4);
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'arxiv-abstract.png', page.locator('div.extra-services'));
  });

  test('abstract page whose layout changed: no link, no error, the page untouched', async ({ page, extensionId }) => {
    const errors = await open(page, 'https://arxiv.org/abs/2410.99999');
    await waitForContentScript(page, extensionId);
    await expect(page.locator(OURS)).toHaveCount(0);
    await expect(page.locator('a[href*="papers.cool"]')).toHaveCount(0);
    const [now, served] = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return [document.documentElement.outerHTML, parsed.documentElement.outerHTML];
    }, fixtureText('arxiv-abs-changed.html'));
    expect(now).toBe(served);
    expect(errors).toEqual([]);
  });

  test('listing page: a "cool" link in each entry\'s [pdf, html, other] group and one "open all" line', async ({
    page,
  }) => {
    const errors = await open(page, ARXIV_LIST);
    const ids = [1, 2, 3, 4, 5].map(listingId);
    const entryLinks = page.locator(`dl#articles > dt ${PAPER_LINKS}`);
    await expectExactly(page.locator(PAPER_LINKS), 5);
    expect(await hrefsOf(entryLinks)).toEqual(ids.map((id) => `${COOL}/arxiv/${id}`));
    expect(await linkAttributesOf(entryLinks)).toEqual(ids.map(() => paperLink('cool')));
    // Inside the bracketed group, after "other": what a reader sees on the entry's line.
    const firstGroup = await page
      .locator('dl#articles > dt')
      .first()
      .evaluate((dt) => dt.textContent.replace(/\s+/g, ' ').trim());
    expect(firstGroup).toBe(`[1] arXiv:${ids[0]} [pdf, html, other, cool]`);
    const thirdGroup = await page
      .locator('dl#articles > dt')
      .nth(2)
      .evaluate((dt) => dt.textContent.replace(/\s+/g, ' ').trim());
    expect(thirdGroup).toBe(`[3] arXiv:${ids[2]} [pdf, other, cool]`);

    // One "open all" line, above the first section, naming every entry of both sections.
    const openAll = page.locator(OPEN_ALL_LINKS);
    await expectExactly(openAll, 1);
    await expect(page.locator(`p[data-cool-papers="all"]`)).toHaveCount(1);
    expect(await page.locator('p[data-cool-papers="all"] + dl#articles').count()).toBe(1);
    await expect(openAll).toHaveAttribute('href', `${COOL}/arxiv/${ids.join(',')}`);
    expect(await linkAttributesOf(openAll)).toEqual([paperLink('Open all 5 in Cool Papers')]);

    // And the category's own papers.cool listing, once, right after the listing's title.
    const listing = page.locator('#dlpage > h1 + p > a[data-cool-papers="listing"]');
    await expectExactly(page.locator('a[data-cool-papers="listing"]'), 1);
    await expect(listing).toHaveAttribute('href', `${COOL}/arxiv/cs.CL`);
    await expect(listing).toHaveText('Open this listing on Cool Papers');
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'arxiv-listing.png', [
      page.locator('#dlpage h3').first(),
      page.locator('dl#articles > dd').nth(1),
    ]);
  });

  test('listing of 250 entries: "open all" split into pages of at most 100 ids', async ({ page }) => {
    const errors = await open(page, listingUrl('pages'));
    const ids = Array.from({ length: 250 }, (_, i) => listingId(i + 1));
    const openAll = page.locator(OPEN_ALL_LINKS);
    await expectExactly(openAll, 3);
    expect(await hrefsOf(openAll)).toEqual([
      `${COOL}/arxiv/${ids.slice(0, 100).join(',')}`,
      `${COOL}/arxiv/${ids.slice(100, 200).join(',')}`,
      `${COOL}/arxiv/${ids.slice(200).join(',')}`,
    ]);
    expect(await linkAttributesOf(openAll)).toEqual(['1–100', '101–200', '201–250'].map(paperLink));
    await expect(page.locator('p[data-cool-papers="all"]')).toHaveText(
      'Open all 250 in Cool Papers: 1–100 · 101–200 · 201–250',
    );
    await expectExactly(page.locator(PAPER_LINKS), 250);
    expect(errors).toEqual([]);
  });

  test('listing of 2000 entries: 2000 entry links and 20 "open all" pages, soon after load', async ({ page }) => {
    await recordLinkInsertions(page);
    const errors = await open(page, listingUrl('large'));
    await expect(page.locator(PAPER_LINKS)).toHaveCount(2000);
    const { firstAfterLoad, lastAfterLoad } = await linkInsertionTimes(page);
    test.info().annotations.push({
      type: 'timing',
      description: `links added ${firstAfterLoad.toFixed(0)}–${lastAfterLoad.toFixed(0)} ms after the load event`,
    });
    // The content script runs at document_idle (after load). The bound is loose, scaled to how busy
    // the machine is: it catches a script that stalls, not a slow one (`npm run bench` times it).
    expect(lastAfterLoad).toBeLessThan(scaled(3_000));
    await expectExactly(page.locator(PAPER_LINKS), 2000);
    const openAll = page.locator(OPEN_ALL_LINKS);
    await expectExactly(openAll, 20);
    const pages = (await hrefsOf(openAll)).map((href) => href.replace(`${COOL}/arxiv/`, '').split(','));
    expect(pages.map((ids) => ids.length)).toEqual(Array(20).fill(100));
    expect(pages.flat()).toEqual(Array.from({ length: 2000 }, (_, i) => listingId(i + 1)));
    const entryHrefs = await hrefsOf(page.locator(`dl#articles > dt ${PAPER_LINKS}`));
    expect(entryHrefs[0]).toBe(`${COOL}/arxiv/${listingId(1)}`);
    expect(entryHrefs[1999]).toBe(`${COOL}/arxiv/${listingId(2000)}`);
    expect(new Set(entryHrefs).size).toBe(2000);
    expect(errors).toEqual([]);
  });

  test('search results: a "cool" link in each result\'s [pdf, ps, other] group and one "open all" line', async ({
    page,
  }) => {
    const errors = await open(page, ARXIV_SEARCH);
    const ids = ['2410.12345', '2409.01234', '2301.00001'];
    const entryLinks = page.locator(`li.arxiv-result p.list-title span ${PAPER_LINKS}`);
    await expectExactly(page.locator(PAPER_LINKS), 3);
    expect(await hrefsOf(entryLinks)).toEqual(ids.map((id) => `${COOL}/arxiv/${id}`));
    expect(await linkAttributesOf(entryLinks)).toEqual(ids.map(() => paperLink('cool')));
    const group = await page
      .locator('li.arxiv-result p.list-title span')
      .first()
      .evaluate((span) => span.textContent.replace(/\s+/g, ' ').trim());
    expect(group).toBe('[pdf, ps, other, cool]');
    const openAll = page.locator(OPEN_ALL_LINKS);
    await expectExactly(openAll, 1);
    await expect(openAll).toHaveAttribute('href', `${COOL}/arxiv/${ids.join(',')}`);
    expect(await linkAttributesOf(openAll)).toEqual([paperLink('Open all 3 in Cool Papers')]);
    expect(await page.locator('p[data-cool-papers="all"] + ol > li.arxiv-result').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'arxiv-search.png', [page.locator('main h1'), page.locator('li.arxiv-result').nth(1)]);
  });
  test('HTML full text: one "Cool Papers" badge, fixed in the corner, for the paper without its version', async ({
    page,
  }) => {
    const errors = await open(page, ARXIV_HTML);
    const link = page.locator(PAPER_LINKS);
    await expectExactly(page.locator(OURS), 1);
    await expect(link).toHaveAttribute('href', `${COOL}/arxiv/2410.12345`);
    expect(await linkAttributesOf(link)).toEqual([paperLink('Cool Papers')]);
    await expect(link).toBeVisible();
    await expect(link).toHaveCSS('position', 'fixed');
    expect(errors).toEqual([]);
  });
});

test.describe('ACL Anthology', () => {
  test('paper page: one "Cool Papers" button in the button row', async ({ page }) => {
    const errors = await open(page, ACL_PAPER);
    const link = page.locator(`div.acl-paper-link-block > ${PAPER_LINKS}`);
    await expectExactly(page.locator(OURS), 1);
    await expect(link).toHaveAttribute('href', `${COOL}/venue/2024.acl-long.123@ACL`);
    expect(await linkAttributesOf(link)).toEqual([paperLink('Cool Papers')]);
    await expect(link).toHaveClass('btn btn-secondary');
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'acl-paper.png', [page.locator('h2#title'), page.locator('div.acl-paper-link-block')]);
  });

  test('event page: the same badge on each paper', async ({ page }) => {
    const errors = await open(page, ACL_EVENT);
    // Two paper badges, and the event's papers.cool listing by the page's title.
    await expectExactly(page.locator(`a${OURS}`), 3);
    await expect(page.locator('a[data-cool-papers="listing"]')).toHaveAttribute('href', `${COOL}/venue/ACL.2024`);
    expect(await hrefsOf(page.locator(`span.list-button-row > ${PAPER_LINKS}`))).toEqual([
      `${COOL}/venue/2024.acl-long.1@ACL`,
      `${COOL}/venue/2024.acl-long.2@ACL`,
    ]);
    expect(errors).toEqual([]);
  });

  test('volume page: a "cool" badge on each paper, none on the front matter', async ({ page }) => {
    const errors = await open(page, ACL_VOLUME);
    const badges = page.locator(`span.list-button-row > ${PAPER_LINKS}`);
    await expectExactly(page.locator(OURS), 2);
    expect(await hrefsOf(badges)).toEqual([`${COOL}/venue/2024.acl-long.1@ACL`, `${COOL}/venue/2024.acl-long.2@ACL`]);
    expect(await linkAttributesOf(badges)).toEqual([paperLink('cool'), paperLink('cool')]);
    await expect(page.locator('span.list-button-row').first().locator(OURS)).toHaveCount(0);
    expect(errors).toEqual([]);
    await saveScreenshot(page, 'acl-volume.png', page.locator('[id="2024acl-long"]'));
  });
});

test('PMLR paper page: one "Cool Papers" entry in the links list', async ({ page }) => {
  const errors = await open(page, PMLR_PAPER);
  const link = page.locator(`div#extras ul > li:last-child > ${PAPER_LINKS}`);
  await expectExactly(page.locator(OURS), 1);
  await expect(link).toHaveAttribute('href', `${COOL}/venue/smith23a@v202@PMLR`);
  expect(await linkAttributesOf(link)).toEqual([paperLink('Cool Papers')]);
  expect(errors).toEqual([]);
  await saveScreenshot(page, 'pmlr.png', [page.locator('article.post-content > h1'), page.locator('div#extras')]);
});

for (const { name, url, venueId, screenshot } of [
  { name: 'IJCAI', url: IJCAI_PAPER, venueId: '123@2024@IJCAI', screenshot: 'ijcai.png' },
  { name: 'CVF', url: CVF_PAPER, venueId: 'Park_SplineGS_from@CVPR2025@CVF', screenshot: 'cvf.png' },
  { name: 'AAAI', url: AAAI_PAPER, venueId: '36963@AAAI', screenshot: 'aaai.png' },
]) {
  test(`${name} paper page: one "Cool Papers" link right after the PDF link`, async ({ page }) => {
    const errors = await open(page, url);
    const link = page.locator(`a:text-is("PDF") + ${PAPER_LINKS}`);
    await expectExactly(page.locator(OURS), 1);
    await expect(link).toHaveAttribute('href', `${COOL}/venue/${venueId}`);
    expect(await linkAttributesOf(link)).toEqual([paperLink('Cool Papers')]);
    // It takes the PDF link's style.
    const pdfClass = await page.locator('a:text-is("PDF")').getAttribute('class');
    expect(await link.getAttribute('class')).toBe(pdfClass || null);
    expect(errors).toEqual([]);
    await saveScreenshot(page, screenshot, [page.locator('h1'), link]);
  });
}

// References and citation exports on an OJS page link to PDFs and downloads too; the link must
// still go after the PDF galley.
test('AAAI paper page in OJS\'s own structure: one "Cool Papers" link, right after the PDF galley', async ({
  page,
}) => {
  const errors = await open(page, AAAI_OJS_PAPER);
  const link = page.locator(`.galleys_links a.obj_galley_link.pdf + ${PAPER_LINKS}`);
  await expect(link).toHaveAttribute('href', `${COOL}/venue/36964@AAAI`);
  await expectExactly(page.locator(OURS), 1);
  expect(errors).toEqual([]);
});

test.describe('OpenReview (client-rendered app)', () => {
  test('forum page: one "Cool Papers" link next to the PDF link, once the app has rendered', async ({ page }) => {
    const errors = await open(page, OPENREVIEW_FORUM);
    const link = page.locator(`.forum-title a.citation_pdf_url + ${PAPER_LINKS}`);
    await expect(link).toBeVisible();
    await expectExactly(page.locator(OURS), 1);
    await expect(link).toHaveAttribute('href', `${COOL}/venue/NGB6YNnO5o@OpenReview`);
    expect(await linkAttributesOf(link)).toEqual([paperLink('Cool Papers')]);
    expect(errors).toEqual([]);
    // The stand-in app puts its next line right under the authors: crop tight below them.
    await saveScreenshot(page, 'openreview-forum.png', [page.locator('.forum-title'), page.locator('.forum-authors')], {
      bottomMargin: 2,
    });
  });

  test('in-app navigation: the link follows the forum shown, and leaves with it', async ({ page }) => {
    const errors = await open(page, OPENREVIEW_FORUM);
    const links = page.locator(OURS);
    await expect(page.locator(`.forum-title ${PAPER_LINKS}`)).toHaveAttribute(
      'href',
      `${COOL}/venue/NGB6YNnO5o@OpenReview`,
    );

    // To another forum, through the app's own link (history.pushState, no page load).
    await page.locator('a[data-app-link]', { hasText: 'Dashes In Forum Ids' }).click();
    await expect(page.locator('h2.citation_title')).toHaveText('Dashes In Forum Ids');
    await expect(page).toHaveURL('https://openreview.net/forum?id=LcF-EEt8cCC');
    await expect(page.locator(`.forum-title a.citation_pdf_url + ${PAPER_LINKS}`)).toHaveAttribute(
      'href',
      `${COOL}/venue/LcF-EEt8cCC@OpenReview`,
    );
    await expectExactly(links, 1);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    // Back to the first forum: the browser's Back, handled by the app (popstate).
    await page.goBack();
    await expect(page.locator('h2.citation_title')).toHaveText('Sparse Experts at Scale');
    await expect(page.locator(`.forum-title ${PAPER_LINKS}`)).toHaveAttribute(
      'href',
      `${COOL}/venue/NGB6YNnO5o@OpenReview`,
    );
    await expectExactly(links, 1);

    // To a page of the app that is not a forum: nothing of ours is left.
    await page.evaluate(() => {
      history.pushState({}, '', '/');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.locator('#__next')).toHaveText('Home');
    await expectExactly(links, 0, 1_000);
    expect(errors).toEqual([]);
  });

  test('venue page: "open all" for the visible tab, following the tab the user picks', async ({ page }) => {
    const errors = await open(page, OPENREVIEW_VENUE);
    const line = page.locator('p[data-cool-papers="all"]');
    const openAll = page.locator(OPEN_ALL_LINKS);
    // The Oral tab fills in lazily after the app renders.
    await expect(page.locator('#oral.active > p[data-cool-papers="all"]')).toBeVisible();
    await expectExactly(openAll, 1);
    await expectExactly(line, 1);
    await expect(openAll).toHaveAttribute('href', `${COOL}/venue/NGB6YNnO5o@OpenReview,LcF-EEt8cCC@OpenReview`);
    expect(await linkAttributesOf(openAll)).toEqual([paperLink('Open all 2 in Cool Papers')]);
    await saveScreenshot(page, 'openreview-venue.png', [page.locator('h1'), page.locator('#oral')]);

    await page.locator('a[data-tab="poster"]').click();
    await expect(page.locator('#poster.active > p[data-cool-papers="all"]')).toBeVisible();
    await expectExactly(openAll, 1);
    await expectExactly(line, 1);
    await expect(openAll).toHaveAttribute('href', `${COOL}/venue/_VjQlMeSB_J@OpenReview`);
    expect(await linkAttributesOf(openAll)).toEqual([paperLink('Open all 1 in Cool Papers')]);
    await expect(page.locator(`#oral ${OURS}`)).toHaveCount(0);

    // And back to Oral.
    await page.locator('a[data-tab="oral"]').click();
    await expect(page.locator('#oral.active > p[data-cool-papers="all"]')).toBeVisible();
    await expectExactly(openAll, 1);
    await expect(openAll).toHaveAttribute('href', `${COOL}/venue/NGB6YNnO5o@OpenReview,LcF-EEt8cCC@OpenReview`);
    await expect(page.locator(PAPER_LINKS)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('options: inline links switched off for arXiv', () => {
  test.beforeEach(async ({ serviceWorker }) => {
    await serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { inlineLinks: { arxiv: false } } }));
  });

  test('arXiv pages get no link; ACL and OpenReview, still on, do', async ({ page, extensionId }) => {
    // One log for the whole visit: an error on any of the four pages fails the test.
    const errors = await open(page, ARXIV_ABS);
    await waitForContentScript(page, extensionId);
    await expect(page.locator(OURS)).toHaveCount(0);
    expect(errors).toEqual([]);

    await page.goto(ARXIV_LIST);
    await waitForContentScript(page, extensionId);
    await expect(page.locator(OURS)).toHaveCount(0);
    expect(errors).toEqual([]);

    await page.goto(ACL_PAPER);
    await expectExactly(page.locator(OURS), 1);
    await expect(page.locator(PAPER_LINKS)).toHaveAttribute('href', `${COOL}/venue/2024.acl-long.123@ACL`);
    expect(errors).toEqual([]);

    await page.goto(OPENREVIEW_FORUM);
    await expect(page.locator(PAPER_LINKS)).toHaveAttribute('href', `${COOL}/venue/NGB6YNnO5o@OpenReview`);
    await expectExactly(page.locator(OURS), 1);
    expect(errors).toEqual([]);
  });
});

test.describe('back/forward cache', () => {
  test.use({ backForwardCache: true });

  for (const { name, url, paperLinks, openAllLinks } of [
    { name: 'arXiv listing', url: ARXIV_LIST, paperLinks: 5, openAllLinks: 1 },
    { name: 'arXiv abstract', url: ARXIV_ABS, paperLinks: 1, openAllLinks: 0 },
    { name: 'OpenReview forum', url: OPENREVIEW_FORUM, paperLinks: 1, openAllLinks: 0 },
  ]) {
    test(`${name}: leaving and coming back (restored from the cache) keeps one link per entry`, async ({ page }) => {
      await recordPageShows(page);
      const errors = await open(page, url);
      await expectExactly(page.locator(PAPER_LINKS), paperLinks);
      const before = await hrefsOf(page.locator(OURS));

      await page.goto(ELSEWHERE);
      await goBackToCachedPage(page, url);
      await expectExactly(page.locator(PAPER_LINKS), paperLinks, 1_000);
      await expect(page.locator(OPEN_ALL_LINKS)).toHaveCount(openAllLinks);
      expect(await hrefsOf(page.locator(OURS))).toEqual(before);

      // And forward and back once more.
      await page.goForward({ waitUntil: 'commit' });
      await expect(page).toHaveURL(ELSEWHERE);
      await expect(page.locator('p')).toHaveText('Another site');
      await goBackToCachedPage(page, url);
      await expectExactly(page.locator(PAPER_LINKS), paperLinks, 1_000);
      expect(await hrefsOf(page.locator(OURS))).toEqual(before);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('each content script injected twice into the same page', () => {
  const twiceDir = join(tmpdir(), `cool-papers-content-scripts-twice-${process.pid}`);
  test.use({ extensionPath: twiceDir });
  test.beforeAll(() => {
    extensionWithContentScriptsTwice(DEFAULT_EXTENSION_PATH, twiceDir);
  });
  test.afterAll(() => rmSync(twiceDir, { recursive: true, force: true }));

  const arxiv = (ids: string[]) => ids.map((id) => `${COOL}/arxiv/${id}`);
  const venue = (ids: string[]) => ids.map((id) => `${COOL}/venue/${id}`);
  const listingIds = [1, 2, 3, 4, 5].map(listingId);
  const searchIds = ['2410.12345', '2409.01234', '2301.00001'];
  for (const { name, url, script, hrefs } of [
    { name: 'arXiv abstract', url: ARXIV_ABS, script: 'arxiv', hrefs: arxiv(['2410.12345']) },
    {
      name: 'arXiv listing',
      url: ARXIV_LIST,
      script: 'arxiv',
      hrefs: [`${COOL}/arxiv/cs.CL`, ...arxiv([listingIds.join(',')]), ...arxiv(listingIds)],
    },
    {
      name: 'arXiv search',
      url: ARXIV_SEARCH,
      script: 'arxiv',
      hrefs: [...arxiv([searchIds.join(',')]), ...arxiv(searchIds)],
    },
    { name: 'ACL paper', url: ACL_PAPER, script: 'acl', hrefs: venue(['2024.acl-long.123@ACL']) },
    {
      name: 'ACL volume',
      url: ACL_VOLUME,
      script: 'acl',
      hrefs: venue(['2024.acl-long.1@ACL', '2024.acl-long.2@ACL']),
    },
    { name: 'PMLR paper', url: PMLR_PAPER, script: 'pmlr', hrefs: venue(['smith23a@v202@PMLR']) },
    { name: 'IJCAI paper', url: IJCAI_PAPER, script: 'ijcai', hrefs: venue(['123@2024@IJCAI']) },
    { name: 'CVF paper', url: CVF_PAPER, script: 'cvf', hrefs: venue(['Park_SplineGS_from@CVPR2025@CVF']) },
    { name: 'AAAI paper', url: AAAI_PAPER, script: 'aaai', hrefs: venue(['36963@AAAI']) },
    { name: 'OpenReview forum', url: OPENREVIEW_FORUM, script: 'openreview', hrefs: venue(['NGB6YNnO5o@OpenReview']) },
  ]) {
    test(`${name}: still one link per paper`, async ({ page, extensionId }) => {
      await recordContentScriptStarts(page, extensionId, script);
      const errors = await open(page, url);
      await expect
        .poll(() => contentScriptStarts(page), { message: 'the content script ran twice' })
        .toEqual([script, script]);
      const links = page.locator(`a${OURS}`);
      await expectExactly(links, hrefs.length);
      expect(await hrefsOf(links)).toEqual(hrefs);
      expect(errors).toEqual([]);
    });
  }

  test('OpenReview: in-app navigation and tab changes still give one link', async ({ page, extensionId }) => {
    await recordContentScriptStarts(page, extensionId, 'openreview');
    const errors = await open(page, OPENREVIEW_FORUM);
    await expect.poll(() => contentScriptStarts(page)).toEqual(['openreview', 'openreview']);
    await expect(page.locator(PAPER_LINKS)).toHaveAttribute('href', `${COOL}/venue/NGB6YNnO5o@OpenReview`);
    await page.locator('a[data-app-link]', { hasText: 'Underscores In Forum Ids' }).click();
    await expect(page.locator('h2.citation_title')).toHaveText('Underscores In Forum Ids');
    await expect(page.locator(`.forum-title a.citation_pdf_url + ${PAPER_LINKS}`)).toHaveAttribute(
      'href',
      `${COOL}/venue/_VjQlMeSB_J@OpenReview`,
    );
    await expectExactly(page.locator(OURS), 1);

    await page.evaluate(() => {
      history.pushState({}, '', '/group?id=ICLR.cc/2024/Conference');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.locator('#oral.active > p[data-cool-papers="all"]')).toBeVisible();
    // The visible tab's "open all", and the conference's papers.cool listing by its title.
    const listing = page.locator('h1 + p > a[data-cool-papers="listing"]');
    await expect(listing).toHaveAttribute('href', `${COOL}/venue/ICLR.2024`);
    await expectExactly(page.locator(`a${OURS}`), 2);
    await expect(page.locator(OPEN_ALL_LINKS)).toHaveAttribute(
      'href',
      `${COOL}/venue/NGB6YNnO5o@OpenReview,LcF-EEt8cCC@OpenReview`,
    );
    await page.locator('a[data-tab="poster"]').click();
    await expect(page.locator('#poster.active > p[data-cool-papers="all"]')).toBeVisible();
    await expectExactly(page.locator(`a${OURS}`), 2);
    await expect(page.locator(OPEN_ALL_LINKS)).toHaveAttribute('href', `${COOL}/venue/_VjQlMeSB_J@OpenReview`);
    expect(errors).toEqual([]);
  });
});
