import { browser, type Browser } from 'wxt/browser';
import { PAPERS_COOL_ORIGIN } from './papers-cool';

/** A click that plans more pages than this opens the first ones and says so. */
export const MAX_TABS_PER_ACTION = 20;

export function isPapersCoolUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === PAPERS_COOL_ORIGIN && parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export interface OpenOptions {
  /** Replace the current tab's page with the first address instead of opening a new tab. */
  reuseCurrentTab?: boolean;
  /** Switch to the first new tab (otherwise they open in the background). */
  activate?: boolean;
}

/**
 * Opens papers.cool addresses next to the tab the user acted in, in the same window, keeping
 * their order. Anything that isn't a papers.cool address is dropped. Returns how many were opened.
 */
export async function openPapersCoolTabs(
  urls: string[],
  currentTab: Browser.tabs.Tab | undefined,
  { reuseCurrentTab = false, activate = true }: OpenOptions = {},
): Promise<number> {
  const safeUrls = urls.filter(isPapersCoolUrl).slice(0, MAX_TABS_PER_ACTION);
  const tabId = currentTab?.id !== undefined && currentTab.id >= 0 ? currentTab.id : undefined;
  let opened = 0;
  for (const [i, url] of safeUrls.entries()) {
    if (i === 0 && reuseCurrentTab && tabId !== undefined) {
      await browser.tabs.update(tabId, { url });
    } else {
      await createTabNextTo(url, currentTab, tabId, opened, activate && opened === 0);
    }
    opened++;
  }
  return opened;
}

async function createTabNextTo(
  url: string,
  currentTab: Browser.tabs.Tab | undefined,
  tabId: number | undefined,
  offset: number,
  active: boolean,
): Promise<void> {
  try {
    await browser.tabs.create({
      url,
      active,
      windowId: currentTab?.windowId,
      index: currentTab ? currentTab.index + 1 + offset : undefined,
      openerTabId: tabId,
    });
  } catch {
    // The window may have closed or the opener gone away since the click: open it plainly.
    await browser.tabs.create({ url, active });
  }
}
