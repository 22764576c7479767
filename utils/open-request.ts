import { browser } from 'wxt/browser';

/**
 * The popup's "open these addresses", sent to the background worker. The popup can't open them
 * itself: activating the first tab closes the popup and ends its scripts, so the rest would be lost.
 */
export interface OpenRequest {
  type: 'open-papers-cool';
  urls: string[];
  /** The tab the popup was opened on: new tabs go next to it, in its window and group. */
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
