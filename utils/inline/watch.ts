import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How long after a load, an in-app navigation or a click the page is watched for new content. */
export const WATCH_WINDOW_MS = 15_000;

/**
 * Runs `sync` now and after DOM changes, at most once a frame, for a bounded time after each load,
 * in-app navigation (WXT's `wxt:locationchange`) or click (tabs that load lazily). Anchors that
 * never appear cost nothing after the window closes, and nothing is logged.
 */
export function syncWhileChanging(ctx: ContentScriptContext, sync: () => void): void {
  let frameRequested = false;
  let closeTimer: number | undefined;
  const scheduleSync = () => {
    if (frameRequested) return;
    frameRequested = true;
    ctx.requestAnimationFrame(() => {
      frameRequested = false;
      sync();
    });
  };
  const observer = new MutationObserver(scheduleSync);
  const openWindow = () => {
    observer.observe(document.body, { childList: true, subtree: true });
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = ctx.setTimeout(() => observer.disconnect(), WATCH_WINDOW_MS);
    scheduleSync();
  };
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', openWindow);
  ctx.addEventListener(document, 'click', openWindow, { capture: true });
  sync();
  openWindow();
}
