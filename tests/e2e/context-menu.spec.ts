// The right-click redirect as a user meets it: real right-clicks in headed Chromium under Xvfb
// (xdotool), the built extension loaded, fixture pages served under their real hostnames.
import { join } from 'node:path';

import { saveScreenRegion } from '../support/x-screenshot';
import {
  chooseContextMenuItem,
  chooseContextSubmenuItem,
  clickAt,
  collectNewTabUrls,
  collectPageErrors,
  contextMenuAt,
  expect,
  MENU_STEPS_UP,
  missingMenuItems,
  PDF_FIXTURE_WORD,
  pdfFixture,
  rightClickAt,
  rightClickElement,
  routeFixtures,
  SCREENSHOT_DIR,
  SCREENSHOTS_ON,
  selectText,
  serviceWorkerStatus,
  stopServiceWorkers,
  test,
  toScreen,
  waitForNewTabUrl,
  waitForPdfViewer,
  waitForServiceWorkerRunning,
  watchWorkerErrors,
} from './harness';

const READING_LIST = `<!doctype html><html><head><meta charset="utf-8"><title>Reading group, week 12</title></head>
<body style="font: 18px/1.6 sans-serif; margin: 40px; max-width: 900px">
  <h1>Reading group, week 12</h1>
  <p id="ids">This week: arXiv:2410.12345v2 and [2409.01234], plus the ICLR paper at https://openreview.net/forum?id=LcF-EEt8cCC for discussion.</p>
  <p id="words">diffusion distillation for fast sampling</p>
  <p id="chinese">我们参考了论文２４１０．１２３４５中的方法</p>
  <p><a id="abs-link" href="https://arxiv.org/abs/2301.00001v3">Sparse experts (arXiv)</a></p>
  <p><a id="acl-link" href="https://aclanthology.org/2024.acl-long.123.pdf">Sparse experts for translation (ACL PDF)</a></p>
</body></html>`;

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, {
    'https://example.org/reading-group': READING_LIST,
    'https://arxiv.org/pdf/2410.12345': pdfFixture(),
  });
});

test('a selection with two arXiv ids and an OpenReview URL opens two papers.cool tabs', async ({
  context,
  page,
  extensionId,
}) => {
  const workerErrors = await watchWorkerErrors(context, extensionId);
  const pageErrors = collectPageErrors(page);
  await page.goto('https://example.org/reading-group');
  const selection = await selectText(page, '#ids');
  const urls = await collectNewTabUrls(context, () => contextMenuAt(page, selection, MENU_STEPS_UP.selection), {
    count: 2,
  });
  expect(urls).toEqual([
    'https://papers.cool/arxiv/2410.12345,2409.01234',
    'https://papers.cool/venue/LcF-EEt8cCC@OpenReview',
  ]);
  expect(pageErrors).toEqual([]);
  expect(workerErrors.lines).toEqual([]);
  await workerErrors.close();
});

test('the new tabs open right after the current tab, and the first is switched to', async ({
  context,
  page,
  serviceWorker,
}) => {
  await page.goto('https://example.org/reading-group');
  // A tab to the right of the reading list, so "next to the current tab" is not just "at the end".
  const other = await context.newPage();
  await page.bringToFront();
  const selection = await selectText(page, '#ids');
  await collectNewTabUrls(context, () => contextMenuAt(page, selection, MENU_STEPS_UP.selection), { count: 2 });
  const tabs = await serviceWorker.evaluate(async () =>
    (await chrome.tabs.query({ currentWindow: true })).map(({ index, active, openerTabId, id }) => ({
      index,
      active,
      opener: openerTabId,
      id,
    })),
  );
  const [current, first, second, last] = tabs.sort((a, b) => a.index - b.index);
  expect(tabs).toHaveLength(4);
  expect([current.active, first.active, second.active, last.active]).toEqual([false, true, false, false]);
  expect([first.opener, second.opener]).toEqual([current.id, current.id]);
  await other.close();
});

test('full-width digits in Chinese text are read as an id', async ({ context, page }) => {
  await page.goto('https://example.org/reading-group');
  const selection = await selectText(page, '#chinese');
  const url = await waitForNewTabUrl(context, () => contextMenuAt(page, selection, MENU_STEPS_UP.selection));
  expect(url).toBe('https://papers.cool/arxiv/2410.12345');
});

test('a selection with no id searches papers.cool for its words', async ({ context, page }) => {
  await page.goto('https://example.org/reading-group');
  const selection = await selectText(page, '#words');
  const url = await waitForNewTabUrl(context, () => contextMenuAt(page, selection, MENU_STEPS_UP.selection));
  expect(url).toBe(
    'https://papers.cool/arxiv/search?highlight=1&query=diffusion%20distillation%20for%20fast%20sampling',
  );
});

