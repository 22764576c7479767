// Helpers for the inline-link E2E spec (tests/e2e/inline-links.spec.ts). The shared harness is
// tests/e2e/harness.ts; only what that spec alone needs lives here.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Locator, type Page } from '@playwright/test';

import { scaled, SCREENSHOT_DIR, SCREENSHOTS_ON } from './harness';

/** Every element the extension adds carries this attribute ("paper" or "all"). */
export const OURS = '[data-cool-papers]';
export const PAPER_LINKS = 'a[data-cool-papers="paper"]';
export const OPEN_ALL_LINKS = 'a[data-cool-papers="all"]';

/** Records, in the page's main world, whether the last `pageshow` came from the back/forward cache. */
export async function recordPageShows(page: Page): Promise<void> {
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => {
      (window as unknown as { __restoredFromBfcache: boolean }).__restoredFromBfcache = event.persisted;
    });
  });
}

/**
 * `page.goBack()` and checks that the page came back from the back/forward cache. Waits only for the
 * commit: a restored page fires `pageshow` but no new `load`, which `goBack()` would wait for.
 */
export async function goBackToCachedPage(page: Page, url: string): Promise<void> {
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(url);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __restoredFromBfcache?: boolean }).__restoredFromBfcache), {
      message: 'the page came back from the back/forward cache',
    })
    .toBe(true);
}

/** Records, in the page's main world, when the extension's elements are added. */
export async function recordLinkInsertions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const times: number[] = [];
    (window as unknown as { __linkInsertions: number[] }).__linkInsertions = times;
    new MutationObserver((records) => {
      const ours = records.some((record) =>
        [...record.addedNodes].some((node) => node instanceof Element && node.matches('a[data-cool-papers]')),
      );
      if (ours) times.push(performance.now());
    }).observe(document, { childList: true, subtree: true });
  });
}

/** When links were first and last seen added (observer callbacks), in ms after the end of the page's load event. */
export async function linkInsertionTimes(page: Page): Promise<{ firstAfterLoad: number; lastAfterLoad: number }> {
  return page.evaluate(() => {
    const times = (window as unknown as { __linkInsertions: number[] }).__linkInsertions;
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return {
      firstAfterLoad: times[0] - navigation.loadEventEnd,
      lastAfterLoad: times[times.length - 1] - navigation.loadEventEnd,
    };
  });
}

/**
 * Waits until `locator` matches `count` elements, then checks that it still does a moment later: a
 * second injection would add its copy right after the first, and `toHaveCount` alone would pass
 * before it arrived.
 */
export async function expectExactly(locator: Locator, count: number, settleMs = 400): Promise<void> {
  await expect(locator).toHaveCount(count);
  await locator.page().waitForTimeout(scaled(settleMs));
  await expect(locator).toHaveCount(count, { timeout: 0 });
}

/**
 * Resolves once the extension's content script has been injected into the page's main frame (its
 * isolated world exists, as CDP reports), plus `settleMs` for its async work (one storage read).
 * For tests that expect the script to add nothing: without this they could pass before it ran.
 */
export async function waitForContentScript(
  page: Page,
  extensionId: string,
  settleMs = 750,
  timeout = 10_000,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const origin = `chrome-extension://${extensionId}`;
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const injected = new Promise<void>((done) => {
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { frameId?: string } | undefined;
        if (context.origin === origin && aux?.frameId === frameTree.frame.id) done();
      });
    });
    // Runtime.enable reports the contexts that already exist, so a script injected earlier counts.
    await cdp.send('Runtime.enable');
    await Promise.race([
      injected,
      new Promise((_, fail) =>
        setTimeout(() => fail(new Error(`no content script of ${origin} in ${page.url()}`)), scaled(timeout)),
      ),
    ]);
  } finally {
    await cdp.detach().catch(() => {});
  }
  await page.waitForTimeout(scaled(settleMs));
}

