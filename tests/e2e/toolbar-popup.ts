// The real toolbar popup, opened the way a user opens it. Playwright doesn't see it as a page: it is a
// CDP target of type `page` at chrome-extension://<id>/popup.html, reached through a browser-level
// CDP session (Target.attachToTarget, not flattened, messages wrapped in Target.sendMessageToTarget).
// Keys go to it through xdotool, so run headed under xvfb-run like the rest of the E2E tests.
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

import { pollUntil, scaled, xdotool } from './harness';

type TargetInfo = { targetId: string; type: string; url: string; title: string };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('toolbar-popup: the context has no browser to open a CDP session on');
  return browser.newBrowserCDPSession();
}

async function pageTargets(cdp: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((target) => target.type === 'page');
}

const popupUrl = (extensionId: string) => `chrome-extension://${extensionId}/popup.html`;

// ---------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------

/** Chromium's way of writing a shortcut (`Alt+Shift+O`, as `commands.getAll()` reports it) in xdotool's (`alt+shift+o`). */
export function xdotoolKeys(shortcut: string): string {
  return shortcut
    .split('+')
    .map((key) => (/^(Alt|Shift|Ctrl|[A-Z0-9])$/.test(key) ? key.toLowerCase() : key))
    .join('+');
}

/** The key the browser really assigned to a command (empty when it assigned none). */
export async function assignedShortcut(worker: Worker, command: string): Promise<string> {
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  return commands.find((entry) => entry.name === command)?.shortcut ?? '';
}

/**
 * The tab's title as the browser's target list holds it. Not `page.title()`, nor a CDP session on the
 * page: both wait forever on a page whose script never stops (measured), where the shortcut still works.
 */