for (const { what, link, expected } of [
  { what: 'an arXiv link opens its paper', link: '#abs-link', expected: 'https://papers.cool/arxiv/2301.00001' },
  {
    what: 'an ACL Anthology PDF link opens its venue page',
    link: '#acl-link',
    expected: 'https://papers.cool/venue/2024.acl-long.123@ACL',
  },
]) {
  test(`a right-click on ${what}`, async ({ context, page }) => {
    await page.goto('https://example.org/reading-group');
    const url = await waitForNewTabUrl(context, async () => {
      await rightClickElement(page, page.locator(link));
      await chooseContextMenuItem(MENU_STEPS_UP.link);
    });
    expect(url).toBe(expected);
  });
}

test('a right-click in an arXiv PDF with nothing selected opens the paper', async ({ context, page }) => {
  await page.goto('https://arxiv.org/pdf/2410.12345');
  await waitForPdfViewer(page);
  const url = await waitForNewTabUrl(context, () => contextMenuAt(page, { x: 640, y: 420 }, MENU_STEPS_UP.pdf));
  expect(url).toBe('https://papers.cool/arxiv/2410.12345');
});

// Selected PDF text reports both `selection` and `frame`, so Chromium folds the two items into a
// submenu: the first reads the selection, the second the PDF's own paper.
test('selected text in a PDF: the submenu offers the selection and the PDF paper', async ({ context, page }) => {
  await page.goto('https://arxiv.org/pdf/2410.12345');
  await waitForPdfViewer(page);
  const word = { x: PDF_FIXTURE_WORD.x, y: PDF_FIXTURE_WORD.y };
  await clickAt(page, word.x, word.y, { count: 2 });
  const bySelection = await waitForNewTabUrl(context, async () => {
    await rightClickAt(page, word.x, word.y);
    await chooseContextSubmenuItem(MENU_STEPS_UP.pdfSelection, 0);
  });
  expect(bySelection).toBe(`https://papers.cool/arxiv/search?highlight=1&query=${PDF_FIXTURE_WORD.text}`);

  await page.bringToFront();
  await clickAt(page, word.x, word.y, { count: 2 });
  const byPaper = await waitForNewTabUrl(context, async () => {
    await rightClickAt(page, word.x, word.y);
    await chooseContextSubmenuItem(MENU_STEPS_UP.pdfSelection, 1);
  });
  expect(byPaper).toBe('https://papers.cool/arxiv/2410.12345');
});

test('a click still works after the service worker was stopped, and the menus survive it', async ({
  context,
  page,
  serviceWorker,
}) => {
  await stopServiceWorkers(context);
  expect(await serviceWorkerStatus(context)).toEqual(['stopped']);
  await page.goto('https://example.org/reading-group');
  const selection = await selectText(page, '#words');
  const url = await waitForNewTabUrl(context, () => contextMenuAt(page, selection, MENU_STEPS_UP.selection));
  expect(url).toBe(
    'https://papers.cool/arxiv/search?highlight=1&query=diffusion%20distillation%20for%20fast%20sampling',
  );
  await waitForServiceWorkerRunning(context);
  // Every item still exists after the restart (update fails for an unknown id).
  expect(await missingMenuItems(serviceWorker)).toEqual([]);
});

// `SCREENSHOTS=1 npm run test:e2e` refreshes the README's picture of the menu (needs `xwd`, from
// Debian's x11-apps): the native menu is drawn by Chromium outside the page, so the picture is
// taken of the X screen.
test.describe('README picture of the menu', () => {
  test.skip(!SCREENSHOTS_ON, 'only when SCREENSHOTS=1');
  test('the menu on a selection', async ({ page, context }) => {
    await page.goto('https://example.org/reading-group');
    const selection = await selectText(
      page,
      '#ids',
      'arXiv:2410.12345v2 and [2409.01234], plus the ICLR paper at https://openreview.net/forum?id=LcF-EEt8cCC',
    );
    await rightClickAt(page, selection.x, selection.y);
    await page.waitForTimeout(600); // the menu's fade-in
    const corner = await toScreen(page, selection.x, selection.y);
    saveScreenRegion(join(SCREENSHOT_DIR, 'menu-selection.png'), {
      x: corner.x - 220,
      y: corner.y - 50,
      width: 800,
      height: 330,
    });
    // Use the item too, so the picture shows a menu that works.
    const url = await waitForNewTabUrl(context, () => chooseContextMenuItem(MENU_STEPS_UP.selection));
    expect(url).toBe('https://papers.cool/arxiv/2410.12345,2409.01234');
  });
});

test('papers opened from a tab in a tab group join that group', async ({ context, page, serviceWorker }) => {
  await page.goto('https://example.org/reading-group');
  const groupId = await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.group({ tabIds: [tab.id!] });
  });
  const selection = await selectText(page, '#ids');
  await collectNewTabUrls(context, () => contextMenuAt(page, selection, MENU_STEPS_UP.selection), { count: 2 });
  // The worker sees each tab's group without the `tabs` permission (only addresses are hidden).
  await expect
    .poll(() => serviceWorker.evaluate((id) => chrome.tabs.query({ groupId: id }).then((tabs) => tabs.length), groupId))
    .toBe(3);
});
