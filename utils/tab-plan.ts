import { browser } from 'wxt/browser';

import { isScriptablePage } from './addresses';
import { planFromMetadata, readCitationMetadata } from './citation-metadata';
import { type ClickContext, planRedirect, type RedirectPlan } from './plan-redirect';

/** A page whose main thread is busy never answers a script: give up after this long. */
export const METADATA_READ_TIMEOUT_MS = 3000;

/** The addresses a tab shows: its page's, and in a PDF or a frame, the frame's. */
export type TabAddresses = Pick<ClickContext, 'pageUrl' | 'frameUrl' | 'srcUrl'>;

/**
 * What a tab opens, for the page item, the shortcut and the popup: the paper or listing its address
 * names, at once; else, as a promise, the paper its citation metadata names (read through the
 * gesture's activeTab grant; undefined when there is nothing to open). The popup shows the page's
 * papers while a slow page is read.
 */
export function planForTab(
  tabId: number | undefined,
  addresses: TabAddresses,
  now: Date = new Date(),
): RedirectPlan | Promise<RedirectPlan | undefined> {
  const byAddress = planRedirect(addresses, { now });
  if (byAddress.urls.length) return byAddress;
  const scriptable = addresses.pageUrl === undefined || isScriptablePage(addresses.pageUrl);
  return scriptable ? planFromTabMetadata(tabId, now) : Promise.resolve(undefined);
}

/** What a tab's citation metadata opens; undefined when it names nothing or can't be read (PDFs, protected pages, no answer). */
async function planFromTabMetadata(tabId: number | undefined, now: Date): Promise<RedirectPlan | undefined> {
  if (tabId === undefined || tabId < 0) return undefined;
  let timer: number | undefined;
  try {
    const read = browser.scripting.executeScript({ target: { tabId }, func: readCitationMetadata });
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, METADATA_READ_TIMEOUT_MS)));
    const [injection] = (await Promise.race([read, timeout])) ?? [];
    const plan = planFromMetadata(injection?.result, now);
    return plan.urls.length ? plan : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
