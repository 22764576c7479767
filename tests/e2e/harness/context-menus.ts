// Chromium's native context menu, driven for real: a right-click with xdotool, then keys
// (docs/facts.md, Chromium: menus and Chromium: the PDF viewer).
import type { Locator, Page, Worker } from '@playwright/test';

import type { MenuItemId } from '../../../utils/menus';
import { moveMouseTo, type Point, xdotool } from './input';
import { pollUntil, scaled, sleep } from './wait';

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
 * Where the first word ("Attention") of tests/fixtures/paper.pdf is drawn, in page
 * coordinates, in the PDF viewer at the default 1280x900 window (100% zoom).
 * Double-click it with `clickAt(page, x, y, { count: 2 })` to select it.
 */
export const PDF_FIXTURE_WORD = { x: 520, y: 147, text: 'Attention' } as const;

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
          const v = document.querySelector<Element & { loadState_?: string }>('pdf-viewer');
          return v?.loadState_ === 'success';
        })
        .catch(() => false);
    },
    timeout,
    'the PDF viewer to load',
  );
  await sleep(scaled(300)); // let the viewer lay out and the plugin take input
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
 * Without a window to wait for (none appeared in `timeout`), it goes on after the pause alone and
 * says so: false.
 */
async function waitForContextMenu(settleMs: number, timeout = 5_000): Promise<boolean> {
  const before = windowsBeforeMenu;
  windowsBeforeMenu = undefined;
  const deadline = Date.now() + scaled(timeout);
  let shown = !before;
  while (!shown && Date.now() < deadline) {
    shown = (await visibleWindows()).some((id) => !before!.includes(id));
    if (!shown) await sleep(50);
  }
  await sleep(scaled(settleMs));
  return shown;
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
  // Under load, Xvfb now and then drops a synthetic right-click (measured: about one full E2E run in
  // three, after the worker was stopped); a user would right-click again, and so does the test.
  if (!(await waitForContextMenu(0, 3_000))) {
    console.log('contextMenuAt: no menu appeared after the right-click; right-clicking again');
    await rightClickAt(page, point.x, point.y);
  }
  await chooseContextMenuItem(stepsUp);
}

// Every menu item's id; the type check fails if utils/menus.ts gains or renames one.
const MENU_ITEM_IDS = Object.keys({ 'open-selection': 1, 'open-link': 1, 'open-page': 1 } satisfies Record<
  MenuItemId,
  1
>);

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
