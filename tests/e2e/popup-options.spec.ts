// The popup and the options page in real Chromium with the built extension.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import {
  collectNewTabUrls,
  contextMenuAt,
  expect,
  MENU_STEPS_UP,
  readTabUrl,
  routeFixtures,
  selectText,
  test,
  waitForNewTabUrl,
  SCREENSHOT_DIR,
  SCREENSHOTS_ON,
} from './harness';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Notes</title></head>
<body style="font: 18px/1.6 sans-serif; margin: 40px"><p id="ids">Compare 2410.12345 with 2409.01234.</p></body></html>`;

test.beforeEach(async ({ context }) => {
  await routeFixtures(context, { 'https://example.org/notes': PAGE });
});

/** Enter in the popup: it opens the tabs, then closes itself as a toolbar popup does. */
const pressEnter = (page: Page) => () => page.keyboard.press('Enter').catch(() => expect(page.isClosed()).toBe(true));

async function openPopup(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const input = page.getByRole('textbox');
  await expect(input).toBeFocused();
  return input;
}

test('typing ids shows what Enter will do, and Enter opens them', async ({ context, page, extensionId }) => {
  const input = await openPopup(page, extensionId);
  await expect(page.locator('#preview')).toHaveText('Enter opens ids and links, or searches for words.');
  await input.pressSequentially('2410.12345');
  await expect(page.locator('#preview')).toHaveText('Enter opens arXiv 2410.12345 on Cool Papers');
  await input.pressSequentially(' https://openreview.net/forum?id=LcF-EEt8cCC 2409.01234');
  await expect(page.locator('#preview')).toHaveText('Enter opens 3 papers on Cool Papers');
  const urls = await collectNewTabUrls(context, pressEnter(page), { count: 2 });
  expect(urls).toEqual(['https://papers.cool/arxiv/2410.12345,2409.01234', 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview']);
});

test('typing words searches arXiv, or venues after switching', async ({ context, page, extensionId }) => {
  const input = await openPopup(page, extensionId);
  await input.fill('diffusion distillation');
  await expect(page.locator('#preview')).toHaveText('Enter searches arXiv papers for “diffusion distillation”');
  expect(await waitForNewTabUrl(context, pressEnter(page))).toBe(
    'https://papers.cool/arxiv/search?highlight=1&query=diffusion%20distillation',
  );
  await expect.poll(() => page.isClosed()).toBe(true);

  const popup = await context.newPage();
  const again = await openPopup(popup, extensionId);
  await popup.getByText('Venues').click();
  await again.fill('diffusion distillation');
  await expect(popup.locator('#preview')).toHaveText('Enter searches venue papers for “diffusion distillation”');
  expect(await waitForNewTabUrl(context, pressEnter(popup))).toBe(
    'https://papers.cool/venue/search?highlight=1&query=diffusion%20distillation',
  );
  // The switch is remembered.
  const third = await context.newPage();
  await openPopup(third, extensionId);
  await expect(third.getByRole('radio', { name: 'Venues' })).toBeChecked();
});

test('the popup works by keyboard alone', async ({ page, extensionId }) => {
  await openPopup(page, extensionId);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'arXiv' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Venues' })).toBeChecked();
});

test('"open in the current tab" in the options applies to the next menu click at once', async ({ context, page, extensionId }) => {
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

test.describe('in Chinese', () => {
  test.use({ uiLocale: 'zh_CN' });

  test('the popup and the menu titles are Chinese', async ({ page, extensionId, serviceWorker }) => {
    const input = await openPopup(page, extensionId);
    await expect(input).toHaveAttribute('placeholder', '粘贴编号或链接，或输入关键词');
    await input.fill('2410.12345 2409.01234');
    await expect(page.locator('#preview')).toHaveText('回车在 Cool Papers 打开 2 篇论文');
    // The worker titles the menu items with the same messages.
    expect(await serviceWorker.evaluate(() => chrome.i18n.getMessage('menuSelection'))).toBe('在 Cool Papers 中打开“%s”');
  });
});

// `SCREENSHOTS=1 npm run test:e2e` refreshes the README's pictures of the popup.
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
        await page.setViewportSize({ width: 360, height: 250 });
        await page.emulateMedia({ colorScheme: scheme });
        const input = await openPopup(page, extensionId);
        await input.fill('2410.12345 https://openreview.net/forum?id=LcF-EEt8cCC');
        await page.locator('main.popup').screenshot({ path: join(SCREENSHOT_DIR, `popup-${locale}-${scheme}.png`) });
      });
    });
  }
});
