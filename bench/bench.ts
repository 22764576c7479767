/**
 * `npm run bench`: the planner against the v0.2.0 logic, measured side by side in one run, as
 * ratios (baseline time / our time: above 1 means we are faster). Timings are medians of
 * alternating runs, so a busy machine slows both sides alike.
 */
import { planRedirect } from '../utils/redirect';
import { baselineRedirect } from './baseline-v020';
import { listingHtml, listingText, prose } from './inputs';
import { benchPagePapers } from './page-papers-bench';

const RUNS = 31;
const now = new Date('2026-11-23T12:00:00Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

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

export interface BenchRow {
  name: string;
  oursMs: number;
  baselineMs: number;
  ratio: number;
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
    return { name, oursMs: ours, baselineMs: baseline, ratio: baseline / ours };
  });
}

function printRows(rows: BenchRow[]): void {
  console.log('| measurement | ours (ms) | v0.2.0 (ms) | ratio (v0.2.0 / ours) |');
  console.log('|---|---:|---:|---:|');
  const shown = (value: number, unit = '') => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}${unit}`);
  for (const row of rows) {
    console.log(`| ${row.name} | ${shown(row.oursMs)} | ${shown(row.baselineMs)} | ${shown(row.ratio, '×')} |`);
  }
}

console.log(`Benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}`);
printRows([...benchPlanner(), ...(await benchPagePapers())]);
