/**
 * The arXiv listing content script's cost against v0.2.0's way of adding links (one `innerHTML +=`
 * per entry, docs/baseline-v020.md), measured side by side in one real Chromium page over
 * alternating runs, each on a fresh copy of the list. Only the JavaScript is timed
 * (performance.now() in the page); the rendering that follows is the same kind of work for both and
 * happens outside the timings.
 *
 * Also checks that our injection forces no synchronous layout: a Chromium trace shows no Layout
 * inside its JavaScript, and it calls no layout-reading DOM API.
 */
import type { Browser, Page } from '@playwright/test';

import { arxivListingHtml } from '../tests/fixtures/arxiv-listing';
import { launchQuietChromium } from '../tests/support/chromium';
import { bundleForPage } from './page-bundle';
import { type BenchRow, benchRow, median } from './report';

export interface LayoutCheck {
  /** Most layouts Chromium ran inside our injection's JavaScript in any run (0: none forced). */
  oursLayouts: number;
  /** The same for a control that reads `offsetHeight` after changing the DOM (must be ≥ 1). */
  controlLayouts: number;
  /** Calls to layout-reading DOM APIs made by our injection. */
  oursLayoutApiCalls: number;
}

// Each run re-creates and renders a 2 MB page (about 1.5 s here), so the runs are few.
const RUNS = 7;
const LAYOUT_RUNS = 3;
const LISTING = { newCount: 1500, crossCount: 500 };

type Side = 'ours' | 'baseline' | 'control';

/** Installs the sides to compare, and a way to put back a fresh copy of the list, in the page. */
async function preparePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Labels = { paper: string; entry: string; title: string; openAll: (n: number) => string };
    const inline = (
      window as unknown as { CoolInline: { addArxivListingLinks(doc: Document, labels: Labels, now: Date): number } }
    ).CoolInline;
    const labels: Labels = { paper: 'Cool Papers', entry: 'cool', title: 't', openAll: (n) => `Open all ${n}` };
    const now = new Date('2026-11-23');
    const pristine = document.getElementById('dlpage')!.cloneNode(true);
    const layoutApiCalls = { count: 0 };

    // Count calls to DOM APIs that read layout (and so force it when the DOM has changed).
    const countCalls = (target: object, name: string, kind: 'get' | 'value') => {
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      if (!descriptor) return;
      if (kind === 'get' && descriptor.get) {
        // Called below with the element as `this`.
        // eslint-disable-next-line @typescript-eslint/unbound-method
        const get = descriptor.get;
        Object.defineProperty(target, name, {
          ...descriptor,
          get() {
            layoutApiCalls.count++;
            return get.call(this);
          },
        });
      } else if (kind === 'value' && typeof descriptor.value === 'function') {
        const fn = descriptor.value as (...args: unknown[]) => unknown;
        Object.defineProperty(target, name, {
          ...descriptor,
          value(this: unknown, ...args: unknown[]) {
            layoutApiCalls.count++;
            return fn.apply(this, args);
          },
        });
      }
    };
    for (const name of ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight', 'offsetParent', 'innerText']) {
      countCalls(HTMLElement.prototype, name, 'get');
    }
    for (const name of [
      'clientTop',
      'clientLeft',
      'clientWidth',
      'clientHeight',
      'scrollTop',
      'scrollLeft',
      'scrollWidth',
      'scrollHeight',
    ]) {
      countCalls(Element.prototype, name, 'get');
    }
    for (const name of ['getBoundingClientRect', 'getClientRects', 'scrollIntoView', 'checkVisibility'])
      countCalls(Element.prototype, name, 'value');
    countCalls(HTMLElement.prototype, 'focus', 'value');
    countCalls(Range.prototype, 'getBoundingClientRect', 'value');
    countCalls(Range.prototype, 'getClientRects', 'value');
    countCalls(window, 'getComputedStyle', 'value');
    countCalls(Document.prototype, 'elementFromPoint', 'value');

    // v0.2.0 (docs/baseline-v020.md): the id by its pattern, then one `innerHTML +=` per entry's link group.
    const baseline = () => {
      for (const dt of document.querySelectorAll('dl#articles > dt')) {
        const id = /\d{4}\.\d{4,5}/.exec(dt.querySelector('a[title="Abstract"]')?.textContent ?? '')?.[0];
        if (id) dt.innerHTML += `, <a href="https://papers.cool/arxiv/${id}" target="_blank">cool</a>`;
      }
    };
    // A known layout-forcer, to show the layout check can see one.
    const control = () => {
      for (const dt of document.querySelectorAll('dl#articles > dt')) dt.append('x');
      void document.body.offsetHeight;
    };
    const sides = { ours: () => inline.addArxivListingLinks(document, labels, now), baseline, control };

    Object.assign(window, {
      __bench: {
        reset() {
          document.getElementById('dlpage')!.replaceWith(pristine.cloneNode(true));
        },
        time(side: keyof typeof sides) {
          const start = performance.now();
          sides[side]();
          return performance.now() - start;
        },
        run(side: keyof typeof sides) {
          const before = layoutApiCalls.count;
          performance.mark('cool-bench-start');
          sides[side]();
          performance.mark('cool-bench-end');
          return layoutApiCalls.count - before;
        },
        /** Resolves after the page has rendered a frame, so pending style and layout are done. */
        settle: () =>
          new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
        counts() {
          return {
            links: document.querySelectorAll('a[href^="https://papers.cool/arxiv/"]').length,
          };
        },
      },
    });
  });
}