/** The `href` attributes (as written, not resolved) of what `locator` matches, in page order. */
export function hrefsOf(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** `target`, `rel` and text of each link, to compare with what a user should get. */
export function linkAttributesOf(locator: Locator) {
  return locator.evaluateAll((links) =>
    links.map((link) => ({
      target: link.getAttribute('target'),
      rel: link.getAttribute('rel'),
      text: link.textContent,
    })),
  );
}

/**
 * Writes docs/screenshots/<name> when SCREENSHOTS=1 (so ordinary runs don't rewrite tracked files),
 * cropped to what is drawn inside the `area` elements (their text, links, buttons and images, not
 * the empty width of block elements such as headings), plus a margin.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  area: Locator | Locator[],
  { margin = 12, bottomMargin = margin }: { margin?: number; bottomMargin?: number } = {},
): Promise<void> {
  if (!SCREENSHOTS_ON) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const parts = Array.isArray(area) ? area : [area];
  await parts[0].scrollIntoViewIfNeeded();
  const boxes = await Promise.all(
    parts.map((part) =>
      part.evaluate((root) => {
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node: Node | null = root; node; node = walker.nextNode()) {
          if (node instanceof Text && node.data.trim()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            rects.push(range.getBoundingClientRect());
          } else if (node instanceof Element && node.matches('a, button, img')) {
            rects.push(node.getBoundingClientRect());
          }
        }
        const visible = rects.filter((rect) => rect.width > 0 && rect.height > 0);
        return {
          left: Math.min(...visible.map((r) => r.left)),
          top: Math.min(...visible.map((r) => r.top)),
          right: Math.max(...visible.map((r) => r.right)),
          bottom: Math.max(...visible.map((r) => r.bottom)),
        };
      }),
    ),
  );
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const x = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.left)) - margin));
  const y = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.top)) - margin));
  const right = Math.min(viewport.width, Math.ceil(Math.max(...boxes.map((b) => b.right)) + margin));
  const bottom = Math.min(viewport.height, Math.ceil(Math.max(...boxes.map((b) => b.bottom)) + bottomMargin));
  if (!(right > x && bottom > y)) throw new Error(`saveScreenshot(${name}): nothing visible to crop to`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), clip: { x, y, width: right - x, height: bottom - y } });
}

/**
 * A copy of the built extension whose manifest lists every content script twice, so Chromium
 * injects each one twice into the same isolated world: the closest a test can get to the script
 * running again in a page that already has its links. The extension can't be asked to re-inject
 * them: its `scripting` permission reaches only a tab the user granted through `activeTab` (the
 * popup or the shortcut), and it injects the popup's page reader there, not a content script.
 * Returns the copy's directory.
 */
export function extensionWithContentScriptsTwice(builtDir: string, copyDir: string): string {
  rmSync(copyDir, { recursive: true, force: true });
  cpSync(builtDir, copyDir, { recursive: true });
  const manifestPath = join(copyDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  // Chromium injects a file once however many entries list it, so the second entry gets a copy.
  manifest.content_scripts = manifest.content_scripts.flatMap((script: { js: string[] }) => {
    const again = script.js.map((file) => file.replace(/\.js$/, '.again.js'));
    script.js.forEach((file, i) => cpSync(join(copyDir, file), join(copyDir, again[i])));
    return [script, { ...script, js: again }];
  });
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copyDir;
}

/**
 * Counts, in the page's main world, the starts of the extension's content script `script`: WXT
 * dispatches a `<extension id>:<entrypoint>:wxt:content-script-started` event on `document` at each
 * start. The listener sits on `window` in the capture phase, registered before any content script
 * runs, so it hears the event before anything can stop it.
 */
export async function recordContentScriptStarts(page: Page, extensionId: string, script: string): Promise<void> {
  await page.addInitScript(
    ({ type, script }) => {
      const starts: string[] = [];
      (window as unknown as { __contentScriptStarts: string[] }).__contentScriptStarts = starts;
      addEventListener(type, () => starts.push(script), { capture: true });
    },
    { type: `${extensionId}:${script}:wxt:content-script-started`, script },
  );
}

export function contentScriptStarts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __contentScriptStarts: string[] }).__contentScriptStarts);
}
