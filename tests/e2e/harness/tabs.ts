// Tabs the extension opens, and where they were sent.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

import { scaled, sleep } from './wait';

/**
 * The address a tab was sent to. A tab opened by the extension starts loading
 * before Playwright attaches, so its request may miss `context.route` and
 * `page.url()` can lag; CDP's navigation history has the real target (docs/facts.md,
 * Chromium: running it in tests).
 * Polls until the current entry is something other than about:blank.
 */
export async function readTabUrl(page: Page, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + scaled(timeout);
  let last = '';
  while (Date.now() < deadline) {
    if (page.isClosed()) return last || page.url();
    let cdp: CDPSession | undefined;
    try {
      cdp = await page.context().newCDPSession(page);
      const h = await cdp.send('Page.getNavigationHistory');
      last = h.entries[h.currentIndex]?.url ?? '';
      if (last && last !== 'about:blank') return last;
    } catch {
      // A cross-site navigation swaps the tab's renderer and detaches the session: ask again.
    } finally {
      await cdp?.detach().catch(() => {});
    }
    await sleep(50);
  }
  throw new Error(`readTabUrl: tab stayed at ${JSON.stringify(last || page.url())} for ${timeout} ms`);
}

/** Run `action`, wait for the one new tab it opens, and return that tab's URL. */
export async function waitForNewTabUrl(
  context: BrowserContext,
  action: () => Promise<unknown>,
  timeout = 15_000,
): Promise<string> {
  const pagePromise = context.waitForEvent('page', { timeout: scaled(timeout) });
  await action();
  return readTabUrl(await pagePromise, timeout);
}

/**
 * Run `action` and return the URLs of the tabs it opens, in the order they were
 * opened. Waits until `count` tabs appeared, then `quietMs` more so that any
 * extra tab is caught too (assert on the length to check "exactly N").
 */
export async function collectNewTabUrls(
  context: BrowserContext,
  action: () => Promise<unknown>,
  { count = 1, quietMs = 1_000, timeout = 15_000 }: { count?: number; quietMs?: number; timeout?: number } = {},
): Promise<string[]> {
  const pages: Page[] = [];
  const onPage = (p: Page) => pages.push(p);
  context.on('page', onPage);
  try {
    await action();
    const deadline = Date.now() + scaled(timeout);
    while (pages.length < count && Date.now() < deadline) await sleep(50);
    await sleep(scaled(quietMs));
  } finally {
    context.off('page', onPage);
  }
  return Promise.all(pages.map((p) => readTabUrl(p, timeout)));
}