interface BenchApi {
  reset(): void;
  time(side: Side): number;
  run(side: Side): number;
  settle(): Promise<void>;
  counts(): { links: number };
}
const api = (page: Page) => ({
  reset: () => page.evaluate(() => (window as unknown as { __bench: BenchApi }).__bench.reset()),
  settle: () => page.evaluate(() => (window as unknown as { __bench: BenchApi }).__bench.settle()),
  time: (side: Side) => page.evaluate((s) => (window as unknown as { __bench: BenchApi }).__bench.time(s), side),
  run: (side: Side) => page.evaluate((s) => (window as unknown as { __bench: BenchApi }).__bench.run(s), side),
  counts: () => page.evaluate(() => (window as unknown as { __bench: BenchApi }).__bench.counts()),
});

/** A fresh list, rendered, then `side` timed on it. */
async function timeOnFreshList(page: Page, side: Side): Promise<number> {
  const bench = api(page);
  await bench.reset();
  await bench.settle();
  return bench.time(side);
}

/**
 * Layouts that ran inside `side`'s JavaScript, as a Chromium trace shows them: a `Layout` event
 * between two user-timing marks set around the call is a forced (synchronous) layout. The layout of
 * the frame rendered afterwards falls outside the marks.
 */
async function forcedLayouts(browser: Browser, page: Page, side: Side): Promise<{ layouts: number; apiCalls: number }> {
  const bench = api(page);
  let layouts = 0;
  let apiCalls = 0;
  for (let run = 0; run < LAYOUT_RUNS; run++) {
    await bench.reset();
    await bench.settle();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
    apiCalls = Math.max(apiCalls, await bench.run(side));
    await bench.settle();
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const mark = (name: string) =>
      trace.traceEvents.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
    const [start, end] = [mark('cool-bench-start'), mark('cool-bench-end')];
    if (!start || !end) throw new Error('the trace lacks the marks set around the run');
    const inside = trace.traceEvents.filter(
      (event) =>
        event.name === 'Layout' && (event.ph === 'X' || event.ph === 'B') && event.ts >= start.ts && event.ts <= end.ts,
    );
    layouts = Math.max(layouts, inside.length);
  }
  return { layouts, apiCalls };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
}

/** The last run's layout check, for the caller's report. */
let lastLayoutCheck: LayoutCheck | undefined;

export function layoutCheckLine(): string {
  const check = lastLayoutCheck;
  if (!check) return 'Layout check: not run.';
  return (
    `Forced synchronous layouts during our injection: ${check.oursLayouts} (layout-reading API calls: ${check.oursLayoutApiCalls}); ` +
    `control that reads offsetHeight: ${check.controlLayouts}.`
  );
}

export async function benchContentScripts(): Promise<BenchRow[]> {
  const script = await bundleForPage('utils/inline/arxiv.ts', 'CoolInline');
  const browser = await launchQuietChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(arxivListingHtml(LISTING.newCount, LISTING.crossCount));
    await page.addScriptTag({ content: script });
    await preparePage(page);
    const bench = api(page);
    const entries = LISTING.newCount + LISTING.crossCount;

    // Both sides must do their job before their time means anything.
    for (const [side, expected] of [
      ['ours', entries + Math.ceil(entries / 100)],
      ['baseline', entries],
    ] as const) {
      await timeOnFreshList(page, side);
      const { links } = await bench.counts();
      if (links !== expected)
        throw new Error(`${side} added ${links} links to the ${entries}-entry listing, expected ${expected}`);
    }

    const oursMs: number[] = [];
    const baselineMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate which side goes first, so drift on a busy machine hits both alike.
      const order: ('ours' | 'baseline')[] = run % 2 ? ['ours', 'baseline'] : ['baseline', 'ours'];
      for (const side of order) (side === 'ours' ? oursMs : baselineMs).push(await timeOnFreshList(page, side));
    }

    const ours = await forcedLayouts(browser, page, 'ours');
    const control = await forcedLayouts(browser, page, 'control');
    lastLayoutCheck = { oursLayouts: ours.layouts, controlLayouts: control.layouts, oursLayoutApiCalls: ours.apiCalls };
    if (control.layouts < 1) throw new Error("the layout check did not see the control's forced layout");

    return [
      benchRow(
        `arxiv.js adding links to a listing of ${entries} entries, JavaScript alone`,
        median(oursMs),
        NaN,
        median(baselineMs),
      ),
    ];
  } finally {
    await browser.close();
  }
}
