// Reusable Playwright E2E harness for the extension.
//
// Real context-menu clicks need a headed Chromium under Xvfb driven by xdotool
// (Playwright can't open or drive native menus). See /work/shared/FACTS.md §4.
// Run through `npm run test:e2e` (xvfb-run + playwright test) after `wxt build`.
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type CDPSession,
  type Locator,
  type Page,
  type Route,
  type Worker,
} from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { argsWithExtension, CHROMIUM_PATH } from '../support/chromium';
import type { MenuItemId } from '../../utils/menus';

const execFileAsync = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));

export const REPO_ROOT = resolve(HERE, '..', '..');

/** `SCREENSHOTS=1` makes the README-picture tests write docs/screenshots (tracked files). */
export const SCREENSHOTS_ON = process.env.SCREENSHOTS === '1';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');
export const FIXTURES_DIR = join(HERE, 'fixtures');
export const DEFAULT_EXTENSION_PATH = join(REPO_ROOT, '.output', 'chrome-mv3');

/**
 * How many `Up` presses reach the extension's item, counted from the bottom of
 * Chromium 156's menu (disabled items are skipped). Measured with real
 * right-clicks and a probe extension with one item per context: the item sits
 * just above `Inspect`, except in a bare-page menu where `View page source`
 * comes between.
 */
export const MENU_STEPS_UP = {
  selection: 2,
  link: 2,
  page: 3,
  /**
   * Right-click in the built-in PDF viewer with nothing selected (context
   * `frame`, not `page`). Call `waitForPdfViewer` first: before the viewer has
   * loaded, the click gets the viewer frame's menu (page + frame contexts, and
   * `View page source`/`View frame source`, both disabled, above `Inspect`).
   */
  pdf: 2,
  /**
   * Right-click on selected text in the PDF viewer. Chromium reports BOTH
   * `selection` and `frame` there, so an extension with items for both gets a
   * submenu at this position: use `chooseContextSubmenuItem(2, i)`.
   */
  pdfSelection: 2,
} as const;

/**
 * Where the first word ("Attention") of fixtures/paper.pdf is drawn, in page
 * coordinates, in the PDF viewer at the default 1280x900 window (100% zoom).
 * Double-click it with `clickAt(page, x, y, { count: 2 })` to select it.
 */
export const PDF_FIXTURE_WORD = { x: 520, y: 147, text: 'Attention' } as const;

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

export interface HarnessOptions {
  /** Unpacked extension directory; defaults to `.output/chrome-mv3`. */
  extensionPath: string;
  /**
   * Browser UI language, e.g. `zh_CN`. On Linux Chromium takes it from the
   * environment (`LANGUAGE`/`LANG`), not from `--lang` (FACTS §4). Needs the
   * `chromium-l10n` package for anything but en-US.
   */
  uiLocale: string | undefined;
  /** Extra Chromium switches appended to the defaults. */
  extraArgs: string[];
  /** Keep the back/forward cache on, so `goBack()` can restore a page instead of reloading it. */
  backForwardCache: boolean;
}

export interface HarnessFixtures {
  context: BrowserContext;
  /** The extension's background service worker (waits for it to start). */
  serviceWorker: Worker;
  /** The 32-letter (a–p) extension id, read from the service worker's URL. */
  extensionId: string;
}

export const test = base.extend<HarnessOptions & HarnessFixtures>({
  extensionPath: [DEFAULT_EXTENSION_PATH, { option: true }],
  uiLocale: [undefined, { option: true }],
  extraArgs: [[], { option: true }],
  backForwardCache: [false, { option: true }],

  // `headless` is Playwright's built-in option; playwright.config.ts sets it to
  // false because native context menus only exist in a headed browser.
  context: async ({ extensionPath, headless, uiLocale, extraArgs, backForwardCache }, use) => {
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    if (uiLocale) {
      // zh_CN -> LANGUAGE=zh_CN, LANG=zh_CN.UTF-8 (Chromium ignores --lang on Linux).
      env.LANGUAGE = uiLocale;
      env.LANG = uiLocale.includes('.') ? uiLocale : `${uiLocale}.UTF-8`;
      // These would override LANG for the ICU/glibc side.
      delete env.LC_ALL;
      delete env.LC_MESSAGES;
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless,
      // null: the page viewport is the real window, so CSS px map 1:1 to X screen px.
      viewport: null,
      env,
      // Playwright turns the back/forward cache off unless told otherwise.
      ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : undefined,
      args: [
        ...argsWithExtension(extensionPath),
        // Fixed geometry so screen coordinates are predictable on the Xvfb screen.
        '--window-position=0,0',
        '--window-size=1280,900',
        ...extraArgs,
      ],
    });
    await use(context);
    await context.close();
  },

  // Reuse the tab the persistent context opens rather than adding a second one.
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },

  serviceWorker: async ({ context }, use) => {
    await use(await waitForServiceWorker(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };

/** Resolves with the extension's running service worker, waiting for it to (re)start. */
export async function waitForServiceWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const isExt = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isExt);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isExt, timeout });
}

