// The options page in real Chromium with the built extension, and the README's pictures of the popup.
// The popup's behaviour is tested on the real toolbar popup: toolbar-popup.spec.ts and
// toolbar-popup-typing.spec.ts.
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import {
  contextMenuAt,
  expect,
  MENU_STEPS_UP,
  readTabUrl,
  routeFixtures,
  SCREENSHOT_DIR,
  SCREENSHOTS_ON,
  selectText,
  test,
} from './harness';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Notes</title></head>
<body style="font: 18px/1.6 sans-serif; margin: 40px"><p id="ids">Compare 2410.12345 with 2409.01234.</p></body></html>`;

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, { 'https://example.org/notes': PAGE });
});

test('"open in the current tab" in the options applies to the next menu click at once', async ({
  context,
  page,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('the current tab').check();
  await expect(options.getByRole('status')).toHaveText('Saved. Changes apply at once.');
  await options.close();

  await page.bringToFront();
  await page.goto('https://example.org/notes');
  const selection = await selectText(page, '#ids');
  const pagesBefore = context.pages().length;
  await contextMenuAt(page, selection, MENU_STEPS_UP.selection);
  await expect.poll(() => readTabUrl(page)).toBe('https://papers.cool/arxiv/2410.12345,2409.01234');
  expect(context.pages()).toHaveLength(pagesBefore);

  // Reset to defaults: the next click opens a new tab again.
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/options.html`);
  await again.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(again.getByLabel('a new tab next to the current one')).toBeChecked();
});

/**
 * popup.html opened as a tab, a stand-in for the toolbar popup: only for the README pictures, since an
 * element screenshot, a fixed viewport and an emulated colour scheme need a Playwright page, and the
 * real popup is only a CDP target.
 */
async function openPopupAsTab(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const input = page.getByRole('textbox');
  await expect(input).toBeFocused();
  return input;
}

// `SCREENSHOTS=1 npm run test:e2e` refreshes the README's pictures of the popup. They are taken of
// popup.html in a Playwright page, not of the real popup: see openPopupAsTab.
test.describe('README pictures of the popup', () => {
  test.skip(!SCREENSHOTS_ON, 'only when SCREENSHOTS=1');
  for (const [locale, scheme] of [
    ['en', 'light'],
    ['en', 'dark'],
    ['zh_CN', 'light'],
    ['zh_CN', 'dark'],
  ] as const) {
    test.describe(`${locale} ${scheme}`, () => {
      test.use({ uiLocale: locale === 'en' ? undefined : locale });
      test('popup', async ({ page, extensionId }) => {
        // A Playwright page, not the real popup: the picture needs its viewport, colour scheme and element screenshot.
        await page.setViewportSize({ width: 360, height: 250 });
        await page.emulateMedia({ colorScheme: scheme });
        const input = await openPopupAsTab(page, extensionId);
        await input.fill('2410.12345 https://openreview.net/forum?id=LcF-EEt8cCC');
        await page.locator('main.popup').screenshot({ path: join(SCREENSHOT_DIR, `popup-${locale}-${scheme}.png`) });
      });
    });
  }
});
