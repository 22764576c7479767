import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { ignoreScriptStartedEvents } from './script-started-guard';

/** How long after a load, an in-app navigation or a click the page is watched for new content. */
export const WATCH_WINDOW_MS = 15_000;

/** Past this many changes in one frame, reading them costs more than looking at the page afresh. */
export const MAX_CHANGES_PER_SYNC = 1_000;

/**
 * The DOM changes since the last sync (MutationObserver records); `undefined` when anything may have
 * changed: the first sync, and the first after an in-app navigation, a click or a flood of changes.
 */
export type PageChanges = readonly MutationRecord[] | undefined;

/**
 * Runs `sync` now and after DOM changes, at most once a frame, for a bounded time after each load,
 * in-app navigation (WXT's `wxt:locationchange`) or click (tabs that load lazily). `sync` gets what
 * changed, so it can skip what a change can't have touched. Attributes named in `attributeFilter`
 * count as changes too. Anchors that never appear cost nothing after the window closes, and
 * nothing is logged.
 *
 * The whole document is observed, not its body: a page may remove or replace its body, and an XML
 * document has none.
 *
 * Plain timers, not `ctx.setTimeout`/`ctx.requestAnimationFrame`: each of those leaves an abort
 * listener on `ctx.signal` until invalidation, one more per click on a long-lived tab. Here one
 * `onInvalidated` cancels the single pending frame and the single window timer.
 */
export function syncWhileChanging(
  ctx: ContentScriptContext,
  sync: (changes: PageChanges) => void,
  attributeFilter: string[] = [],
): void {
  let frame: number | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: MutationRecord[] | undefined;
  const syncQuietly = (changes: PageChanges) => {
    try {
      sync(changes);
    } catch {
      // A page half-rendered or odd this time may read fine after its next change; the page's console stays clean.
    }
  };
  const scheduleSync = () => {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      const changes = pending;
      pending = [];
      // isValid also notices an extension update that left this script orphaned, and then invalidates.
      if (ctx.isValid) syncQuietly(changes);
    });
  };
  const observer = new MutationObserver((records) => {
    if (pending && pending.length + records.length > MAX_CHANGES_PER_SYNC) pending = undefined;
    else if (pending) for (const record of records) pending.push(record);
    scheduleSync();
  });
  const observed: MutationObserverInit = attributeFilter.length
    ? { childList: true, subtree: true, attributeFilter }
    : { childList: true, subtree: true };
  const openWindow = () => {
    observer.observe(document, observed);
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => observer.disconnect(), WATCH_WINDOW_MS);
    pending = undefined;
    scheduleSync();
  };
  // A page could otherwise stop the watching with a forged "newer copy started" event.
  ignoreScriptStartedEvents(ctx);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(closeTimer);
    if (frame !== undefined) cancelAnimationFrame(frame);
    pending = [];
  });
  ctx.addEventListener(window, 'wxt:locationchange', openWindow);
  ctx.addEventListener(document, 'click', openWindow, { capture: true });
  syncQuietly(undefined);
  openWindow();
}
