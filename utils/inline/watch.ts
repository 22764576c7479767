import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { ignoreScriptStartedEvents } from './script-started-guard';

/** How long after a load, an in-app navigation or a click the page is watched for new content. */
export const WATCH_WINDOW_MS = 15_000;

/**
 * Runs `sync` now and after DOM changes, at most once a frame, for a bounded time after each load,
 * in-app navigation (WXT's `wxt:locationchange`) or click (tabs that load lazily). Anchors that
 * never appear cost nothing after the window closes, and nothing is logged.
 *
 * Plain timers, not `ctx.setTimeout`/`ctx.requestAnimationFrame`: each of those leaves an abort
 * listener on `ctx.signal` until invalidation, one more per click on a long-lived tab. Here one
 * `onInvalidated` cancels the single pending frame and the single window timer.
 */
export function syncWhileChanging(ctx: ContentScriptContext, sync: () => void): void {
  let frame: number | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const syncQuietly = () => {
    try {
      sync();
    } catch {
      // A page half-rendered or odd this time may read fine after its next change; the page's console stays clean.
    }
  };
  const scheduleSync = () => {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      // isValid also notices an extension update that left this script orphaned, and then invalidates.
      if (ctx.isValid) syncQuietly();
    });
  };
  const observer = new MutationObserver(scheduleSync);
  const openWindow = () => {
    observer.observe(document.body, { childList: true, subtree: true });
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => observer.disconnect(), WATCH_WINDOW_MS);
    scheduleSync();
  };
  // A page could otherwise stop the watching with a forged "newer copy started" event.
  ignoreScriptStartedEvents(ctx);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(closeTimer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  });
  ctx.addEventListener(window, 'wxt:locationchange', openWindow);
  ctx.addEventListener(document, 'click', openWindow, { capture: true });
  syncQuietly();
  openWindow();
}
