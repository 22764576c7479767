import { browser } from 'wxt/browser';

import { planFromMetadata, readCitationMetadata } from './citation-metadata';
import type { RedirectPlan } from './plan-redirect';

/** A page whose main thread is busy never answers a script: give up after this long. */
export const METADATA_READ_TIMEOUT_MS = 3000;

/**
 * What a tab's citation metadata opens, read through the activeTab grant of the user's gesture (a
 * right-click, the shortcut, the popup); undefined when the page names no paper or can't be read
 * (PDFs, pages the browser protects, a page that doesn't answer).
 */
export async function planFromTabMetadata(tabId: number | undefined): Promise<RedirectPlan | undefined> {
  if (tabId === undefined || tabId < 0) return undefined;
  let timer: number | undefined;
  try {
    const read = browser.scripting.executeScript({ target: { tabId }, func: readCitationMetadata });
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, METADATA_READ_TIMEOUT_MS)));
    const [injection] = (await Promise.race([read, timeout])) ?? [];
    const plan = planFromMetadata(injection?.result);
    return plan.urls.length ? plan : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