// ---------------------------------------------------------------------------
// Routing fixture pages under real hostnames
// ---------------------------------------------------------------------------

/** What to answer for a URL: inline HTML, a file from tests/e2e/fixtures, or a raw body. */
export type FixtureResponse =
  | string
  | { file: string; contentType?: string; status?: number; headers?: Record<string, string> }
  | { body: string | Buffer; contentType?: string; status?: number; headers?: Record<string, string> };

/** Keys are exact URLs or globs (`*` = within one path segment, `**` = anything). */
export type RouteMap = Record<string, FixtureResponse>;

export const PAPERS_COOL_STUB = `<!doctype html><html><head><meta charset="utf-8"><title>Cool Papers (stub)</title></head>
<body><h1>papers.cool stub</h1><p id="url"></p><script>document.getElementById('url').textContent = location.href;</script></body></html>`;

/** Serve the PDF fixture (application/pdf) so Chromium's built-in viewer opens it. */
export function pdfFixture(file = 'paper.pdf'): FixtureResponse {
  return { file, contentType: 'application/pdf' };
}

interface RouteEntry {
  test: (url: string) => boolean;
  response: FixtureResponse;
}
interface RouteState {
  entries: RouteEntry[];
  unrouted: string[];
}
const routeStates = new WeakMap<BrowserContext, RouteState>();

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function matcher(key: string): (url: string) => boolean {
  if (!key.includes('*')) return (url) => url === key;
  const re = globToRegExp(key);
  return (url) => re.test(url);
}

async function fulfill(route: Route, response: FixtureResponse): Promise<void> {
  if (typeof response === 'string') {
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: response });
    return;
  }
  if ('file' in response) {
    const path = isAbsolute(response.file) ? response.file : join(FIXTURES_DIR, response.file);
    await route.fulfill({
      status: response.status ?? 200,
      contentType: response.contentType ?? CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      headers: response.headers,
      body: readFileSync(path),
    });
    return;
  }
  await route.fulfill({
    status: response.status ?? 200,
    contentType: response.contentType ?? 'text/html; charset=utf-8',
    headers: response.headers,
    body: response.body,
  });
}

/**
 * Serve fixtures for every http(s) request of the context. One `**\/*` handler
 * per context; later calls add routes that take precedence over earlier ones.
 * `https://papers.cool/**` gets a stub page unless a route overrides it. Any other
 * http(s) URL gets a 404 (there is no network) and is listed by `unroutedRequests`.
 * Non-http(s) requests are let through: the PDF viewer loads chrome:// and
 * chrome-extension:// resources and stays blank if they are blocked (FACTS §4).
 */
