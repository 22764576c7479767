/**
 * What a user feels, in real Chromium (headed, under Xvfb), each row next to its floor measured in
 * the same run: two browsers side by side, one with the built extension and one with the floor
 * extensions (bench/floor-extensions.ts), driven alike and in alternating runs, medians reported.
 * - right-click → the papers.cool tab's creation (real right-click and menu keys with xdotool; the
 *   tab's CDP `targetCreated` as it reaches us), warm and after the worker was stopped;
 * - popup open (`chrome.action.openPopup()` in the worker) → first contentful paint in the popup;
 * - "papers on this page" on a 2 MiB page of real documents, popup opened by its shortcut, and the
 *   longest task on the popup's thread meanwhile (from a trace);
 * - each site's content script on its fixture page: the page's main-thread time during the load, and
 *   the script's own evaluation;
 * - what each KiB of script costs: padded copies against tiny ones (the size budgets rest on it).
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';

import { CHROME_OUTPUT, readManifest } from '../scripts/bundle-sizes';
import { rightClickAt } from '../tests/e2e/harness/context-menus';
import { selectText, xdotool } from '../tests/e2e/harness/input';
import { routeFixtures, type RouteMap } from '../tests/e2e/harness/routing';
import { stopServiceWorkers, waitForServiceWorker } from '../tests/e2e/harness/service-worker';
import { pollUntil, sleep } from '../tests/e2e/harness/wait';
import { assignedShortcut, pressShortcut } from '../tests/e2e/toolbar-popup';
import { arxivListingHtml } from '../tests/fixtures/arxiv-listing';
import { proceedingsPage } from '../tests/fixtures/proceedings-pages';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../tests/support/chromium';
import {
  browserSession,
  busyMs,
  evaluateInTarget,
  longestTaskMs,
  newPageTarget,
  pageTargets,
  sampledScriptMs,
  scriptEvaluationMs,
  threadOfScript,
  traced,
  type TraceEvent,
} from './chromium-target';
import { sizeProbeAddress, writeFloorExtensions } from './floor-extensions';
import { REAL_DOCUMENTS } from './real-documents';
import { type BenchRow, benchRow, median } from './report';

// Few runs each: a page load with a trace, or a right-click through the native menu, takes seconds.
const RUNS = 5;
const CLICK_RUNS = 7;
const POPUP_RUNS = 7;

const fixture = (file: string) => readFileSync(`tests/fixtures/${file}`, 'utf8');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The real documents as one page of plain text, `characters` long, as a reader's paper list shows them. */
function realDocumentsPage(characters: number): string {
  const each = Math.ceil(characters / REAL_DOCUMENTS.length);
  const sections = REAL_DOCUMENTS.map(
    ([name, text]) => `<h2>${name}</h2><pre>${escapeHtml(text.slice(0, each))}</pre>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>Reading list</title></head><body>${sections.join('')}</body></html>`;
}

const RIGHT_CLICK_PAGE = 'https://blog.example.org/right-click';
const BIG_PAGE = 'https://blog.example.org/reading-list-2mib';
const SMALL_PAGE = 'https://blog.example.org/reading-list-2kib';

/** Each site's content script and the fixture page it runs on, by the script's file name. */
const SITE_PAGES: [script: string, address: string, html: () => string][] = [
  ['arxiv', 'https://arxiv.org/abs/2410.12345', () => fixture('arxiv-abs.html')],
  ['arxiv', 'https://arxiv.org/list/cs.CL/new', () => arxivListingHtml(1500, 500)],
  ['acl', 'https://aclanthology.org/2024.acl-long.123/', () => fixture('acl-paper.html')],
  ['pmlr', 'https://proceedings.mlr.press/v202/smith23a.html', () => fixture('pmlr-paper.html')],
  ['openreview', 'https://openreview.net/forum?id=NGB6YNnO5o', () => fixture('openreview-app.html')],
  [
    'ijcai',
    'https://www.ijcai.org/proceedings/2024/0123',
    () => proceedingsPage('Sparse Experts for Planning', 'https://www.ijcai.org/proceedings/2024/0123.pdf'),
  ],
  [
    'cvf',
    'https://openaccess.thecvf.com/content/CVPR2025/html/Park_SplineGS_from_CVPR_2025_paper.html',
    () => proceedingsPage('SplineGS', '../../../content/CVPR2025/papers/Park_SplineGS_from_CVPR_2025_paper.pdf'),
  ],
  [
    'aaai',
    'https://ojs.aaai.org/index.php/AAAI/article/view/36963',
    () =>
      proceedingsPage(
        'Sparse Experts for Reasoning',
        'https://ojs.aaai.org/index.php/AAAI/article/download/36963/40925',
        'obj_galley_link pdf',
      ),
  ],
];

function routes(): RouteMap {
  return {
    [RIGHT_CLICK_PAGE]:
      '<!doctype html><title>Right-click</title><p id="text" style="font:24px sans-serif">We build on 2410.12345 here.</p>',
    [BIG_PAGE]: realDocumentsPage(2 * 1024 * 1024),
    [SMALL_PAGE]: realDocumentsPage(2 * 1024),
    'https://*.example/**': '<!doctype html><title>Size probe</title><p>Nothing here.</p>',
    ...Object.fromEntries(SITE_PAGES.map(([, address, html]) => [address, html()])),
    '**/favicon.ico': { body: '', contentType: 'image/x-icon', status: 204 },
  };
}

interface Side {
  context: BrowserContext;
  page: Page;
  worker: Worker;
  extensionId: string;
}

/** A headed Chromium with `extensionDirs`, its window at `left` so both sides fit on the screen. */
async function launchSide(extensionDirs: string[], left: number): Promise<Side> {
  const dirs = extensionDirs.map((dir) => resolve(dir)).join(',');
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: null,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      `--disable-extensions-except=${dirs}`,
      `--load-extension=${dirs}`,
      `--window-position=${left},0`,
      '--window-size=640,1000',
    ],
  });
  await routeFixtures(context, routes());
  const page = context.pages()[0] ?? (await context.newPage());
  const worker = await waitForServiceWorker(context);
  return { context, page, worker, extensionId: new URL(worker.url()).host };
}

