// Self-test of the E2E harness. It doesn't use the extension's menus, so it
// checks the plumbing (browser launch, routing, real right-clicks, PDF viewer,
// service-worker control) independently of the extension's behaviour.
import {
  collectPageErrors,
  dismissContextMenu,
  expect,
  pdfFixture,
  readTabUrl,
  rightClickAt,
  rightClickElement,
  routeFixtures,
  selectText,
  serviceWorkerStatus,
  startServiceWorker,
  stopServiceWorkers,
  test,
  unroutedRequests,
  waitForNewTabUrl,
  waitForPdfViewer,
} from './harness';

interface MenuEvent {
  targetId: string;
  tag: string;
  clientX: number;
  clientY: number;
  isTrusted: boolean;
  selection: string;
}

const menuEvents = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __contextmenus: MenuEvent[] }).__contextmenus);

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, {
    'https://example.org/': { file: 'example.html' },
    'https://arxiv.org/pdf/2410.12345': pdfFixture(),
  });
});

test('extension loads: service worker and id', async ({ serviceWorker, extensionId }) => {
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('a real right-click on selected text hits it and keeps the selection', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('https://example.org/');
  const sel = await selectText(page, '#para', 'quick');
  expect(sel.text).toBe('quick');

  await rightClickAt(page, sel.x, sel.y);
  await expect.poll(() => menuEvents(page).then((e) => e.length)).toBe(1);
  await dismissContextMenu();

  const [ev] = await menuEvents(page);
  expect(ev.isTrusted).toBe(true); // a real OS event, not a synthetic one
  expect(ev.targetId).toBe('para');
  expect(ev.selection).toBe('quick');
  // The screen-coordinate conversion is exact (within rounding).
  expect(Math.abs(ev.clientX - sel.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(ev.clientY - sel.y)).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => String(window.getSelection()))).toBe('quick');
  expect(errors).toEqual([]);
});

test('rightClickElement hits the center of a link; the menu closes with Escape', async ({ page }) => {
  await page.goto('https://example.org/');
  await rightClickElement(page, page.locator('#link'));
  await expect.poll(() => menuEvents(page).then((e) => e.length)).toBe(1);
  await dismissContextMenu();
  const [ev] = await menuEvents(page);
  expect(ev).toMatchObject({ targetId: 'link', tag: 'A', isTrusted: true });

  // With the menu gone, a second right-click is delivered too.
  await rightClickAt(page, 200, 450);
  await expect.poll(() => menuEvents(page).then((e) => e.length)).toBe(2);
  await dismissContextMenu();
  expect((await menuEvents(page))[1]).toMatchObject({ targetId: 'blank', isTrusted: true });
});

test('the PDF fixture opens in the built-in viewer under its real URL', async ({ page, context }) => {
  const response = await page.goto('https://arxiv.org/pdf/2410.12345');
  expect(response?.headers()['content-type']).toBe('application/pdf');
  expect(page.url()).toBe('https://arxiv.org/pdf/2410.12345');
  // Resolves only once the viewer reports the document loaded, which needs the
  // route to have let the viewer's own non-http resources through.
  await waitForPdfViewer(page);
  // Chromium 156's viewer is out-of-process: the tab's document stays empty and
  // the viewer (chrome-extension://<pdf viewer id>/index.html) is a child frame,
  // which embeds the PDF URL again as the plugin frame.
  expect(page.frames().map((f) => f.url())).toEqual([
    'https://arxiv.org/pdf/2410.12345',
    expect.stringMatching(/^chrome-extension:\/\/[a-p]{32}\/index\.html$/),
    'https://arxiv.org/pdf/2410.12345',
  ]);
  expect(unroutedRequests(context)).toEqual([]);
});

test('new-tab URL comes from CDP history; papers.cool is stubbed', async ({ page, context }) => {
  await page.goto('https://example.org/');
  const url = await waitForNewTabUrl(context, () =>
    page.evaluate(() => window.open('https://papers.cool/arxiv/2410.12345')),
  );
  expect(url).toBe('https://papers.cool/arxiv/2410.12345');
  const tab = context.pages().at(-1)!;
  await expect(tab.locator('h1')).toHaveText('papers.cool stub');
  expect(await readTabUrl(tab)).toBe(url);
});

test('stopServiceWorkers stops the worker and it can start again', async ({ context, serviceWorker, extensionId }) => {
  expect(await serviceWorker.evaluate(() => ((globalThis as { marker?: number }).marker = 42))).toBe(42);
  expect(await serviceWorkerStatus(context)).toEqual(['running']);
  await stopServiceWorkers(context);
  expect(await serviceWorkerStatus(context)).toEqual(['stopped']);

  const again = await startServiceWorker(context, extensionId);
  expect(again.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  expect(await serviceWorkerStatus(context)).toEqual(['running']);
  // A fresh global scope: the worker really was restarted.
  expect(await again.evaluate(() => (globalThis as { marker?: number }).marker ?? 'fresh')).toBe('fresh');
});

test.describe('uiLocale', () => {
  // Chromium on Linux takes its UI language from LANGUAGE/LANG (docs/facts.md, Chromium: running it
  // in tests).
  test.use({ uiLocale: 'zh_CN' });
  test('sets the browser UI language', async ({ serviceWorker }) => {
    expect(await serviceWorker.evaluate(() => chrome.i18n.getUILanguage())).toBe('zh-CN');
  });
});
