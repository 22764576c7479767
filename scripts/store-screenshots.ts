/**
 * Store screenshots: 1280×800 PNGs in store/screenshots/, for the Chrome Web Store and AMO listings.
 *
 *   npm run store:screenshots        (builds first; or `npx tsx scripts/store-screenshots.ts`)
 *
 * Loads the built extension (.output/chrome-mv3) into Debian's Chromium (/usr/bin/chromium, or
 * CHROMIUM_PATH), serves the test fixtures under the sites' real addresses, waits for the
 * extension's own "Cool Papers" links, and frames each page under a caption. The popup shot is the
 * real toolbar popup, opened on the arXiv listing with the CDP `Extensions.triggerAction` (so it
 * gets the activeTab grant and lists the page's papers). Headless; HEADED=1 shows the browser
 * (run it under `xvfb-run -a` when there is no display).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { type BrowserContext, type CDPSession, chromium, type Page, type Route } from '@playwright/test';

import { arxivListingHtml } from '../tests/fixtures/arxiv-listing';
import { argsWithExtension, CHROMIUM_PATH } from '../tests/support/chromium';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const OUT_DIR = join(ROOT, 'store', 'screenshots');

/** Shots are laid out in CSS px at this device scale: 1024×640 CSS px make 1280×800 px. */
const SCALE = 1.25;
const CANVAS = { width: 1024, height: 640 };
/** The framed browser window: caption above it, its bottom edge runs off the canvas. */
const FRAME = { left: 32, top: 108, width: 960, toolbar: 36 };
const PAGE_VIEWPORT = { width: FRAME.width, height: CANVAS.height - FRAME.top - FRAME.toolbar };

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Fixture pages under their real addresses; anything else on the web gets a 404 (no network). */
const PAGES: Record<string, () => string> = {
  'https://arxiv.org/abs/2410.12345': () => fixture('arxiv-abs.html'),
  'https://arxiv.org/list/cs.CL/new': () => arxivListingHtml(30, 10),
  'https://aclanthology.org/2024.acl-long.123/': () => fixture('acl-paper.html'),
  'https://openreview.net/forum?id=NGB6YNnO5o': () => fixture('openreview-app.html'),
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Shot {
  file: string;
  url: string;
  title: string;
  subtitle: string;
  /** How the extension's links are pointed out: a ring around buttons, a highlighter over text links. */
  mark: 'ring' | 'marker';
  /** Page zoom, so that a sparse page fills the frame with legible text. */
  zoom?: number;
  /** Presentation-only CSS for the page (the fixtures carry the sites' structure, not their look). */
  css?: string;
  /** Runs once the extension's links are there, before the shot. */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  {
    file: 'arxiv-abstract.png',
    url: 'https://arxiv.org/abs/2410.12345',
    title: 'A “Cool Papers” link on every arXiv abstract page',
    subtitle: 'Right next to View PDF, HTML and TeX Source: one click to the paper on papers.cool.',
    mark: 'ring',
    zoom: 1.3,
    // As arxiv.org shows it: no "Title:" / "Authors:" labels, a white header link.
    css: 'h1.title .descriptor, .authors .descriptor { display: none } .abstract .descriptor { margin-right: .3em } header a { color: #fff }',
  },
  {
    file: 'arxiv-listing.png',
    url: 'https://arxiv.org/list/cs.CL/new',
    title: 'Daily arXiv listings: one link per paper, and “open all”',
    subtitle: 'Each entry gets a “cool” link beside [pdf, html, other]; “Open all” puts the listing on papers.cool.',
    mark: 'marker',
  },
  {
    file: 'acl.png',
    url: 'https://aclanthology.org/2024.acl-long.123/',
    title: 'ACL Anthology, OpenReview, PMLR, IJCAI, CVF and AAAI too',
    subtitle: 'The link joins the paper’s own buttons. Each site can be switched off in the options.',
    mark: 'ring',
    zoom: 1.3,
    // The fixture leaves the attachment button unstyled (white on white) and the title a plain link.
    css: '.btn-attachment { background: #6c757d } #title a { color: inherit; text-decoration: none }',
  },
  {
    file: 'openreview.png',
    url: 'https://openreview.net/forum?id=NGB6YNnO5o',
    title: 'OpenReview forums, kept up to date as you browse',
    subtitle: 'Follows OpenReview’s in-page navigation; forum ids with “-” and “_” are read whole.',
    mark: 'marker',
    zoom: 1.4,
    // The stand-in app renders its related-paper links back to back.
    css: '.forum-links { margin-top: 16px } .forum-links a { display: block; margin: 4px 0 }',
    // Move to another forum inside the app (no page load), one whose id has a dash.
    prepare: async (page) => {
      await page.click('a[data-app-link][href="/forum?id=LcF-EEt8cCC"]');
      await page.waitForURL('https://openreview.net/forum?id=LcF-EEt8cCC');
      await page.locator('a[data-cool-papers][href*="LcF-EEt8cCC"]').waitFor({ timeout: 10_000 });
    },
  },
];

const POPUP_SHOT = {
  file: 'popup.png',
  url: 'https://arxiv.org/list/cs.CL/new',
  typed: '2410.12345 https://openreview.net/forum?id=NGB6YNnO5o',
  title: 'Paste ids and links, search, or open every paper on the page',
  subtitle: 'Click the toolbar button (Alt+Shift+O), or type “cool” and a space in the address bar.',
};

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: process.env.HEADED !== '1',
    viewport: CANVAS,
    deviceScaleFactor: SCALE,
    colorScheme: 'light',
    locale: 'en-US',
    // The last switch lets the CDP Extensions domain open the toolbar popup (pipe connections only).
    args: [...argsWithExtension(EXTENSION_DIR), '--enable-unsafe-extension-debugging'],
  });
  try {
    await context.route('**/*', serveFixtures);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const icon = `data:image/png;base64,${readFileSync(join(ROOT, 'public', 'icon', '128.png')).toString('base64')}`;

    const page = context.pages()[0] ?? (await context.newPage());
    for (const shot of SHOTS) {
      const capture = await capturePage(page, shot);
      await compose(context, shot.file, framedHtml({ ...shot, ...capture, icon }));
    }
    await capturePopup(context, page, extensionId, icon);
  } finally {
    await context.close();
  }
}

