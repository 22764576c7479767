// Odd and hostile documents under each content script's real host: a page that removed its body, XML
// and XHTML documents shaped like the site's pages, and documents whose root element is an <h1>.
// Whatever the page, no exception or console error of ours reaches it; where the document renders
// as XHTML, the links are real HTML links.
import type { Page } from '@playwright/test';

import { collectPageErrors, expect, routeFixtures, test } from './harness';
import { waitForContentScript } from './inline-helpers';

const XHTML = 'http://www.w3.org/1999/xhtml';

interface SitePage {
  site: string;
  url: string;
  head?: string;
  /** Well-formed XHTML with the anchors the site's script reads (docs/facts.md, "Paper sites"). */
  body: string;
}

const PAPER_PAGES: SitePage[] = [
  {
    site: 'arXiv abstract',
    url: 'https://arxiv.org/abs/2410.12345',
    head: '<meta name="citation_arxiv_id" content="2410.12345"/>',
    body: '<div class="extra-services"><div class="full-text"><ul><li><a href="/pdf/2410.12345">View PDF</a></li></ul></div></div>',
  },
  {
    site: 'arXiv full text',
    url: 'https://arxiv.org/html/2410.12345v2',
    body: '<article class="ltx_document"><h1 class="ltx_title">Sparse Experts at Scale</h1></article>',
  },
  {
    site: 'arXiv listing',
    url: 'https://arxiv.org/list/cs.CL/new',
    body:
      '<div id="dlpage"><h1>Computation and Language</h1><dl id="articles"><dt>' +
      '<a title="Abstract" id="2410.12345" href="/abs/2410.12345">arXiv:2410.12345</a> ' +
      '[<a title="Download PDF" href="/pdf/2410.12345">pdf</a>, <a title="Other formats" href="/format/2410.12345">other</a>]' +
      '</dt><dd>Sparse Experts at Scale</dd></dl></div>',
  },
  {
    site: 'ACL Anthology',
    url: 'https://aclanthology.org/2024.acl-long.123/',
    head: '<link rel="canonical" href="https://aclanthology.org/2024.acl-long.123/"/>',
    body:
      '<h2 id="title">Sparse Experts</h2><div class="acl-paper-link-block">' +
      '<a class="btn btn-primary" href="https://aclanthology.org/2024.acl-long.123.pdf">PDF</a>' +
      '<a class="btn btn-secondary" href="#citeModal">Cite</a></div>',
  },
  {
    site: 'PMLR',
    url: 'https://proceedings.mlr.press/v202/smith23a.html',
    head: '<meta name="citation_abstract_html_url" content="https://proceedings.mlr.press/v202/smith23a.html"/>',
    body: '<div id="extras"><ul><li><a href="https://proceedings.mlr.press/v202/smith23a/smith23a.pdf">Download PDF</a></li></ul></div>',
  },
  {
    site: 'IJCAI',
    url: 'https://www.ijcai.org/proceedings/2024/0123',
    body: '<h1>Sparse Experts for Planning</h1><a href="https://www.ijcai.org/proceedings/2024/0123.pdf">PDF</a>',
  },
  {
    site: 'CVF',
    url: 'https://openaccess.thecvf.com/content/CVPR2025/html/Park_SplineGS_from_CVPR_2025_paper.html',
    body: '<div id="papertitle">SplineGS</div><a href="../../../content/CVPR2025/papers/Park_SplineGS_from_CVPR_2025_paper.pdf">pdf</a>',
  },
  {
    site: 'AAAI',
    url: 'https://ojs.aaai.org/index.php/AAAI/article/view/36963',
    body: '<h1 class="page_title">Sparse Experts</h1><a class="obj_galley_link pdf" href="https://ojs.aaai.org/index.php/AAAI/article/view/36963/40925">PDF</a>',
  },
  {
    site: 'OpenReview forum',
    url: 'https://openreview.net/forum?id=NGB6YNnO5o',
    body:
      '<div class="forum-container"><div class="forum-note"><div class="forum-title">' +
      '<h2 class="citation_title">Sparse Experts at Scale</h2><a class="citation_pdf_url" href="/pdf?id=NGB6YNnO5o">PDF</a>' +
      '</div></div></div>',
  },
  {
    site: 'OpenReview venue',
    url: 'https://openreview.net/group?id=ICLR.cc/2024/Conference',
    body:
      '<h1>ICLR 2024 Conference</h1><div class="tab-content"><div class="tab-pane active" id="oral">' +
      '<ul><li><a href="/forum?id=NGB6YNnO5o">Sparse Experts at Scale</a></li></ul></div></div>',
  },
];

/** Listing pages, where a line goes after the title, and the paper pages of the sites without listing links. */
const ROOT_TITLE_URLS = [
  'https://arxiv.org/list/cs.CL/new',
  'https://aclanthology.org/events/acl-2024/',
  'https://proceedings.mlr.press/v202/',
  'https://openaccess.thecvf.com/CVPR2024',
  'https://openreview.net/group?id=ICLR.cc/2024/Conference',
  'https://www.ijcai.org/proceedings/2024/0123',
  'https://ojs.aaai.org/index.php/AAAI/article/view/36963',
];