async function tabTitle(page: Page): Promise<string> {
  const cdp = await browserSession(page.context());
  try {
    const tabs = (await pageTargets(cdp)).filter((target) => target.url === page.url());
    return tabs.length === 1 ? tabs[0].title : '';
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Give `page`'s browser window the X input focus: xdotool sends keys to the focused window, and an
 * extension shortcut only fires in a browser window that has it. Without a window manager
 * `bringToFront` is usually enough; focusing the window named after the page makes sure.
 */
async function focusBrowserWindow(page: Page): Promise<void> {
  await page.bringToFront();
  const title = await tabTitle(page);
  if (!title) return;
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [window] = (
    await xdotool('search', '--onlyvisible', '--name', `^${escaped} - Chromium$`).catch(() => '')
  ).split('\n');
  if (window) await xdotool('windowfocus', '--sync', window);
}

/**
 * Press a shortcut (as Chromium writes it, e.g. `Alt+Shift+U`) with real keys in `page`'s window.
 * Like a user's key press, an extension command pressed this way grants `activeTab` for the page.
 */
export async function pressShortcut(page: Page, shortcut: string): Promise<void> {
  if (!shortcut) throw new Error('pressShortcut: no key given (did the browser assign none? see commands.getAll())');
  await focusBrowserWindow(page);
  await xdotool('key', xdotoolKeys(shortcut));
}

/** Type text with real key presses into whatever has the focus (the popup, once it is open). */
export async function typeKeys(text: string): Promise<void> {
  await xdotool('type', '--delay', '20', text);
}

/** Press keys (xdotool names: `Return`, `Tab`, `Escape`, …) one after another. */
export async function pressKeys(...keys: string[]): Promise<void> {
  await xdotool('key', '--delay', '60', ...keys);
}

/**
 * Copies what is selected in `page` with a real Ctrl+C in its window, so that Ctrl+V pastes it (into
 * the popup, say) as a user's paste: one input event for the whole text, however long.
 */
export async function copySelectionWithKeys(page: Page): Promise<void> {
  await focusBrowserWindow(page);
  await xdotool('key', 'ctrl+c');
}

// ---------------------------------------------------------------------------
// The popup
// ---------------------------------------------------------------------------

export interface ToolbarPopup {
  /** Runs `expression` in the popup's page (promises are awaited) and returns its value. */
  evaluateInPopup<T = unknown>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the popup; throws after `timeout` ms. */
  waitInPopup(expression: string, timeout?: number): Promise<void>;
  /** Uncaught exceptions and console errors of the popup's page since it was attached to. */
  errors: string[];
  /** Waits until the popup is gone (it closes after opening tabs, and when a tab is activated), then detaches. */
  waitForClose(timeout?: number): Promise<void>;
  /** Ends the CDP session (the popup stays open). */
  detach(): Promise<void>;
}

/** How to open the popup: the real shortcut pressed in `page`, or `chrome.action.openPopup()` in the worker. */
export type PopupOpener = { page: Page; shortcut: string } | { worker: Worker };

/**
 * Opens the real toolbar popup and attaches to it, once its page is loaded.
 *
 * - `{ page, shortcut }` presses the `_execute_action` key: the popup opens for `page`'s tab and
 *   gets `activeTab` on it, as for a user.
 * - `{ worker }` calls `chrome.action.openPopup()`. Measured (Chromium 156, Linux): that grants **no**
 *   `activeTab`: the popup can't see the tab's address, and `scripting.executeScript` on the tab is
 *   refused. Use it for what doesn't depend on the page.
 */
export async function openToolbarPopup(
  context: BrowserContext,
  extensionId: string,
  opener: PopupOpener,
): Promise<ToolbarPopup> {
  const cdp = await browserSession(context);
  try {
    const before = new Set((await pageTargets(cdp)).map((target) => target.targetId));
    if ('worker' in opener) {
      await opener.worker.evaluate(() => chrome.action.openPopup());
    } else {
      await pressShortcut(opener.page, opener.shortcut);
    }
    let popup: TargetInfo | undefined;
    await pollUntil(
      async () => {
        popup = (await pageTargets(cdp)).find(
          (target) => target.url === popupUrl(extensionId) && !before.has(target.targetId),
        );
        return popup !== undefined;
      },
      10_000,
      'the toolbar popup to open',
    );
    const attached = await attachToPopup(context, cdp, popup!.targetId);
    await attached.waitInPopup(`document.readyState === 'complete'`);
    return attached;
  } catch (error) {
    await cdp.detach().catch(() => {});
    throw error;
  }
}

/** The popup opened with its real shortcut (the `_execute_action` key) in `page`, once its input has the focus. */
export async function openPopupByShortcut(
  context: BrowserContext,
  page: Page,
  worker: Worker,
  extensionId: string,
): Promise<ToolbarPopup> {
  const shortcut = await assignedShortcut(worker, '_execute_action');
  const popup = await openToolbarPopup(context, extensionId, { page, shortcut });
  await popup.waitInPopup(`document.activeElement?.id === 'query'`);
  return popup;
}

/** The line under the popup's input that says what Enter will do. */
export function popupPreview(popup: ToolbarPopup): Promise<string> {
  return popup.evaluateInPopup<string>(`document.querySelector('#preview').textContent`);
}

/**
 * Clicks the middle of the popup's first `selector` element with the real pointer (xdotool). The
 * popup has no browser frame, so its page starts at its window's screen position (measured:
 * `outerWidth === innerWidth`, `outerHeight === innerHeight`).
 */
export async function clickInPopup(popup: ToolbarPopup, selector: string): Promise<void> {
  const point = await popup.evaluateInPopup<{ x: number; y: number } | null>(`(() => {
    const box = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
    if (!box) return null;
    return { x: Math.round((screenX + box.x + box.width / 2) * devicePixelRatio), y: Math.round((screenY + box.y + box.height / 2) * devicePixelRatio) };
  })()`);
  if (!point) throw new Error(`clickInPopup: the popup has no ${selector}`);
  await xdotool('mousemove', String(point.x), String(point.y));
  await xdotool('click', '1');
}

async function attachToPopup(context: BrowserContext, cdp: CDPSession, targetId: string): Promise<ToolbarPopup> {
  // Not flattened: Playwright's CDPSession can't address flat child sessions.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, { resolve: (message: any) => void; reject: (error: Error) => void }>();
  const errors: string[] = [];
  let nextId = 1;
  let closed = false;

  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    if (message.id !== undefined) {
      pending.get(message.id)?.resolve(message);
      pending.delete(message.id);
    } else if (message.method === 'Runtime.exceptionThrown') {
      const details = message.params.exceptionDetails;
      errors.push(`exception: ${details.exception?.description ?? details.text}`);
    } else if (message.method === 'Runtime.consoleAPICalled' && message.params.type === 'error') {
      errors.push(`console.error: ${message.params.args.map((arg: any) => arg.value ?? arg.description).join(' ')}`);
    }
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    closed = true;
    for (const { reject } of pending.values()) reject(new Error('the toolbar popup closed'));
    pending.clear();
  });

  const send = (method: string, params: object = {}): Promise<any> => {
    if (closed) return Promise.reject(new Error('the toolbar popup closed'));
    const id = nextId++;
    const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    const message = JSON.stringify({ id, method, params });
    cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch((error: Error) => {
      pending.get(id)?.reject(error);
      pending.delete(id);
    });
    return answer;
  };

  async function evaluateInPopup<T>(expression: string): Promise<T> {
    const message = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (message.error) throw new Error(`evaluateInPopup(${expression}): ${message.error.message}`);
    const { result, exceptionDetails } = message.result;
    if (exceptionDetails) {
      throw new Error(
        `evaluateInPopup(${expression}): ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    }
    return result.value as T;
  }

  await send('Runtime.enable');
  return {
    errors,
    evaluateInPopup,
    waitInPopup: (expression, timeout = 10_000) =>
      pollUntil(() => evaluateInPopup<unknown>(expression).then(Boolean), timeout, `${expression} in the popup`),
    waitForClose: async (timeout = 10_000) => {
      await waitForPopupGone(context, targetId, timeout);
      await cdp.detach().catch(() => {});
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}

/** Waits until the popup target `targetId` no longer exists. */
export async function waitForPopupGone(context: BrowserContext, targetId: string, timeout = 10_000): Promise<void> {
  const cdp = await browserSession(context);
  try {
    const isOpen = async () => (await pageTargets(cdp)).some((target) => target.targetId === targetId);
    await pollUntil(async () => !(await isOpen()), timeout, 'the toolbar popup to close');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// The tabs it opens
// ---------------------------------------------------------------------------

/**
 * Runs `action` and returns the addresses of the tabs opened meanwhile, in the order they were
 * created (the extension's own pages, such as the popup, left out). Read through CDP targets: the
 * worker has no `tabs` permission, so `tabs.query` shows it no addresses. Waits until `count` of them
 * are on papers.cool (or `timeout` passed), then `quietMs` more so that an extra tab is caught too.
 */
export async function collectNewTabTargets(
  context: BrowserContext,
  action: () => Promise<unknown>,
  { count = 1, quietMs = 1_000, timeout = 15_000 }: { count?: number; quietMs?: number; timeout?: number } = {},
): Promise<string[]> {
  const cdp = await browserSession(context);
  try {
    const known = new Set((await cdp.send('Target.getTargets')).targetInfos.map((target) => target.targetId));
    // Map keeps insertion order: the order in which Chromium reported the tabs created.
    const opened = new Map<string, string>();
    const note = ({ targetInfo }: { targetInfo: TargetInfo }) => {
      if (targetInfo.type === 'page' && !known.has(targetInfo.targetId))
        opened.set(targetInfo.targetId, targetInfo.url);
    };
    cdp.on('Target.targetCreated', note);
    cdp.on('Target.targetInfoChanged', note);
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const urls = () => [...opened.values()].filter((url) => !url.startsWith('chrome-extension://'));
    await action();
    // Not pollUntil: with too few tabs the caller's assertion on the list shows what did open.
    const deadline = Date.now() + scaled(timeout);
    const papersCool = () => urls().filter((url) => url.startsWith('https://papers.cool/')).length;
    while (papersCool() < count && Date.now() < deadline) await sleep(50);
    await sleep(scaled(quietMs));
    return urls();
  } finally {
    await cdp.detach().catch(() => {});
  }
}