async function serveFixtures(route: Route): Promise<void> {
  const url = route.request().url();
  if (!/^https?:/.test(url)) return route.continue();
  const page = PAGES[url];
  if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page() });
  return route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${url}` });
}

interface PageCapture {
  png: Buffer;
  /** Where the page is now (in-app navigation can have moved it). */
  url: string;
  rings: Box[];
  /** The address of the first link, shown as the browser's status bubble while the mouse is on it. */
  status: string;
}

/** Loads a page at the framed size, waits for the extension's links, and finds where they are. */
async function capturePage(page: Page, shot: Pick<Shot, 'url' | 'zoom' | 'css' | 'prepare'>): Promise<PageCapture> {
  await page.setViewportSize(PAGE_VIEWPORT);
  await page.goto(shot.url);
  const css = `${shot.css ?? ''}${shot.zoom ? ` html { zoom: ${shot.zoom} }` : ''}`;
  if (css) await page.addStyleTag({ content: css });
  const links = page.locator('a[data-cool-papers]');
  await links.first().waitFor({ timeout: 10_000 });
  await shot.prepare?.(page);
  // The stand-in apps and the extension's observer settle within a few frames; let them.
  await page.waitForTimeout(300);
  await links.first().hover();
  const status = await links.first().evaluate((link) => (link as HTMLAnchorElement).href);
  const rings = await links.evaluateAll((elements) =>
    elements
      .map((element) => element.getBoundingClientRect())
      .filter((rect) => rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight)
      .map(({ x, y, width, height }) => ({ x, y, width, height })),
  );
  const png = await page.screenshot({ type: 'png' });
  return { png, url: page.url(), rings, status };
}

/** Opens the real toolbar popup on the listing tab, types into it, and frames it over the page. */
async function capturePopup(context: BrowserContext, page: Page, extensionId: string, icon: string): Promise<void> {
  const capture = await capturePage(page, POPUP_SHOT);
  const browserSession = await context.browser()!.newBrowserCDPSession();
  const popup = await openToolbarPopup(browserSession, extensionId, POPUP_SHOT.url);
  // The page's papers are listed once the popup has read the tab.
  await popup.waitFor('document.querySelector("#page-papers-count") !== null');
  await popup.send('Input.insertText', { text: POPUP_SHOT.typed });
  await popup.waitFor('/2 papers/.test(document.querySelector("#preview")?.textContent ?? "")');
  // Chromium grows the popup window to fit its content a moment after it renders: wait for that.
  const measure =
    'JSON.stringify({ inner: innerHeight, ...(({ width, height }) => ({ width, height }))(document.querySelector("main.popup").getBoundingClientRect()) })';
  let size = '';
  for (let stable = 0, i = 0; stable < 3 && i < 50; i++) {
    await new Promise((done) => setTimeout(done, 100));
    const next = (await popup.evaluate(measure)) as string;
    const { inner, height } = JSON.parse(next) as { inner: number; height: number };
    stable = next === size && inner >= Math.ceil(height) ? stable + 1 : 0;
    size = next;
  }
  const { width, height } = JSON.parse(size) as { width: number; height: number };
  const shot = (await popup.send('Page.captureScreenshot', {
    format: 'png',
    clip: { x: 0, y: 0, width, height: Math.ceil(height), scale: 2 },
  })) as { data: string };
  await compose(
    context,
    POPUP_SHOT.file,
    framedHtml({
      ...POPUP_SHOT,
      icon,
      png: capture.png,
      url: capture.url,
      rings: [],
      status: '',
      mark: 'ring',
      overlay: { png: Buffer.from(shot.data, 'base64'), width, height },
    }),
  );
  await popup.close();
}

interface TargetSession {
  send(method: string, params?: object): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  waitFor(expression: string, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Clicks the extension's toolbar button for the tab showing `tabUrl` and attaches to its popup.
 * Playwright doesn't list extension popups as pages, so it is driven through the browser session.
 */
async function openToolbarPopup(browser: CDPSession, extensionId: string, tabUrl: string): Promise<TargetSession> {
  type TargetInfo = { targetId: string; type: string; url: string };
  const targets = async (filter?: object[]) =>
    (
      (await browser.send('Target.getTargets' as never, (filter ? { filter } : {}) as never)) as {
        targetInfos: TargetInfo[];
      }
    ).targetInfos;
  const tab = (await targets([{ type: 'tab' }])).find((target) => target.url === tabUrl);
  if (!tab) throw new Error(`No tab at ${tabUrl}`);
  // Chromium 13x+; needs --enable-unsafe-extension-debugging and a pipe connection (Playwright's).
  await browser.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  let popup: TargetInfo | undefined;
  for (let i = 0; i < 100 && !popup; i++) {
    popup = (await targets()).find((target) => target.url === popupUrl);
    if (!popup) await new Promise((done) => setTimeout(done, 100));
  }
  if (!popup) throw new Error('The toolbar popup did not open.');

  const { sessionId } = (await browser.send(
    'Target.attachToTarget' as never,
    { targetId: popup.targetId, flatten: false } as never,
  )) as { sessionId: string };
  let lastId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  browser.on(
    'Target.receivedMessageFromTarget' as never,
    ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    }) as never,
  );
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      const message = JSON.stringify({ id, method, params });
      browser.send('Target.sendMessageToTarget' as never, { sessionId, message } as never).catch(reject);
    });
  const evaluate = async (expression: string) =>
    ((await send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: unknown } }).result
      .value;
  return {
    send,
    evaluate,
    async waitFor(expression, timeout = 10_000) {
      const end = Date.now() + timeout;
      while (!(await evaluate(`Boolean(${expression})`))) {
        if (Date.now() > end) throw new Error(`Timed out in the popup waiting for: ${expression}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    // The popup may already have closed itself (it does when its window loses focus).
    close: async () =>
      void (await browser.send('Target.closeTarget' as never, { targetId: popup.targetId } as never).catch(() => {})),
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The caption, a browser window showing the page (its address in the toolbar), rings, and the popup. */
function framedHtml(shot: {
  url: string;
  title: string;
  subtitle: string;
  icon: string;
  png: Buffer;
  rings: Box[];
  status: string;
  mark: Shot['mark'];
  overlay?: { png: Buffer; width: number; height: number };
}): string {
  const pad = shot.mark === 'ring' ? 4 : 2;
  const rings = shot.rings
    .map(
      (box) =>
        `<div class="${shot.mark}" style="left:${box.x - pad}px;top:${box.y - pad}px;width:${box.width + 2 * pad}px;height:${box.height + 2 * pad}px"></div>`,
    )
    .join('');
  const overlay = shot.overlay
    ? `<img class="popup" src="${dataUrl(shot.overlay.png)}" style="width:${shot.overlay.width}px;height:${shot.overlay.height}px">`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${CANVAS.width}px; height: ${CANVAS.height}px; overflow: hidden; }
  body { background: linear-gradient(180deg, #eef1f6 0%, #e2e7ef 100%); font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #1d1f23; position: relative; }
  .caption { position: absolute; left: ${FRAME.left}px; top: 22px; right: ${FRAME.left}px; height: ${FRAME.top - 34}px; display: flex; align-items: center; gap: 16px; }
  .caption img { width: 52px; height: 52px; flex: none; }
  .caption h1 { margin: 0 0 6px; font-size: 24px; line-height: 1.15; font-weight: 700; letter-spacing: -0.2px; }
  .caption p { margin: 0; font-size: 14px; line-height: 1.3; color: #4b525c; }
  .window { position: absolute; left: ${FRAME.left}px; top: ${FRAME.top}px; width: ${FRAME.width}px; height: ${CANVAS.height - FRAME.top + 12}px;
    border-radius: 10px 10px 0 0; overflow: hidden; background: #fff; box-shadow: 0 10px 30px rgba(20, 30, 50, .22), 0 0 0 1px rgba(20, 30, 50, .12); }
  .toolbar { height: ${FRAME.toolbar}px; background: #f1f3f5; border-bottom: 1px solid #d5d9df; display: flex; align-items: center; gap: 10px; padding: 0 12px; box-sizing: border-box; }
  .dots { display: flex; gap: 6px; } .dots span { width: 10px; height: 10px; border-radius: 50%; background: #c9ced6; }
  .address { flex: 1; height: 24px; border-radius: 12px; background: #fff; border: 1px solid #d5d9df; display: flex; align-items: center; padding: 0 12px; font-size: 13px; color: #3c4043; box-sizing: border-box; }
  .address b { font-weight: normal; color: #70757a; }
  .toolbar .ext { width: 20px; height: 20px; border-radius: 4px; ${shot.overlay ? 'background: #dde3ec; box-shadow: 0 0 0 3px #dde3ec;' : ''} }
  .page { position: relative; width: ${PAGE_VIEWPORT.width}px; height: ${PAGE_VIEWPORT.height}px; }
  .page > img { display: block; width: ${PAGE_VIEWPORT.width}px; height: ${PAGE_VIEWPORT.height}px; }
  .ring { position: absolute; border: 3px solid #f08c00; border-radius: 7px; box-shadow: 0 0 0 3px rgba(240, 140, 0, .25); box-sizing: border-box; }
  .marker { position: absolute; border-radius: 4px; background: rgba(255, 196, 0, .5); mix-blend-mode: multiply; }
  .status { position: absolute; left: 0; bottom: 12px; max-width: 60%; padding: 3px 8px; font-size: 12px; color: #3c4043; background: #f1f3f5;
    border: 1px solid #d5d9df; border-left: none; border-radius: 0 6px 0 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; box-sizing: border-box; }
  .popup { position: absolute; right: 8px; top: ${FRAME.toolbar - 2}px; border-radius: 8px; background: #fff;
    box-shadow: 0 12px 32px rgba(20, 30, 50, .35), 0 0 0 1px rgba(20, 30, 50, .18); }
</style></head><body>
  <div class="caption"><img src="${shot.icon}" alt=""><div><h1>${escapeHtml(shot.title)}</h1><p>${escapeHtml(shot.subtitle)}</p></div></div>
  <div class="window">
    <div class="toolbar"><div class="dots"><span></span><span></span><span></span></div>
      <div class="address">${addressHtml(shot.url)}</div><img class="ext" src="${shot.icon}" alt=""></div>
    <div class="page"><img src="${dataUrl(shot.png)}" alt="">${rings}${overlay}</div>
    ${shot.status ? `<div class="status">${escapeHtml(shot.status)}</div>` : ''}
  </div>
</body></html>`;
}

/** `arxiv.org/abs/2410.12345` with the host in the normal colour and the rest greyed, as browsers do. */
function addressHtml(url: string): string {
  const { host, pathname, search } = new URL(url);
  return `${escapeHtml(host)}<b>${escapeHtml(pathname + search)}</b>`;
}

async function compose(context: BrowserContext, file: string, html: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(CANVAS);
    await page.setContent(html, { waitUntil: 'load' });
    const png = await page.screenshot({ type: 'png' });
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    if (width !== 1280 || height !== 800) throw new Error(`${file} is ${width}×${height}, not 1280×800`);
    writeFileSync(join(OUT_DIR, file), png);
    console.log(`store/screenshots/${file}  ${width}×${height}  ${(png.length / 1024).toFixed(0)} KiB`);
  } finally {
    await page.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
