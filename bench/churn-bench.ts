/**
 * The built OpenReview content script on a page that changes every frame: main-thread CPU time over a
 * fixed number of frames of churn on a venue page of 3 000 forum links, against the same page with
 * the script's links switched off in the options (the script then stops after reading the setting).
 * Runs alternate between the two sides, so a busy machine slows both alike; each side's figure is
 * the median of its runs.
 */
import { chromium } from '@playwright/test';

import { CHROME_OUTPUT } from '../scripts/bundle-sizes';
import {
  CHURN_LINKS,
  churnCost,
  inlineLinksSetting,
  loadChurnPage,
  routeChurnPage,
} from '../tests/fixtures/openreview-churn';
import { argsWithExtension, CHROMIUM_PATH } from '../tests/support/chromium';
import { type BenchRow, benchRow, median } from './report';

const RUNS = 5;
// About 4 s at 60 frames a second, inside the 15 s the script watches a page after a click (churnCost clicks first).
const FRAMES = 240;
/** The issue 18 bound: links on may cost at most twice the page with them off. */
const CHURN_RATIO_BOUND = 2;

export async function benchChurn(): Promise<BenchRow[]> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: argsWithExtension(CHROME_OUTPUT),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await routeChurnPage(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const costs = { on: [] as number[], off: [] as number[] };
    const taskCosts = { on: [] as number[], off: [] as number[] };
    let slowestMs = 0;
    for (let run = 0; run < RUNS; run++) {
      for (const linksOn of run % 2 ? [true, false] : [false, true]) {
        await worker.evaluate((setting) => chrome.storage.sync.set(setting), inlineLinksSetting(linksOn));
        await loadChurnPage(page, extensionId, linksOn);
        const { taskMs, threadMs, wallMs } = await churnCost(page, FRAMES);
        costs[linksOn ? 'on' : 'off'].push(threadMs);
        taskCosts[linksOn ? 'on' : 'off'].push(taskMs);
        slowestMs = Math.max(slowestMs, wallMs);
      }
    }
    const [on, off] = [median(costs.on), median(costs.off)];
    const runs = (times: number[]) => times.map((ms) => ms.toFixed(0)).join(', ');
    console.log(
      `OpenReview under churn: main-thread CPU time with links on is ${(on / off).toFixed(2)}× the page with them off ` +
        `(bound ${CHURN_RATIO_BOUND}×; runs on ${runs(costs.on)} ms, off ${runs(costs.off)} ms; task time ` +
        `${(median(taskCosts.on) / median(taskCosts.off)).toFixed(2)}×; slowest run ${(slowestMs / 1000).toFixed(1)} s of churn)`,
    );
    return [
      benchRow(
        `content script, OpenReview venue of ${CHURN_LINKS} links, ${FRAMES} frames of one change each (floor: its links switched off)`,
        on,
        off,
      ),
    ];
  } finally {
    await context.close();
  }
}