export async function routeFixtures(context: BrowserContext, routes: RouteMap): Promise<void> {
  const added = Object.entries(routes).map(([key, response]) => ({ test: matcher(key), response }));
  let state = routeStates.get(context);
  if (state) {
    state.entries.unshift(...added);
    return;
  }
  state = {
    entries: [...added, { test: matcher('https://papers.cool/**'), response: PAPERS_COOL_STUB }],
    unrouted: [],
  };
  routeStates.set(context, state);
  const s = state;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/i.test(url)) {
      await route.continue();
      return;
    }
    const entry = s.entries.find((e) => e.test(url));
    if (entry) {
      await fulfill(route, entry.response);
      return;
    }
    s.unrouted.push(url);
    await route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${url}` });
  });
}

/** http(s) URLs that `routeFixtures` answered with 404 (useful when a test misbehaves). */
export function unroutedRequests(context: BrowserContext): string[] {
  return [...(routeStates.get(context)?.unrouted ?? [])];
}

/**
 * Wait until Chromium's built-in PDF viewer in `page` has loaded the document.
 * Needed before right-clicking a PDF: a right-click that arrives while the
 * viewer is still loading hits the viewer's own frame, not the PDF, and gets a
 * different menu (measured: page+frame contexts, extension items folded into a
 * submenu). The viewer (OOPIF, Chromium 156) is a chrome-extension:// child
 * frame whose <pdf-viewer> element reports `loadState_ === 'success'`.
 */
export async function waitForPdfViewer(page: Page, timeout = 15_000): Promise<void> {
  await pollUntil(
    async () => {
      const viewer = page.frames().find((f) => f.url().startsWith('chrome-extension://'));
      if (!viewer || viewer.childFrames().length === 0) return false;
      return viewer
        .evaluate(() => {
          const v = document.querySelector('pdf-viewer') as (Element & { loadState_?: string }) | null;
          return v?.loadState_ === 'success';
        })
        .catch(() => false);
    },
    timeout,
    'the PDF viewer to load',
  );
  await sleep(300); // let the viewer lay out and the plugin take input
}

/** Waits until `cond` holds, checking every 50 ms; throws after `timeout` ms, naming `what`. */
export async function pollUntil(cond: () => boolean | Promise<boolean>, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------
// Real mouse / keyboard via xdotool
// ---------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run xdotool with the given arguments on the current X display. */
export async function xdotool(...args: string[]): Promise<string> {
  if (!process.env.DISPLAY) {
    throw new Error('DISPLAY is not set: run the E2E tests under xvfb-run (npm run test:e2e).');
  }
  const { stdout } = await execFileAsync('xdotool', args, { timeout: 10_000 });
  return stdout;
}

export interface Point {
  x: number;
  y: number;
}

/** Convert page (CSS viewport) coordinates to X screen coordinates. */
export async function toScreen(page: Page, x: number, y: number): Promise<Point> {
  const m = await page.evaluate(() => ({
    sx: window.screenX,
    sy: window.screenY,
    ow: window.outerWidth,
    oh: window.outerHeight,
    iw: window.innerWidth,
    ih: window.innerHeight,
    dpr: window.devicePixelRatio,
  }));
  // The browser chrome (tab strip, toolbar) is above the viewport; any side
  // border is split evenly left/right. Without a window manager both are exact.
  const left = m.sx + Math.max(0, (m.ow - m.iw) / 2);
  const top = m.sy + Math.max(0, m.oh - m.ih);
  return { x: Math.round((left + x) * m.dpr), y: Math.round((top + y) * m.dpr) };
}

/** Move the real pointer to page coordinates (x, y) and press the right button. */
export async function rightClickAt(page: Page, x: number, y: number): Promise<void> {
  // The menu opens in whatever window is under the pointer; make sure it's ours.
  await page.bringToFront();
  await moveMouseTo(page, x, y);
  windowsBeforeMenu = await visibleWindows();
  await xdotool('click', '3');
}

/** The X windows shown before the last right-click: the native menu is the one that appears after. */
let windowsBeforeMenu: string[] | undefined;

async function visibleWindows(): Promise<string[]> {
  const ids = await xdotool('search', '--onlyvisible', '--all', '--name', '').catch(() => '');
  return ids.split('\n').filter(Boolean);
}

/**
 * Waits for the native menu of the last right-click to be shown (a new visible X window; a fixed
 * pause alone is too short on a busy machine), then `settleMs` for it to take the keyboard.
 * Without a window to wait for (none appeared in 5 s), it goes on after the pause alone.
 */
async function waitForContextMenu(settleMs: number): Promise<void> {
  const before = windowsBeforeMenu;
  windowsBeforeMenu = undefined;
  const deadline = Date.now() + 5_000;
  while (before && Date.now() < deadline && (await visibleWindows()).every((id) => before.includes(id))) await sleep(50);
  await sleep(settleMs);
}

/**
 * Move the real pointer to page coordinates and let hover settle: a click
 * straight after a warp can land before Chromium has processed the motion.
 */
export async function moveMouseTo(page: Page, x: number, y: number): Promise<Point> {
  const p = await toScreen(page, x, y);
  const at = await xdotool('getmouselocation', '--shell'); // "X=640\nY=512\nSCREEN=0\n..."
  const [, cx, cy] = /^X=(\d+)\nY=(\d+)/.exec(at) ?? [];
  // `mousemove --sync` waits for a motion event, which never comes (it hangs)
  // when the pointer is already there.
  if (Number(cx) !== p.x || Number(cy) !== p.y) {
    await xdotool('mousemove', '--sync', String(p.x), String(p.y));
  }
  await sleep(50);
  return p;
}

/** Real left click(s) at page coordinates; `count: 2` double-clicks (selects a word, also in the PDF viewer). */
export async function clickAt(page: Page, x: number, y: number, { count = 1 }: { count?: number } = {}): Promise<void> {
  await page.bringToFront();
  await moveMouseTo(page, x, y);
  await xdotool('click', '--repeat', String(count), '--delay', '80', '1');
}

/** Scroll the element into view and right-click its center. */
export async function rightClickElement(page: Page, locator: Locator): Promise<Point> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('rightClickElement: element has no bounding box (hidden?)');
  const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await rightClickAt(page, center.x, center.y);
  return center;
}

export interface SelectedText extends Point {
  /** The selected text as `Selection.toString()` reports it. */
  text: string;
  /** Bounding box of the whole range, in viewport CSS px. */
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Select `substring` (first occurrence; default: all text) inside the element
 * with a DOM Range. Returns the selection plus a point to right-click: the
 * center of the range's first line box, which is always on selected text even
 * when the range wraps (the overall box center may fall between lines).
 */
export async function selectText(page: Page, target: Locator | string, substring?: string): Promise<SelectedText> {
  const locator = typeof target === 'string' ? page.locator(target) : target;
  await locator.first().scrollIntoViewIfNeeded();
  return locator.first().evaluate((root, sub) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let full = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      full += (n as Text).data;
    }
    const start = sub === undefined ? 0 : full.indexOf(sub);
    if (start < 0) throw new Error(`selectText: ${JSON.stringify(sub)} not found in ${JSON.stringify(full)}`);
    const end = sub === undefined ? full.length : start + sub.length;
    // Map offsets in the concatenated text back to (text node, offset).
    const locate = (offset: number, preferNext: boolean): [Text, number] => {
      let acc = 0;
      for (const node of nodes) {
        const len = node.data.length;
        if (offset < acc + len || (!preferNext && offset === acc + len)) return [node, offset - acc];
        acc += len;
      }
      const last = nodes[nodes.length - 1];
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...locate(start, true));
    range.setEnd(...locate(end, false));
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    const b = range.getBoundingClientRect();
    const first = Array.from(range.getClientRects()).find((r) => r.width > 0 && r.height > 0) ?? b;
    return {
      text: sel.toString(),
      box: { x: b.x, y: b.y, width: b.width, height: b.height },
      x: first.x + first.width / 2,
      y: first.y + first.height / 2,
    };
  }, substring);
}

/**
 * Pick an item in the open native context menu: `Up` stepsUp times (the first
 * `Up` lands on the bottom item) then `Return`. See MENU_STEPS_UP.
 */
export async function chooseContextMenuItem(stepsUp: number, menuDelayMs = 300): Promise<void> {
  await waitForContextMenu(menuDelayMs);
  const keys: string[] = Array.from({ length: stepsUp }, () => 'Up');
  await xdotool('key', '--delay', '60', ...keys, 'Return');
}

/**
 * Pick an item inside the extension's submenu. Chromium folds an extension's
 * items into a submenu named after it when two or more are visible (measured:
 * selected text in the PDF viewer reports both `selection` and `frame`).
 * `Up` stepsUp times reaches the submenu, `Right` opens it on its first item,
 * `Down` index times, then `Return`.
 */
export async function chooseContextSubmenuItem(stepsUp: number, index: number, menuDelayMs = 300): Promise<void> {
  await waitForContextMenu(menuDelayMs);
  await xdotool('key', '--delay', '60', ...Array.from({ length: stepsUp }, () => 'Up'), 'Right');
  await sleep(200); // the submenu opens asynchronously
  await xdotool('key', '--delay', '60', ...Array.from({ length: index }, () => 'Down'), 'Return');
}

/** Close an open native menu (Playwright's keyboard can't reach native menus). */
export async function dismissContextMenu(menuDelayMs = 300): Promise<void> {
  await waitForContextMenu(menuDelayMs);
  await xdotool('key', 'Escape');
}

/** Right-click at (x, y) and choose the item `stepsUp` from the bottom. */
export async function contextMenuAt(page: Page, point: Point, stepsUp: number): Promise<void> {
  await rightClickAt(page, point.x, point.y);
  await chooseContextMenuItem(stepsUp);
}

// ---------------------------------------------------------------------------
// New tabs and service workers
// ---------------------------------------------------------------------------

/**
 * The address a tab was sent to. A tab opened by the extension starts loading
 * before Playwright attaches, so its request may miss `context.route` and
 * `page.url()` can lag; CDP's navigation history has the real target (FACTS §4).
 * Polls until the current entry is something other than about:blank.
 */
export async function readTabUrl(page: Page, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    if (page.isClosed()) return last || page.url();
    let cdp: CDPSession | undefined;
    try {
      cdp = await page.context().newCDPSession(page);
      const h = await cdp.send('Page.getNavigationHistory');
      last = h.entries[h.currentIndex]?.url ?? '';
      if (last && last !== 'about:blank') return last;
    } catch {
      // A cross-site navigation swaps the tab's renderer and detaches the session: ask again.
    } finally {
      await cdp?.detach().catch(() => {});
    }
    await sleep(50);
  }
  throw new Error(`readTabUrl: tab stayed at ${JSON.stringify(last || page.url())} for ${timeout} ms`);
}

/** Run `action`, wait for the one new tab it opens, and return that tab's URL. */
export async function waitForNewTabUrl(
  context: BrowserContext,
  action: () => Promise<unknown>,
  timeout = 15_000,
): Promise<string> {
  const pagePromise = context.waitForEvent('page', { timeout });
  await action();
  return readTabUrl(await pagePromise, timeout);
}

/**
 * Run `action` and return the URLs of the tabs it opens, in the order they were
 * opened. Waits until `count` tabs appeared, then `quietMs` more so that any
 * extra tab is caught too (assert on the length to check "exactly N").
 */
export async function collectNewTabUrls(
  context: BrowserContext,
  action: () => Promise<unknown>,
  { count = 1, quietMs = 1_000, timeout = 15_000 }: { count?: number; quietMs?: number; timeout?: number } = {},
): Promise<string[]> {
  const pages: Page[] = [];
  const onPage = (p: Page) => pages.push(p);
  context.on('page', onPage);
  try {
    await action();
    const deadline = Date.now() + timeout;
    while (pages.length < count && Date.now() < deadline) await sleep(50);
    await sleep(quietMs);
  } finally {
    context.off('page', onPage);
  }
  return Promise.all(pages.map((p) => readTabUrl(p, timeout)));
}

export type WorkerRunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * Watch the running status of the context's extension service workers through
 * CDP's ServiceWorker domain (on a page session; the extension's worker shares
 * the profile's default storage partition, so it is visible there).
 */
async function withWorkerStatus<T>(
  context: BrowserContext,
  body: (cdp: CDPSession, statuses: () => WorkerRunningStatus[]) => Promise<T>,
): Promise<T> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const byVersion = new Map<string, WorkerRunningStatus>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (v.scriptURL.startsWith('chrome-extension://')) byVersion.set(v.versionId, v.runningStatus);
    }
  });
  try {
    await cdp.send('ServiceWorker.enable'); // replays the current state as events
    return await body(cdp, () => [...byVersion.values()]);
  } finally {
    await cdp.detach().catch(() => {});
  }
}


// Every menu item's id; the type check fails if utils/menus.ts gains or renames one.
const MENU_ITEM_IDS = Object.keys({ 'open-selection': 1, 'open-link': 1, 'open-page': 1 } satisfies Record<MenuItemId, 1>);

/** The menu items that don't exist in the worker (updating an unknown id fails), with the errors. */
export function missingMenuItems(worker: Worker): Promise<string[]> {
  return worker.evaluate(async (ids) => {
    const failures: string[] = [];
    for (const id of ids) {
      await new Promise<void>((done) =>
        chrome.contextMenus.update(id, {}, () => {
          if (chrome.runtime.lastError) failures.push(`${id}: ${chrome.runtime.lastError.message}`);
          done();
        }),
      );
    }
    return failures;
  }, MENU_ITEM_IDS);
}

/** Current running status of the extension's service worker(s), e.g. `['running']`. */
export async function serviceWorkerStatus(context: BrowserContext): Promise<WorkerRunningStatus[]> {
  return withWorkerStatus(context, async (_cdp, statuses) => {
    await pollUntil(() => statuses().length > 0, 5_000, 'a service worker version');
    return statuses();
  });
}

/**
 * Stop the extension's service worker (as Chrome does when it idles), via CDP
 * `ServiceWorker.stopAllWorkers`, and wait until CDP reports it `stopped`.
 * The next extension event (e.g. a menu click) starts it again.
 *
 * Measured: Playwright keeps the same `Worker` object across stop/start (same
 * CDP target, no 'close' event, still in `context.serviceWorkers()`), so don't
 * use those to detect a stop. `worker.evaluate` waits while the worker is
 * stopped and runs in the fresh global scope once it has restarted.
 */
export async function stopServiceWorkers(context: BrowserContext, timeout = 10_000): Promise<void> {
  await withWorkerStatus(context, async (cdp, statuses) => {
    await pollUntil(() => statuses().length > 0, timeout, 'a service worker version');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await pollUntil(() => statuses().every((s) => s === 'stopped'), timeout, 'the service worker to stop');
  });
}

/** Wait until the extension's service worker runs again (e.g. woken by a menu click). */
export async function waitForServiceWorkerRunning(context: BrowserContext, timeout = 10_000): Promise<void> {
  await withWorkerStatus(context, (_cdp, statuses) =>
    pollUntil(() => statuses().includes('running'), timeout, 'the service worker to run'),
  );
}

/**
 * Start the extension's service worker again (CDP `ServiceWorker.startWorker`)
 * and wait until it runs. Normally an extension event wakes it; this is for
 * tests that need it running without triggering one.
 */
export async function startServiceWorker(context: BrowserContext, extensionId: string, timeout = 10_000): Promise<Worker> {
  await withWorkerStatus(context, async (cdp, statuses) => {
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` });
    await pollUntil(() => statuses().includes('running'), timeout, 'the service worker to run');
  });
  return waitForServiceWorker(context, timeout);
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

