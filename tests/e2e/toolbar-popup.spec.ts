// The keyboard shortcuts, and the real toolbar popup facing the current tab, as a user meets them:
// keys pressed with xdotool in headed Chromium under Xvfb, the built extension with its default
// settings (nothing written to storage), fixture pages served under their real addresses. What is
// typed into the popup is tested in toolbar-popup-typing.spec.ts.
import { join } from 'node:path';

import { expect, REPO_ROOT, routeFixtures, test } from './harness';
import {
  assignedShortcut,
  collectNewTabTargets,
  openPopupByShortcut,
  openToolbarPopup,
  pressKeys,
  pressShortcut,
} from './toolbar-popup';

const ARXIV_ABS = 'https://arxiv.org/abs/2410.12345';

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, {
    [ARXIV_ABS]: { file: join(REPO_ROOT, 'tests', 'fixtures', 'arxiv-abs.html') },
  });
});

test('the browser assigns every command a key', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  // A suggested key Chromium won't take is left unassigned without a word: shortcut "".
  const unassigned = commands.filter(({ shortcut }) => !shortcut).map(({ name }) => name);
  expect(commands.map(({ name }) => name).sort()).toEqual(['_execute_action', 'open-current-paper']);
  expect(unassigned).toEqual([]);
});

test('the current-paper shortcut on an arXiv abstract page opens that paper', async ({
  context,
  page,
  serviceWorker,
}) => {
  await page.goto(ARXIV_ABS);
  const shortcut = await assignedShortcut(serviceWorker, 'open-current-paper');
  const urls = await collectNewTabTargets(context, () => pressShortcut(page, shortcut));
  expect(urls).toEqual(['https://papers.cool/arxiv/2410.12345']);
});

test("on a paper page the popup offers the tab's paper, and Enter on it opens it", async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(ARXIV_ABS);
  const popup = await openPopupByShortcut(context, page, serviceWorker, extensionId);
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
