// The keyboard shortcuts and the real toolbar popup, as a user meets them: keys pressed with xdotool
// in headed Chromium under Xvfb, the built extension with its default settings (nothing written to
// storage), fixture pages served under their real addresses.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { join } from 'node:path';
import { expect, REPO_ROOT, routeFixtures, test } from './harness';
import {
  assignedShortcut,
  collectNewTabTargets,
  openToolbarPopup,
  pressKeys,
  pressShortcut,
  typeKeys,
  type ToolbarPopup,
} from './toolbar-popup';

const ARXIV_ABS = 'https://arxiv.org/abs/2410.12345';
const NOTES = 'https://example.org/notes';

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, {
    [ARXIV_ABS]: { file: join(REPO_ROOT, 'tests', 'fixtures', 'arxiv-abs.html') },
    [NOTES]: '<!doctype html><html><head><meta charset="utf-8"><title>Notes</title></head><body><p>To read</p></body></html>',
  });
});

/** The popup opened with its real shortcut in the current page, once its input has the focus. */
async function popupByShortcut(context: BrowserContext, page: Page, serviceWorker: Worker, extensionId: string) {
  const shortcut = await assignedShortcut(serviceWorker, '_execute_action');
  const popup = await openToolbarPopup(context, extensionId, { page, shortcut });
  await popup.waitInPopup(`document.activeElement?.id === 'query'`);
  return popup;
}

const preview = (popup: ToolbarPopup) => popup.evaluateInPopup<string>(`document.querySelector('#preview').textContent`);

test('the browser assigns every command a key', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  // A suggested key Chromium won't take is left unassigned without a word: shortcut "".
  const unassigned = commands.filter(({ shortcut }) => !shortcut).map(({ name }) => name);
  expect(commands.map(({ name }) => name).sort()).toEqual(['_execute_action', 'open-current-paper']);
  expect(unassigned).toEqual([]);
});

test('the current-paper shortcut on an arXiv abstract page opens that paper', async ({ context, page, serviceWorker }) => {
  await page.goto(ARXIV_ABS);
  const shortcut = await assignedShortcut(serviceWorker, 'open-current-paper');
  const urls = await collectNewTabTargets(context, () => pressShortcut(page, shortcut));
  expect(urls).toEqual(['https://papers.cool/arxiv/2410.12345']);
});

test('the popup shortcut opens the popup; an id and an OpenReview link typed there open both', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NOTES);
  const popup = await popupByShortcut(context, page, serviceWorker, extensionId);
  await typeKeys('2410.12345 https://openreview.net/forum?id=LcF-EEt8cCC');
  await expect.poll(() => preview(popup)).toBe('Enter opens 2 papers on Cool Papers');
  const urls = await collectNewTabTargets(context, () => pressKeys('Return'), { count: 2 });
  expect(urls).toEqual(['https://papers.cool/arxiv/2410.12345', 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview']);
  await popup.waitForClose();
  expect(popup.errors).toEqual([]);
});

test("on a paper page the popup offers the tab's paper, and Enter on it opens it", async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(ARXIV_ABS);
  const popup = await popupByShortcut(context, page, serviceWorker, extensionId);
  // The shortcut granted activeTab, so the popup sees the tab's address.
  await popup.waitInPopup(`document.querySelector('.current-paper')`);
  const offered = await popup.evaluateInPopup(`document.querySelector('.current-paper').textContent`);
  expect(offered).toBe('This tab: arXiv 2410.12345Open →');
  // From the input, Tab reaches the search switch (one stop) and then the tab's paper.
  await pressKeys('Tab', 'Tab');
  await popup.waitInPopup(`document.activeElement?.classList.contains('current-paper')`);
  const urls = await collectNewTabTargets(context, () => pressKeys('Return'));
  expect(urls).toEqual(['https://papers.cool/arxiv/2410.12345']);
  await popup.waitForClose();
  expect(popup.errors).toEqual([]);
});

test('words typed in the popup search papers.cool', async ({ context, page, serviceWorker, extensionId }) => {
  await page.goto(NOTES);
  const popup = await popupByShortcut(context, page, serviceWorker, extensionId);
  await typeKeys('diffusion distillation');
  await expect.poll(() => preview(popup)).toBe('Enter searches arXiv papers for “diffusion distillation”');
  const urls = await collectNewTabTargets(context, () => pressKeys('Return'));
  expect(urls).toEqual(['https://papers.cool/arxiv/search?highlight=1&query=diffusion%20distillation']);
  await popup.waitForClose();
  expect(popup.errors).toEqual([]);
});

test('action.openPopup() from the worker opens the popup without an activeTab grant', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(ARXIV_ABS);
  const popup = await openToolbarPopup(context, extensionId, { worker: serviceWorker });
  // No grant: the popup can't read the tab's address, so it offers no paper and explains instead.
  const current = () => popup.evaluateInPopup<string>(`document.querySelector('.current').textContent`);
  await expect.poll(current).toMatch(/doesn't let extensions read this page/);
  const tabUrl = `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.url ?? null)`;
  expect(await popup.evaluateInPopup(tabUrl)).toBeNull();
  await popup.detach();
});