async function visibleWindows(): Promise<string[]> {
  const ids = await xdotool('search', '--onlyvisible', '--all', '--name', '').catch(() => '');
  return ids.split('\n').filter(Boolean);
}

/** Right-clicks the selection and waits for the native menu (a new X window), right-clicking again if it was dropped. */
async function openContextMenu(page: Page, point: { x: number; y: number }): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const before = await visibleWindows();
    await rightClickAt(page, point.x, point.y);
    try {
      await pollUntil(async () => (await visibleWindows()).some((id) => !before.includes(id)), 3_000, 'the menu');
      await sleep(300); // the menu takes the keyboard a moment after it is shown
      return;
    } catch (error) {
      if (attempt > 0) throw error;
    }
  }
}

/** Milliseconds from the menu item's Return key to the new tab's creation, reaching papers.cool. */
async function rightClickToTab(side: Side, stopWorker: boolean): Promise<number> {
  await side.page.goto(RIGHT_CLICK_PAGE);
  if (stopWorker) await stopServiceWorkers(side.context);
  const cdp = await browserSession(side.context);
  try {
    const before = new Set((await pageTargets(cdp)).map((target) => target.targetId));
    let createdAt: number | undefined;
    let createdId = '';
    cdp.on('Target.targetCreated', ({ targetInfo }) => {
      if (targetInfo.type !== 'page' || before.has(targetInfo.targetId) || createdAt !== undefined) return;
      createdAt = performance.now();
      createdId = targetInfo.targetId;
    });
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const point = await selectText(side.page, '#text', '2410.12345');
    await openContextMenu(side.page, point);
    await xdotool('key', '--delay', '60', 'Up', 'Up'); // MENU_STEPS_UP.selection: the item above Inspect
    await sleep(100);
    const start = performance.now();
    await xdotool('key', 'Return');
    await pollUntil(() => createdAt !== undefined, 15_000, 'the tab of the menu item');
    const tab = await newPageTarget(cdp, before, (url) => url.startsWith('https://papers.cool/'));
    await cdp.send('Target.closeTarget', { targetId: tab.targetId });
    if (tab.targetId !== createdId) throw new Error('the first tab created was not the papers.cool one');
    return createdAt! - start;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const FIRST_PAINT = `new Promise((done) => {
  const check = () => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    if (paint) done({ at: performance.timeOrigin + paint.startTime, sincePageStart: paint.startTime });
    else setTimeout(check, 20);
  };
  check();
})`;

interface FirstPaint {
  /** From `chrome.action.openPopup()` in the worker to the popup's first contentful paint. */
  fromOpenMs: number;
  /** From the popup page's start to its first contentful paint: what its own bytes cost. */
  fromPageStartMs: number;
}

async function popupToFirstPaint(side: Side, popupPage?: string): Promise<FirstPaint> {
  const cdp = await browserSession(side.context);
  try {
    const before = new Set((await pageTargets(cdp)).map((target) => target.targetId));
    const origin = `chrome-extension://${side.extensionId}/`;
    // Both clocks are Chromium's (epoch milliseconds in the worker and in the popup).
    await side.page.bringToFront();
    const start = await side.worker.evaluate(async (page) => {
      if (page) await chrome.action.setPopup({ popup: page });
      // Named: with two browsers on one screen, this one's window need not be the focused one.
      const [window] = await chrome.windows.getAll();
      const start = performance.timeOrigin + performance.now();
      await chrome.action.openPopup({ windowId: window.id });
      return start;
    }, popupPage);
    const popup = await newPageTarget(cdp, before, (url) => url.startsWith(origin));
    const paint = await evaluateInTarget<{ at: number; sincePageStart: number }>(cdp, popup.targetId, FIRST_PAINT);
    await evaluateInTarget(cdp, popup.targetId, 'window.close()').catch(() => {});
    await pollUntil(
      async () => !(await pageTargets(cdp)).some((target) => target.targetId === popup.targetId),
      10_000,
      'the popup to close',
    );
    return { fromOpenMs: paint.at - start, fromPageStartMs: paint.sincePageStart };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const ANSWERED = `new Promise((done) => {
  const check = () => {
    const count = document.querySelector('#page-papers-count')?.textContent ?? '';
    if (/papers? on this page/.test(count)) done({ at: performance.now(), count });
    else setTimeout(check, 10);
  };
  check();
})`;

/**
 * "Papers on this page" on `address`, the popup opened by its real shortcut (which grants activeTab):
 * milliseconds from the popup's start to the count shown, and the longest task on its thread.
 */
async function pagePapersAnswer(side: Side, address: string): Promise<{ answerMs: number; longestMs: number }> {
  await side.page.goto(address);
  // As when a reader opens the popup on a page they have been looking at: drawn and idle.
  await side.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shortcut = await assignedShortcut(side.worker, '_execute_action');
  const cdp = await browserSession(side.context);
  let answer = { at: NaN, count: '' };
  try {
    const before = new Set((await pageTargets(cdp)).map((target) => target.targetId));
    const events = await traced(side.context.browser()!, async () => {
      await pressShortcut(side.page, shortcut);
      const popup = await newPageTarget(cdp, before, (url) => url.endsWith('/popup.html'));
      answer = await evaluateInTarget(cdp, popup.targetId, ANSWERED);
      await sleep(200); // what the popup still does after showing the count
      await evaluateInTarget(cdp, popup.targetId, 'window.close()').catch(() => {});
    });
    const thread = threadOfScript(events, (url) =>
      url.startsWith(`chrome-extension://${side.extensionId}/chunks/popup`),
    );
    if (!thread) throw new Error('the trace has no popup script, so no popup thread');
    return { answerMs: answer.at, longestMs: longestTaskMs(events, thread) };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface ScriptCost {
  /** Main-thread time in the content script: its evaluation and every later call (sampled). */
  scriptMs: number;
  /** The page's main-thread time while it loads and settles, for scale. */
  pageMs: number;
}

/** Loads `address` afresh and reads from a trace what the content script `isScript` cost its main thread. */
async function contentScriptCost(side: Side, address: string, isScript: (url: string) => boolean): Promise<ScriptCost> {
  await side.page.goto('about:blank');
  const events: TraceEvent[] = await traced(side.context.browser()!, async () => {
    await side.page.goto(address);
    await side.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))),
    );
  });
  const thread = threadOfScript(events, isScript);
  if (!thread) throw new Error(`the content script did not run on ${address}`);
  return { scriptMs: sampledScriptMs(events, isScript), pageMs: busyMs(events, thread) };
}

/** `runs` alternating runs of ours and the floor (which goes first alternates too). */
async function alternate<T>(runs: number, ours: () => Promise<T>, floor: () => Promise<T>): Promise<[T[], T[]]> {
  const oursResults: T[] = [];
  const floorResults: T[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2) {
      oursResults.push(await ours());
      floorResults.push(await floor());
    } else {
      floorResults.push(await floor());
      oursResults.push(await ours());
    }
  }
  return [oursResults, floorResults];
}

/** What each KiB of shipped script costs, measured in the same run: the size budgets rest on it. */
export interface ByteCost {
  contentScriptUsPerKib: number;
  popupUsPerKib: number;
}
export let lastByteCost: ByteCost | undefined;

export async function benchUserFelt(): Promise<BenchRow[]> {
  const siteMatches = (readManifest(CHROME_OUTPUT).content_scripts as { matches: string[] }[]).flatMap(
    (script) => script.matches,
  );
  const floorDirs = writeFloorExtensions(siteMatches);
  const padding = floorDirs.paddingKib.toFixed(0);
  const ours = await launchSide([CHROME_OUTPUT], 0);
  const floor = await launchSide([floorDirs.floor, floorDirs.padded], 640);
  try {
    const rows: BenchRow[] = [];
    for (const [stopped, label] of [
      [false, 'warm'],
      [true, 'after a worker stop'],
    ] as const) {
      const [oursMs, floorMs] = await alternate(
        CLICK_RUNS,
        () => rightClickToTab(ours, stopped),
        () => rightClickToTab(floor, stopped),
      );
      rows.push(benchRow(`right-click → papers.cool tab created, ${label}`, median(oursMs), median(floorMs)));
    }

    const [popup, empty] = await alternate(
      POPUP_RUNS,
      () => popupToFirstPaint(ours),
      () => popupToFirstPaint(floor, 'empty.html'),
    );
    rows.push(
      benchRow(
        'popup open → first paint (floor: an empty extension page)',
        median(popup.map((paint) => paint.fromOpenMs)),
        median(empty.map((paint) => paint.fromOpenMs)),
      ),
    );
    const [padded, tiny] = await alternate(
      POPUP_RUNS,
      () => popupToFirstPaint(floor, 'padded.html'),
      () => popupToFirstPaint(floor, 'tiny.html'),
    );

    const [big, small] = await alternate(
      RUNS,
      () => pagePapersAnswer(ours, BIG_PAGE),
      () => pagePapersAnswer(ours, SMALL_PAGE),
    );
    rows.push(
      benchRow(
        '"papers on this page" shown, 2 MiB of real documents (floor: 2 KiB of them)',
        median(big.map((run) => run.answerMs)),
        median(small.map((run) => run.answerMs)),
      ),
      benchRow(
        "longest task on the popup's thread meanwhile (floor: on 2 KiB)",
        median(big.map((run) => run.longestMs)),
        median(small.map((run) => run.longestMs)),
      ),
    );

    for (const [script, address] of SITE_PAGES) {
      const oursScript = (url: string) => url === `chrome-extension://${ours.extensionId}/content-scripts/${script}.js`;
      const noop = (url: string) => url === `chrome-extension://${floor.extensionId}/noop.js`;
      const [oursCost, floorCost] = await alternate(
        RUNS,
        () => contentScriptCost(ours, address, oursScript),
        () => contentScriptCost(floor, address, noop),
      );
      const path = new URL(address);
      const where = `${path.host}${path.pathname.split('/').slice(0, 3).join('/')}`;
      const pageMs = median(floorCost.map((cost) => cost.pageMs));
      rows.push(
        benchRow(
          `${script}.js on ${where}: main-thread time in the script (floor: a no-op script; the page's own: ${pageMs.toFixed(0)} ms)`,
          median(oursCost.map((cost) => cost.scriptMs)),
          median(floorCost.map((cost) => cost.scriptMs)),
        ),
      );
    }

    // Both probes run on one page, in their own extensions (each its own world), so one load gives both.
    const probes = [];
    for (let run = 0; run < RUNS; run++) {
      await floor.page.goto('about:blank');
      const events = await traced(floor.context.browser()!, async () => {
        await floor.page.goto(sizeProbeAddress(run));
        await sleep(300);
      });
      probes.push({
        padded: scriptEvaluationMs(events, (url) => url.endsWith('/padded.js')),
        noop: scriptEvaluationMs(events, (url) => url.endsWith('/noop.js')),
      });
    }
    const contentPadded = median(probes.map((probe) => probe.padded));
    const contentNoop = median(probes.map((probe) => probe.noop));
    rows.push(
      benchRow(`content script evaluation, +${padding} KiB parsed code (floor: none)`, contentPadded, contentNoop),
      benchRow(
        `popup page start → first paint, +${padding} KiB script (floor: a tiny script)`,
        median(padded.map((paint) => paint.fromPageStartMs)),
        median(tiny.map((paint) => paint.fromPageStartMs)),
      ),
    );
    const paddedPaint = rows[rows.length - 1];
    lastByteCost = {
      contentScriptUsPerKib: ((contentPadded - contentNoop) * 1000) / floorDirs.paddingKib,
      popupUsPerKib: ((paddedPaint.oursMs - paddedPaint.floorMs) * 1000) / floorDirs.paddingKib,
    };
    return rows;
  } finally {
    await ours.context.close();
    await floor.context.close();
    rmSync(dirname(floorDirs.floor), { recursive: true, force: true });
  }
}
