// What a user types or pastes into the real toolbar popup, and what Enter then opens: the popup opened
// with its real shortcut, keys and clicks sent with xdotool (headed Chromium under Xvfb), the built
// extension with its default settings (the only setting changed is the search switch, by the user).
import type { BrowserContext } from '@playwright/test';

import { expect, routeFixtures, selectText, test, watchWorkerErrors } from './harness';
import {
  clickInPopup,
  collectNewTabTargets,
  copySelectionWithKeys,
  openPopupByShortcut,
  popupPreview,
  pressKeys,
  type ToolbarPopup,
  typeKeys,
} from './toolbar-popup';

const NOTES = 'https://example.org/notes';
const READING_LIST = 'https://example.org/reading-list';

// Invented ids in the 2024 form (YYMM.NNNNN): 2401.00001 … 2401.02100, one a line.
const MANY_IDS = Array.from({ length: 2100 }, (_, i) => `2401.${String(i + 1).padStart(5, '0')}`);

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, {
    [NOTES]:
      '<!doctype html><html><head><meta charset="utf-8"><title>Notes</title></head><body><p>To read</p></body></html>',
    [READING_LIST]: `<!doctype html><html><head><meta charset="utf-8"><title>Reading list</title></head>
<body><pre id="ids">${MANY_IDS.join('\n')}</pre></body></html>`,
  });
});

/** Enter in the popup: the tabs it opens, then the popup gone without an error on its page. */
async function pressEnterAndCollect(context: BrowserContext, popup: ToolbarPopup, count = 1) {
  const urls = await collectNewTabTargets(context, () => pressKeys('Return'), { count });
  await popup.waitForClose();
  expect(popup.errors).toEqual([]);
  return urls;
}

const isChecked = (popup: ToolbarPopup, branch: string) =>
  popup.evaluateInPopup<boolean>(`document.querySelector('input[value="${branch}"]').checked`);

test('typed ids: the popup says what Enter opens, and Enter opens the arXiv papers and the venue paper', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NOTES);
  const popup = await openPopupByShortcut(context, page, serviceWorker, extensionId);
  expect(await popupPreview(popup)).toBe('Enter opens ids and links, or searches for words.');
  await typeKeys('2410.12345');
  await expect.poll(() => popupPreview(popup)).toBe('Enter opens arXiv 2410.12345 on Cool Papers');
  await typeKeys(' https://openreview.net/forum?id=LcF-EEt8cCC 2409.01234');
  await expect.poll(() => popupPreview(popup)).toBe('Enter opens 3 papers on Cool Papers');
  // arXiv and venue papers can't share a papers.cool page: one tab for each, in the order typed.
  expect(await pressEnterAndCollect(context, popup, 2)).toEqual([
    'https://papers.cool/arxiv/2410.12345,2409.01234',
    'https://papers.cool/venue/LcF-EEt8cCC@OpenReview',
  ]);
});

test('typed words search arXiv; after a click on "Venues" they search venues, and the popup keeps that choice', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NOTES);
  const first = await openPopupByShortcut(context, page, serviceWorker, extensionId);
  await typeKeys('diffusion distillation');
  await expect.poll(() => popupPreview(first)).toBe('Enter searches arXiv papers for “diffusion distillation”');
  expect(await pressEnterAndCollect(context, first)).toEqual([
    'https://papers.cool/arxiv/search?highlight=1&query=diffusion%20distillation',
  ]);

  const second = await openPopupByShortcut(context, page, serviceWorker, extensionId);
  await clickInPopup(second, 'label:has(input[value="venue"])');
  await expect.poll(() => isChecked(second, 'venue')).toBe(true);
  // The click took the focus to the switch: back to the text box, as a user would.
  await clickInPopup(second, '#query');
  await typeKeys('diffusion distillation');
  await expect.poll(() => popupPreview(second)).toBe('Enter searches venue papers for “diffusion distillation”');
  expect(await pressEnterAndCollect(context, second)).toEqual([
    'https://papers.cool/venue/search?highlight=1&query=diffusion%20distillation',
  ]);

  const third = await openPopupByShortcut(context, page, serviceWorker, extensionId);
  await expect.poll(() => isChecked(third, 'venue')).toBe(true);
  await third.detach();
});

test('the popup works by keyboard alone: Tab to the switch, arrow to Venues, back, type, Enter', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NOTES);
  const popup = await openPopupByShortcut(context, page, serviceWorker, extensionId);
  await pressKeys('Tab');
  await popup.waitInPopup(`document.activeElement?.matches('input[value="arxiv"]')`);
  await pressKeys('Right');
  await expect.poll(() => isChecked(popup, 'venue')).toBe(true);
  await pressKeys('shift+Tab');
  await popup.waitInPopup(`document.activeElement?.id === 'query'`);
  await typeKeys('diffusion distillation');
  await expect.poll(() => popupPreview(popup)).toBe('Enter searches venue papers for “diffusion distillation”');
  expect(await pressEnterAndCollect(context, popup)).toEqual([
    'https://papers.cool/venue/search?highlight=1&query=diffusion%20distillation',
  ]);
});

test('2100 pasted ids open 20 tabs of 100 papers each, and a notification tells about the rest', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(READING_LIST);
  const workerErrors = await watchWorkerErrors(context, extensionId);
  await selectText(page, '#ids');
  await copySelectionWithKeys(page);
  const popup = await openPopupByShortcut(context, page, serviceWorker, extensionId);
  await pressKeys('ctrl+v');
  await expect.poll(() => popupPreview(popup)).toBe('Enter opens 2100 papers on Cool Papers');
  expect(await serviceWorker.evaluate(() => chrome.notifications.getAll())).toEqual({});

  const urls = await collectNewTabTargets(context, () => pressKeys('Return'), { count: 20, timeout: 30_000 });
  // papers.cool list pages take up to 100 ids; one action opens at most 20 tabs.
  const pages = Array.from({ length: 20 }, (_, index) => MANY_IDS.slice(index * 100, (index + 1) * 100).join(','));
  expect(urls).toEqual(pages.map((ids) => `https://papers.cool/arxiv/${ids}`));
  // The notification can't be read from a page; the worker's list shows one was made.
  await expect
    .poll(async () => Object.keys(await serviceWorker.evaluate(() => chrome.notifications.getAll())))
    .toHaveLength(1);
  await popup.waitForClose();
  expect(popup.errors).toEqual([]);
  await workerErrors.close();
  expect(workerErrors.lines).toEqual([]);
});

test.describe('in Chinese', () => {
  test.use({ uiLocale: 'zh_CN' });

  test('the popup and the menu titles are Chinese, and typed ids open', async ({
    context,
    page,
    serviceWorker,
    extensionId,
  }) => {
    await page.goto(NOTES);
    const popup = await openPopupByShortcut(context, page, serviceWorker, extensionId);
    expect(await popup.evaluateInPopup(`document.querySelector('#query').placeholder`)).toBe(
      '粘贴编号或链接，或输入关键词',
    );
    expect(await popupPreview(popup)).toBe('回车打开编号和链接，或搜索关键词。');
    await typeKeys('2410.12345 2409.01234');
    await expect.poll(() => popupPreview(popup)).toBe('回车在 Cool Papers 打开 2 篇论文');
    expect(await pressEnterAndCollect(context, popup)).toEqual(['https://papers.cool/arxiv/2410.12345,2409.01234']);
    // The worker titles the menu items with the same messages.
    expect(await serviceWorker.evaluate(() => chrome.i18n.getMessage('menuSelection'))).toBe(
      '在 Cool Papers 中打开“%s”',
    );
  });
});
