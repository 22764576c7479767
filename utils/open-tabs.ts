import { type Browser, browser } from 'wxt/browser';

import { PAPERS_COOL_ORIGIN } from './papers-cool';

/** A click that plans more pages than this opens the first ones and says so. */
export const MAX_TABS_PER_ACTION = 20;

/** Only https://papers.cool/ itself: no user name or password before the host, no other port. */
export function isPapersCoolUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.origin === PAPERS_COOL_ORIGIN &&
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      parsed.port === ''
    );
  } catch {
    return false;
  }
}

export interface OpenOptions {
  /** Replace the current tab's page with the first address instead of opening a new tab. */
  reuseCurrentTab: boolean;
  /** Switch to the first new tab (otherwise they open in the background). */
  activate: boolean;
}

/** `tabs.group` is missing in older Firefox; `groupId` is -1 (or absent) for a tab in no group. */
function groupOf(tab: Browser.tabs.Tab | undefined): number | undefined {
  const groupId = (tab as { groupId?: number } | undefined)?.groupId;
  const tabs = browser.tabs as { group?: unknown };
  return groupId !== undefined && groupId >= 0 && typeof tabs.group === 'function' ? groupId : undefined;
}

/**
 * Opens papers.cool addresses next to the tab the user acted in, in the same window and tab group,
 * keeping their order. Anything that isn't a papers.cool address is dropped. A tab that can't be
 * opened where asked (its window closed meanwhile) opens plainly; one that can't open at all is
 * skipped, and the others still open.
 *
 * Activating a tab closes the toolbar popup and ends its scripts, so only the background worker
 * calls this: the popup asks the worker (see open-request.ts).
 */
export async function openPapersCoolTabs(
  urls: string[],
  currentTab: Browser.tabs.Tab | undefined,
  { reuseCurrentTab, activate }: OpenOptions,
): Promise<void> {
  const safeUrls = urls.filter(isPapersCoolUrl).slice(0, MAX_TABS_PER_ACTION);
  const tabId = currentTab?.id !== undefined && currentTab.id >= 0 ? currentTab.id : undefined;
  const groupId = groupOf(currentTab);
  const opened: number[] = [];
  for (const [i, url] of safeUrls.entries()) {
    if (i === 0 && reuseCurrentTab && tabId !== undefined && (await replaceTabPage(tabId, url))) continue;
    const tab = await createTabNextTo(url, currentTab, tabId, opened.length, activate && opened.length === 0);
    if (tab?.id !== undefined) opened.push(tab.id);
  }
  if (groupId !== undefined && opened.length > 0) {
    // A tab opened by an extension doesn't join its opener's group by itself, as a clicked link would.
    await browser.tabs.group({ groupId, tabIds: opened as [number, ...number[]] }).catch(() => undefined);
  }
}

async function replaceTabPage(tabId: number, url: string): Promise<boolean> {
  try {
    await browser.tabs.update(tabId, { url });
    return true;
  } catch {
    // The tab closed since the click: the paper opens in a new tab instead.
    return false;
  }
}

async function createTabNextTo(
  url: string,
  currentTab: Browser.tabs.Tab | undefined,
  tabId: number | undefined,
  offset: number,
  active: boolean,
): Promise<Browser.tabs.Tab | undefined> {
  try {
    return await browser.tabs.create({
      url,
      active,
      windowId: currentTab?.windowId,
      index: currentTab ? currentTab.index + 1 + offset : undefined,
      openerTabId: tabId,
    });
  } catch {
    // The window may have closed or the opener gone away since the click: open it plainly.
    return browser.tabs.create({ url, active }).catch(() => undefined);
  }
}
