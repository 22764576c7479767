// The real pointer and keyboard, through xdotool on the X display (Playwright's input is synthetic
// and can't reach native menus or the toolbar popup).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import type { Locator, Page } from '@playwright/test';

import { scaled, sleep } from './wait';

const execFileAsync = promisify(execFile);

/** Run xdotool with the given arguments on the current X display. */
export async function xdotool(...args: string[]): Promise<string> {
  if (!process.env.DISPLAY) {
    throw new Error('DISPLAY is not set: run the E2E tests under xvfb-run (npm run test:e2e).');
  }
  const { stdout } = await execFileAsync('xdotool', args, { timeout: scaled(10_000) });
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
