// The worker opens tabs only when the extension's own pages ask, and pages can neither learn the
// extension's id from our content scripts nor switch them off. Real Chromium, the built extension,
// fixture pages under their real addresses. A content script that turned hostile is played by code
// run in its isolated world through CDP (Runtime.evaluate with the world's contextId): the world,
// its `chrome.runtime` and the sender the worker sees are the real ones.
import type { BrowserContext, Page } from '@playwright/test';

import { expect, routeFixtures, test } from './harness';
import { OPEN_ALL_LINKS, PAPER_LINKS } from './inline-helpers';
import { collectNewTabTargets, openToolbarPopup } from './toolbar-popup';

const ARXIV_ABS = 'https://arxiv.org/abs/2410.12345';
const BANK = 'https://bank.example/account';
const OPENREVIEW_GROUP = 'https://openreview.net/group?id=ICLR.cc/2024/Conference';
const PAPERS = ['https://papers.cool/arxiv/2410.12345', 'https://papers.cool/arxiv/2409.01234'];

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, {
    [ARXIV_ABS]: { file: 'arxiv-abs.html' },
    [BANK]: '<!doctype html><html><head><meta charset="utf-8"><title>Bank</title></head><body>Balance</body></html>',
    'https://openreview.net/**': { file: 'openreview-app.html' },
  });
});

/** What the popup sends to open addresses (utils/open-request.ts), as a script to run anywhere. */
const sendOpenRequest = (urls: string[], tabId?: number) =>
  `chrome.runtime.sendMessage(${JSON.stringify({ type: 'open-papers-cool', urls, tabId })})` +
  `.then((answer) => ({ answer: answer ?? null }), (error) => ({ error: String(error.message) }))`;

/** Runs `expression` in our content script's isolated world in `page`'s main frame; returns its value. */
async function evaluateInContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    let contextId: number | undefined;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; type?: string } | undefined;
      const ours = context.origin === `chrome-extension://${extensionId}` && aux?.type === 'isolated';
      if (ours && aux?.frameId === frameTree.frame.id) contextId = context.id;
    });
    // Runtime.enable reports every context that exists before it returns.
    await cdp.send('Runtime.enable');
    if (contextId === undefined) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the content script: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The addresses of every tab (not the extension's own pages), read through CDP: the worker has no `tabs` permission. */
async function tabAddresses(context: BrowserContext): Promise<string[]> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos
      .filter((target) => target.type === 'page' && !target.url.startsWith('chrome-extension://'))
      .map((target) => target.url)
      .sort();
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function setOpenInCurrentTab(context: BrowserContext, extensionId: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('the current tab').check();
  await expect(options.getByRole('status')).toHaveText('Saved. Changes apply at once.');
  await options.close();
}

test("a content script's request opens no tab; the same request from the popup opens them", async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(ARXIV_ABS);
  // The arXiv script has run: its world exists.
  await expect(page.locator(PAPER_LINKS)).toHaveCount(1);
  const before = await tabAddresses(context);
  const reply = await evaluateInContentScript(page, extensionId, sendOpenRequest(PAPERS));
  // The worker answers a request it serves only once its tabs are open, so any would be listed now.
  expect(await tabAddresses(context)).toEqual(before);
  expect(reply).not.toEqual({ answer: true });

  const popup = await openToolbarPopup(context, extensionId, { worker: serviceWorker });
  // Activating the first tab closes the popup, and with it the evaluation: the worker opens the rest.
  const send = () => popup.evaluateInPopup(sendOpenRequest(PAPERS)).catch(() => undefined);
  expect(await collectNewTabTargets(context, send, { count: PAPERS.length })).toEqual(PAPERS);
});

test('"open in the current tab": no request replaces a tab the user is not looking at', async ({
  context,
  page,
  serviceWorker,
  extensionId,
}) => {
  await setOpenInCurrentTab(context, extensionId);
  const tabIds = () => serviceWorker.evaluate(() => chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id!)));
  const idsBefore = await tabIds();
  const bank = await context.newPage();
  await bank.goto(BANK);
  const [bankTabId] = (await tabIds()).filter((id) => !idsBefore.includes(id));
  const bankRequests: string[] = [];
  bank.on('request', (request) => bankRequests.push(request.url()));
  await page.bringToFront();
  await page.goto(ARXIV_ABS);
  await expect(page.locator(PAPER_LINKS)).toHaveCount(1);

  const before = await tabAddresses(context);
  await evaluateInContentScript(page, extensionId, sendOpenRequest(PAPERS.slice(0, 1), bankTabId));
  expect(await tabAddresses(context)).toEqual(before);

  // Even our own popup, naming a tab that isn't the active one, gets a plain new tab.
  const popup = await openToolbarPopup(context, extensionId, { worker: serviceWorker });
  const send = () => popup.evaluateInPopup(sendOpenRequest(PAPERS.slice(0, 1), bankTabId)).catch(() => undefined);
  expect(await collectNewTabTargets(context, send)).toEqual(PAPERS.slice(0, 1));
  // Both requests were handled before the popup's tab opened; a replaced page would have asked for papers.cool.
  expect(bankRequests).toEqual([]);
  expect(bank.url()).toBe(BANK);
});

test("pages hear nothing of our content scripts' start, and can't switch them off", async ({ page, extensionId }) => {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
  });
  await page.goto(OPENREVIEW_GROUP);
  const oralOpenAll = page.locator(`#oral.active ${OPEN_ALL_LINKS}`);
  await expect(oralOpenAll).toHaveAttribute(
    'href',
    'https://papers.cool/venue/NGB6YNnO5o@OpenReview,LcF-EEt8cCC@OpenReview',
  );
  // WXT posted its start message before the script read its settings, so it would have arrived by now.
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  expect(heard.filter((data) => data.includes(extensionId))).toEqual([]);

  // A page that knows the extension's id (a store extension's id is public) forges "a newer copy started".
  await page.evaluate((name) => {
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'openreview', messageId: 'x' } }));
  }, `${extensionId}:openreview:wxt:content-script-started`);
  // The script still follows the page: a tab that loads lazily, then an in-app move to a forum.
  await page.locator('a[data-tab="poster"]').click();
  await expect(page.locator(`#poster.active ${OPEN_ALL_LINKS}`)).toHaveAttribute(
    'href',
    'https://papers.cool/venue/_VjQlMeSB_J@OpenReview',
  );
  await page.evaluate(() => {
    history.pushState({}, '', '/forum?id=LcF-EEt8cCC');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator(PAPER_LINKS)).toHaveAttribute('href', 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview');
});
