// The Playwright fixtures: a headed Chromium with the built extension loaded, its page, its
// service worker and the extension's id. Paths the rest of the harness and the specs share.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { type BrowserContext, chromium, expect, test as base, type Worker } from '@playwright/test';

import { argsWithExtension, CHROMIUM_PATH } from '../../support/chromium';
import { waitForServiceWorker } from './service-worker';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** `SCREENSHOTS=1` makes the README-picture tests write docs/screenshots (tracked files). */
export const SCREENSHOTS_ON = process.env.SCREENSHOTS === '1';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

/** Pages, PDFs and scripts the tests serve under the sites' real addresses. */
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');
export const DEFAULT_EXTENSION_PATH = join(REPO_ROOT, '.output', 'chrome-mv3');

export interface HarnessOptions {
  /** Unpacked extension directory; defaults to `.output/chrome-mv3`. */
  extensionPath: string;
  /**
   * Browser UI language, e.g. `zh_CN`. On Linux Chromium takes it from the
   * environment (`LANGUAGE`/`LANG`), not from `--lang` (docs/facts.md, Chromium:
   * running it in tests). Needs the `chromium-l10n` package for anything but en-US.
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
