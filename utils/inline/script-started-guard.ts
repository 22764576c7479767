import { ContentScriptContext } from 'wxt/utils/content-script-context';

// WXT's name for the event (`<extension id>:<entrypoint>:wxt:content-script-started`); private in its types.
const SCRIPT_STARTED_EVENT: unknown = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/**
 * Keeps pages from switching this content script off. WXT stops a script when "a newer copy of it
 * started" reaches `document`, and a page that knows the extension's id can dispatch that event
 * itself: its detail reaches our isolated world intact (docs/facts.md, Chromium: who sends the
 * worker a message). Once this script runs, the event goes no further than `window`, the first stop
 * on its way. A real newer copy comes only with a new document, or after an update, which
 * `ctx.isValid` notices by itself.
 */
export function ignoreScriptStartedEvents(ctx: ContentScriptContext): void {
  if (typeof SCRIPT_STARTED_EVENT !== 'string') return;
  window.addEventListener(SCRIPT_STARTED_EVENT, (event) => event.stopImmediatePropagation(), {
    capture: true,
    signal: ctx.signal,
  });
}
