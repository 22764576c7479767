// The service worker's life as Chromium lives it: stopped when idle and woken by a click, and
// reloaded when the extension updates. Every click must still open its paper, and the worker must
// log no error or warning on the way, in particular no "duplicate id" from registering the menus
// twice and no unchecked runtime.lastError.
import { resolve } from 'node:path';

import {
  chooseContextMenuItem,
  collectPageErrors,
  contextMenuAt,
  expect,
  MENU_STEPS_UP,
  missingMenuItems,
  rightClickElement,
  routeFixtures,
  selectText,
  serviceWorkerStatus,
  stopServiceWorkers,
  test,
  waitForNewTabUrl,
  waitForServiceWorker,
  watchWorkerErrors,
} from './harness';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Reading list</title></head>
<body style="font: 18px/1.6 sans-serif; margin: 40px">
  <p id="ids">Start with arXiv:2410.12345v2 this week.</p>
  <p id="words">mixture of experts routing</p>
  <p><a id="abs-link" href="https://arxiv.org/abs/2301.00001v3">Sparse experts (arXiv)</a></p>
</body></html>`;

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, { 'https://example.org/reading-list': PAGE });
});

// Loading the same folder again (CDP Extensions.loadUnpacked) updates the unpacked extension in
// place: same id, a new worker. chrome.runtime.reload() can't stand in for it here: measured, it
// unloads an extension that came from --load-extension for good.
test.use({ extraArgs: ['--enable-unsafe-extension-debugging'] });

test('clicks work with the worker stopped before each, and after the extension is updated', async ({
  context,
  page,
  serviceWorker,
  extensionId,
  extensionPath,
}) => {
  const workerErrors = await watchWorkerErrors(context, extensionId);
  const pageErrors = collectPageErrors(page);
  await page.goto('https://example.org/reading-list');
  const clickSelection = async (target: string) => {
    const selection = await selectText(page, target);
    return waitForNewTabUrl(context, () => contextMenuAt(page, selection, MENU_STEPS_UP.selection));
  };
  const clickLink = () =>
    waitForNewTabUrl(context, async () => {
      await rightClickElement(page, page.locator('#abs-link'));
      await chooseContextMenuItem(MENU_STEPS_UP.link);
    });

  // Stopped, then woken by a selection click.
  await stopServiceWorkers(context);
  expect(await serviceWorkerStatus(context)).toEqual(['stopped']);
  expect(await clickSelection('#ids')).toBe('https://papers.cool/arxiv/2410.12345');

  // Stopped again, woken by a link click.
  await stopServiceWorkers(context);
  expect(await clickLink()).toBe('https://papers.cool/arxiv/2301.00001');

  // And once more, with a search.
  await stopServiceWorkers(context);
  expect(await clickSelection('#words')).toBe(
    'https://papers.cool/arxiv/search?highlight=1&query=mixture%20of%20experts%20routing',
  );
  expect(await missingMenuItems(serviceWorker)).toEqual([]);

  // An update. The menus are removed first, so that finding them afterwards shows that the updated
  // extension registered them itself (onInstalled), not that they outlived the update.
  await serviceWorker.evaluate(() => chrome.contextMenus.removeAll());
  expect(await missingMenuItems(serviceWorker)).toHaveLength(3);
  const browserSession = await context.browser()!.newBrowserCDPSession();
  const nextWorker = context.waitForEvent('serviceworker', {
    predicate: (worker) => worker.url().includes(extensionId),
  });
  const { id } = (await browserSession.send(
    'Extensions.loadUnpacked' as never,
    { path: resolve(extensionPath) } as never,
  )) as { id: string };
  expect(id).toBe(extensionId);
  const updated = await nextWorker;
  await expect.poll(() => missingMenuItems(updated)).toEqual([]);
  expect(await clickSelection('#ids')).toBe('https://papers.cool/arxiv/2410.12345');

  // Stopped after the update too.
  await stopServiceWorkers(context);
  expect(await clickLink()).toBe('https://papers.cool/arxiv/2301.00001');
  const current = await waitForServiceWorker(context);
  expect(await missingMenuItems(current)).toEqual([]);

  expect(workerErrors.lines).toEqual([]);
  expect(pageErrors).toEqual([]);

  // The watcher still hears the current worker: a second registration without removeAll, made
  // on purpose, is reported as the unchecked "duplicate id" error the checks above rule out.
  await current.evaluate(() =>
    chrome.contextMenus.create({ id: 'open-selection', title: 'again', contexts: ['selection'] }),
  );
  await expect
    .poll(() => workerErrors.lines.join('\n'))
    .toMatch(/Unchecked runtime\.lastError: Cannot create item with duplicate id open-selection/);
  await workerErrors.close();
});