const xhtmlDocument = ({ head = '', body }: SitePage) =>
  `<?xml version="1.0" encoding="UTF-8"?><html xmlns="${XHTML}"><head><title>Paper</title>${head}</head><body>${body}</body></html>`;
/** The same markup in no namespace: Chromium shows it as an XML tree, not as a page. */
const plainXmlDocument = ({ head = '', body }: SitePage) =>
  `<?xml version="1.0" encoding="UTF-8"?><page><head>${head}</head><body>${body}</body></page>`;
const htmlWithoutBody = ({ head = '', body }: SitePage) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Paper</title>${head}</head><body>${body}<script>document.body.remove()</script></body></html>`;

/** Serves one document at `url` (replacing what an earlier visit served there) and visits it. */
async function visit(page: Page, url: string, body: string, contentType: string, extensionId: string) {
  await routeFixtures(page.context(), { [url]: { body, contentType } });
  await page.goto(url);
  await waitForContentScript(page, extensionId);
}

/** Our elements that are links: whether each is an HTML link, and where it goes. */
function ourLinks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-cool-papers]')]
      .filter((element) => element.localName === 'a')
      .map((link) => ({ htmlLink: link instanceof HTMLAnchorElement, href: link.getAttribute('href') })),
  );
}

/** Waits for the script's links in a page that renders them, then checks each is a real link to papers.cool. */
async function expectWorkingLinks(page: Page, site: string) {
  await expect.poll(async () => (await ourLinks(page)).length, { message: `links on ${site}` }).toBeGreaterThan(0);
  for (const link of await ourLinks(page)) {
    expect(link.htmlLink, site).toBe(true);
    expect(link.href, site).toMatch(/^https:\/\/papers\.cool\//);
  }
}

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, { '**/favicon.ico': { body: '', contentType: 'image/x-icon', status: 204 } });
});

test('a page that removed its body: no error on any site; OpenReview links the body it builds later', async ({
  page,
  extensionId,
}) => {
  const errors = collectPageErrors(page);
  for (const sitePage of PAPER_PAGES) {
    await visit(page, sitePage.url, htmlWithoutBody(sitePage), 'text/html; charset=utf-8', extensionId);
    expect(await page.evaluate(() => document.body), sitePage.site).toBeNull();
  }
  const forum = PAPER_PAGES.find((sitePage) => sitePage.site === 'OpenReview forum')!;
  const rebuilt = htmlWithoutBody(forum).replace(
    '</script>',
    `;setTimeout(() => { const body = document.createElement('body'); body.innerHTML = ${JSON.stringify(forum.body)}; document.documentElement.append(body); }, 300)</script>`,
  );
  await visit(page, forum.url, rebuilt, 'text/html; charset=utf-8', extensionId);
  await expect(page.locator('.forum-title a.citation_pdf_url + a[data-cool-papers="paper"]')).toHaveAttribute(
    'href',
    'https://papers.cool/venue/NGB6YNnO5o@OpenReview',
  );
  expect(errors).toEqual([]);
});

test("XHTML and XML documents shaped like each site's page: real links where they render as XHTML, no error", async ({
  page,
  extensionId,
}) => {
  const errors = collectPageErrors(page);
  for (const sitePage of PAPER_PAGES) {
    await visit(page, sitePage.url, xhtmlDocument(sitePage), 'application/xhtml+xml', extensionId);
    await expectWorkingLinks(page, `${sitePage.site} (application/xhtml+xml)`);
    // An XHTML root served as XML renders as XHTML too, but createElement makes no HTML element in it.
    await visit(page, sitePage.url, xhtmlDocument(sitePage), 'application/xml', extensionId);
    await expectWorkingLinks(page, `${sitePage.site} (application/xml, XHTML root)`);
    await visit(page, sitePage.url, plainXmlDocument(sitePage), 'application/xml', extensionId);
    for (const link of await ourLinks(page)) expect(link.htmlLink, `${sitePage.site} (plain XML)`).toBe(true);
  }
  expect(errors).toEqual([]);
});

test('documents whose root element is an <h1>: nothing beside the root, no error', async ({ page, extensionId }) => {
  const errors = collectPageErrors(page);
  for (const url of ROOT_TITLE_URLS) {
    for (const [contentType, root] of [
      ['application/xhtml+xml', `<h1 xmlns="${XHTML}">ICLR 2024 Conference</h1>`],
      ['application/xml', `<h1 xmlns="${XHTML}">ICLR 2024 Conference</h1>`],
      ['application/xml', '<h1>ICLR 2024 Conference</h1>'],
    ]) {
      await visit(page, url, `<?xml version="1.0" encoding="UTF-8"?>${root}`, contentType, extensionId);
      // A frame for the OpenReview watch, which syncs once a frame.
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(await page.evaluate(() => document.childElementCount), `${url} as ${contentType}`).toBe(1);
    }
  }
  expect(errors).toEqual([]);
});
