/**
 * `npm run bench`: in one run, side by side, the planner against the v0.2.0 logic and the arXiv
 * content script against v0.2.0's way of adding links, as ratios (baseline time / our time: above 1
 * means we are faster); the popup's read of a huge page; and the sizes of the built extension.
 * Timings are medians of alternating runs, so a busy machine slows both sides alike. It runs as one
 * bundle, like the shipped extension: run module by module (tsx), every call into another file costs
 * extra, and the hand-written id reader measured 1.7 times slower.
 */
import { planRedirect } from '../utils/redirect';
import { baselineRedirect } from './baseline-v020';
import { listingHtml, listingText, prose } from './inputs';
import { CHROME_OUTPUT, contentScriptSizes, fileBytes, kib, pageScriptBytes, totalBytes } from '../scripts/bundle-sizes';
import { benchContentScripts, layoutCheckLine } from './content-script-bench';
import { benchPagePapers } from './page-papers-bench';
import { benchRow, median, printRows, type BenchRow } from './report';

const RUNS = 31;
const now = new Date('2026-11-23T12:00:00Z');

function timeSideBySide(ours: () => unknown, baseline: () => unknown) {
  const oursMs: number[] = [];
  const baselineMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    baseline();
    baselineMs.push(performance.now() - start);
    start = performance.now();
    ours();
    oursMs.push(performance.now() - start);
  }
  return { ours: median(oursMs), baseline: median(baselineMs) };
}

export function benchPlanner(): BenchRow[] {
  const inputs: [string, string][] = [
    ['planner, 1 MiB prose (no ids)', prose],
    ['planner, 1 MiB arXiv listing text', listingText],
    ['planner, 1 MiB arXiv listing HTML', listingHtml],
  ];
  return inputs.map(([name, selectionText]) => {
    const { ours, baseline } = timeSideBySide(
      () => planRedirect({ selectionText }, { now }),
      () => baselineRedirect({ selectionText }),
    );
    return benchRow(name, ours, baseline);
  });
}

console.log(`Benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}`);
printRows([...benchPlanner(), ...(await benchContentScripts()), ...(await benchPagePapers())]);
console.log(layoutCheckLine());

console.log(`\nSizes of the production build in ${CHROME_OUTPUT} (budgets in scripts/check-budgets.ts):`);
const contentScriptBytes = contentScriptSizes().map(({ bytes }) => bytes);
console.log(`- content scripts: ${kib(Math.min(...contentScriptBytes))}–${kib(Math.max(...contentScriptBytes))} each (${contentScriptBytes.length} files)`);
console.log(`- popup JS with its chunks: ${kib(pageScriptBytes('popup.html') ?? NaN)}; options page: ${kib(pageScriptBytes('options.html') ?? NaN)}`);
console.log(`- background service worker: ${kib(fileBytes('background.js'))}`);
console.log(`- whole unpacked extension: ${kib(totalBytes())}`);