export interface WorkerErrorLog {
  /** `level: text` lines, in the order they were reported. */
  lines: string[];
  close(): Promise<void>;
}

/**
 * Collects what the extension's error page would list for its service worker: console errors and
 * warnings, unchecked `runtime.lastError` (Chromium reports those as a Log entry, not through the
 * console, so Playwright's `console` event misses them) and uncaught exceptions. Follows the worker
 * through stops, restarts and reloads, through a browser-level CDP session attached to every
 * service-worker target of the extension.
 */
export async function watchWorkerErrors(context: BrowserContext, extensionId: string): Promise<WorkerErrorLog> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const lines: string[] = [];
  const sessions = new Map<string, string>(); // sessionId -> targetId
  const attaching = new Set<string>();
  let nextId = 1;
  const sendTo = (sessionId: string, method: string) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method }) });
  const isOurWorker = (info: { type: string; url: string }) =>
    info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`);
  const attach = async (info: { targetId: string; type: string; url: string }) => {
    if (!isOurWorker(info) || attaching.has(info.targetId) || [...sessions.values()].includes(info.targetId)) return;
    attaching.add(info.targetId);
    try {
      // Not flattened: Playwright's CDPSession can't address flat child sessions.
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false });
      sessions.set(sessionId, info.targetId);
      await sendTo(sessionId, 'Runtime.enable');
      await sendTo(sessionId, 'Log.enable');
    } catch {
      // The target went away while we attached; its successor is reported as a new target.
    } finally {
      attaching.delete(info.targetId);
    }
  };
  cdp.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo));
  cdp.on('Target.targetInfoChanged', ({ targetInfo }) => void attach(targetInfo));
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => sessionId && sessions.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { method, params } = JSON.parse(message) as { method?: string; params?: Record<string, any> };
    if (method === 'Log.entryAdded' && ['error', 'warning'].includes(params!.entry.level)) {
      lines.push(`${params!.entry.level}: ${params!.entry.text}`);
    } else if (method === 'Runtime.consoleAPICalled' && ['error', 'warning'].includes(params!.type)) {
      const text = (params!.args as { value?: unknown; description?: string }[]).map((arg) => arg.value ?? arg.description).join(' ');
      lines.push(`console.${params!.type === 'warning' ? 'warn' : 'error'}: ${text}`);
    } else if (method === 'Runtime.exceptionThrown') {
      const details = params!.exceptionDetails;
      lines.push(`exception: ${details.text} ${details.exception?.description ?? ''}`.trim());
    }
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await cdp.send('Target.getTargets');
  await Promise.all(targetInfos.map(attach));
  if (!sessions.size) throw new Error(`watchWorkerErrors: no service worker of ${extensionId} to watch`);
  return { lines, close: () => cdp.detach().catch(() => {}) };
}

/**
 * Collect a page's uncaught exceptions and console errors into a live array,
 * e.g. `const errors = collectPageErrors(page); ...; expect(errors).toEqual([])`.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}
