import { type Browser, browser } from 'wxt/browser';

/**
 * The popup's "open these addresses", sent to the background worker. The popup can't open them
 * itself: activating the first tab closes the popup and ends its scripts, so the rest would be lost.
 */
export interface OpenRequest {
  type: 'open-papers-cool';
  urls: string[];
  /** The tab the popup was opened on: new tabs go next to it, in its window and group (see requestedTab). */
  tabId?: number;
}

export function isOpenRequest(message: unknown): message is OpenRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, urls, tabId } = message as Record<string, unknown>;
  return (
    type === 'open-papers-cool' &&
    Array.isArray(urls) &&
    urls.every((url) => typeof url === 'string') &&
    (tabId === undefined || Number.isInteger(tabId))
  );
}

/** Resolves when the worker has opened the tabs; may never resolve if an opened tab closes the popup. */
export async function askWorkerToOpen(urls: string[], tabId: number | undefined): Promise<void> {
  const request: OpenRequest = { type: 'open-papers-cool', urls, tabId };
  await browser.runtime.sendMessage(request);
}

/**
 * The tab a request names, if it is the active tab of its window, as the popup's own tab is while
 * the popup is open. Any other id gets no tab: nothing is replaced or opened beside a tab the user
 * isn't looking at. `tabs.get` needs no permission; the tab's address stays hidden without `tabs`.
 */
export async function requestedTab(tabId: number | undefined): Promise<Browser.tabs.Tab | undefined> {
  if (tabId === undefined) return undefined;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.active ? tab : undefined;
}
