// @vitest-environment happy-dom
// utils/inline/script-started-guard.ts: a page's forged "newer copy started" event can't stop a content script.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

import { ignoreScriptStartedEvents } from '../../utils/inline/script-started-guard';

afterEach(() => vi.restoreAllMocks());

/** A content script's context, and the name of the event WXT announced its start with. */
function startScript(name: string): { ctx: ContentScriptContext; startedEvent: string } {
  const dispatch = vi.spyOn(document, 'dispatchEvent');
  const ctx = new ContentScriptContext(name);
  const startedEvent = dispatch.mock.calls[0][0].type;
  dispatch.mockRestore();
  return { ctx, startedEvent };
}

/** What a page that knows the extension's id can dispatch from its own script. */
function forgeStart(startedEvent: string, contentScriptName: string) {
  document.dispatchEvent(new CustomEvent(startedEvent, { detail: { contentScriptName, messageId: 'x' } }));
}

describe('ignoreScriptStartedEvents', () => {
  it("keeps the script running when the page dispatches the script's start event", () => {
    const { ctx, startedEvent } = startScript('openreview');
    expect(startedEvent).toMatch(/:wxt:content-script-started$/);
    ignoreScriptStartedEvents(ctx);
    forgeStart(startedEvent, 'openreview');
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
  });

  it('is needed: without it the same event stops the script', () => {
    const { ctx, startedEvent } = startScript('openreview');
    forgeStart(startedEvent, 'openreview');
    expect(ctx.isValid).toBe(false);
  });

  it('lets the event through again once the script is stopped for a real reason', () => {
    const { ctx: stopped, startedEvent } = startScript('openreview');
    ignoreScriptStartedEvents(stopped);
    stopped.notifyInvalidated();
    const { ctx: unguarded } = startScript('openreview');
    forgeStart(startedEvent, 'openreview');
    expect(unguarded.isValid).toBe(false);
  });
});
