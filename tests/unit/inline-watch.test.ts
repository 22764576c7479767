// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

import { MAX_CHANGES_PER_SYNC, syncWhileChanging, WATCH_WINDOW_MS } from '../../utils/inline/watch';

/** Abort listeners on the context's signal now: WXT's ctx.setTimeout and friends each leave one. */
function countAbortListeners(ctx: ContentScriptContext): () => number {
  let count = 0;
  const signal = ctx.signal;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  vi.spyOn(signal, 'addEventListener').mockImplementation((...args: Parameters<typeof add>) => {
    if (args[0] === 'abort') count++;
    add(...args);
  });
  vi.spyOn(signal, 'removeEventListener').mockImplementation((...args: Parameters<typeof remove>) => {
    if (args[0] === 'abort') count--;
    remove(...args);
  });
  return () => count;
}

/** A click that makes the page change, as a venue tab that loads lazily does, and the frame after it. */
async function clickAndChange() {
  document.body.click();
  document.body.append(document.createElement('li'));
  await vi.advanceTimersByTimeAsync(20);
}

let ctx: ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  ctx = new ContentScriptContext('watch-test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  if (!document.body) document.documentElement.append(document.createElement('body'));
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('syncWhileChanging', () => {
  it('syncs at once, then once a frame after DOM changes', async () => {
    const sync = vi.fn();
    syncWhileChanging(ctx, sync);
    expect(sync).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20);
    sync.mockClear();
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('keeps watching when a sync throws, and logs nothing', async () => {
    const errors = vi.spyOn(console, 'error');
    const sync = vi.fn(() => {
      throw new TypeError('Invalid URL');
    });
    expect(() => syncWhileChanging(ctx, sync)).not.toThrow();
    await vi.advanceTimersByTimeAsync(20);
    const before = sync.mock.calls.length;
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
    expect(sync.mock.calls.length).toBe(before + 1);
    expect(errors).not.toHaveBeenCalled();
  });

  it('stops watching when the window closes, and a click opens it again', async () => {
    const sync = vi.fn();
    syncWhileChanging(ctx, sync);
    await vi.advanceTimersByTimeAsync(WATCH_WINDOW_MS + 20);
    sync.mockClear();
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
    expect(sync).not.toHaveBeenCalled();
    await clickAndChange();
    expect(sync).toHaveBeenCalled();
  });

  it('stops when the context is invalidated', async () => {
    const sync = vi.fn();
    syncWhileChanging(ctx, sync);
    sync.mockClear();
    ctx.notifyInvalidated();
    await clickAndChange();
    expect(sync).not.toHaveBeenCalled();
  });

  it('keeps the abort listeners bounded over many clicks on a long-lived tab', async () => {
    const abortListeners = countAbortListeners(ctx);
    const sync = vi.fn();
    syncWhileChanging(ctx, sync);
    await clickAndChange();
    const afterOneClick = abortListeners();
    for (let click = 0; click < 200; click++) await clickAndChange();
    expect(abortListeners()).toBe(afterOneClick);
    expect(sync.mock.calls.length).toBeGreaterThan(200);
  });

  it('watches a page that removed its body, and sees the body it builds later', async () => {
    document.body.remove();
    const sync = vi.fn();
    expect(() => syncWhileChanging(ctx, sync)).not.toThrow();
    await vi.advanceTimersByTimeAsync(20);
    sync.mockClear();
    document.documentElement.append(document.createElement('body'));
    await vi.advanceTimersByTimeAsync(20);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('passes the changes since the last sync; after a click, that anything may have changed', async () => {
    const sync = vi.fn();
    syncWhileChanging(ctx, sync, ['class']);
    await vi.advanceTimersByTimeAsync(20);
    expect(sync.mock.calls).toEqual([[undefined], [undefined]]);
    sync.mockClear();
    const added = document.createElement('p');
    document.body.append(added);
    document.body.className = 'busy';
    await vi.advanceTimersByTimeAsync(20);
    const [[changes]] = sync.mock.calls as [[MutationRecord[]]];
    expect(changes.map((change) => change.type)).toEqual(['childList', 'attributes']);
    expect([...changes[0].addedNodes]).toEqual([added]);
    sync.mockClear();
    await clickAndChange();
    expect(sync.mock.calls).toEqual([[undefined]]);
  });

  it('passes a flood of changes in one frame as "anything may have changed"', async () => {
    const sync = vi.fn();
    syncWhileChanging(ctx, sync);
    await vi.advanceTimersByTimeAsync(20);
    sync.mockClear();
    for (let i = 0; i <= MAX_CHANGES_PER_SYNC; i++) document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
    expect(sync.mock.calls).toEqual([[undefined]]);
  });
});
