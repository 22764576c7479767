/**
 * `npm run bench`: in one run, side by side, the planner against the v0.2.0 logic and the arXiv
 * content script against v0.2.0's way of adding links, as ratios (baseline time / our time: above 1
 * means we are faster); the popup's read of a huge page; and the sizes of the built extension.
 * Timings are medians of alternating runs, so a busy machine slows both sides alike; the planner is
 * measured in several fresh processes (see benchPlanner). It runs as one bundle, like the shipped
 * extension: run module by module (tsx), every call into another file costs extra, and the
 * hand-written id reader measured 1.7 times slower.
 */
import { execFileSync } from 'node:child_process';

import {
  CHROME_OUTPUT,
  contentScriptSizes,
  fileBytes,
  kib,
  pageScriptBytes,
  totalBytes,
} from '../scripts/bundle-sizes';
import { planRedirect } from '../utils/plan-redirect';
import { EXAMPLES_NOW } from '../utils/sources/types';
import { baselineRedirect } from './baseline-v020';
import { benchChurn } from './churn-bench';
import { benchContentScripts, layoutCheckLine } from './content-script-bench';
import { listingHtml, listingText, prose } from './inputs';
import { benchPagePapers } from './page-papers-bench';
import { READING_STEPS } from './reading-steps';
import { REAL_DOCUMENTS } from './real-documents';
import { type BenchRow, benchRow, median, printRows } from './report';

const RUNS = 31;

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

const mib = (text: string) => (text.length / (1 << 20)).toFixed(1);
const PLANNER_INPUTS: [string, string][] = [
  ['planner, 1 MiB prose (no ids)', prose],
  ['planner, 1 MiB arXiv listing text', listingText],
  ['planner, 1 MiB arXiv listing HTML', listingHtml],
  ...REAL_DOCUMENTS.map(([name, text]): [string, string] => [`planner, ${mib(text)} MiB real: ${name}`, text]),
];
const FIRST_REAL_DOCUMENT = PLANNER_INPUTS.length - REAL_DOCUMENTS.length;
const REAL_MIB = mib(REAL_DOCUMENTS.map(([, text]) => text).join(''));
const PLANNER_PROCESSES = 7;
const ONE_PROCESS = '--planner-only';

const sum = (times: number[]) => times.reduce((total, time) => total + time, 0);

function benchPlannerHere(): BenchRow[] {
  const rows = PLANNER_INPUTS.map(([name, selectionText]) => {
    const { ours, baseline } = timeSideBySide(
      () => planRedirect({ selectionText }, { now: EXAMPLES_NOW }),
      () => baselineRedirect({ selectionText }),
    );
    return benchRow(name, ours, baseline);
  });
  // The issue 13 target: the time over all real documents, as one row (ratio of the summed times).
  const real = rows.slice(FIRST_REAL_DOCUMENT);
  const realSummed = benchRow(
    `planner, real documents, summed (${REAL_MIB} MiB)`,
    sum(real.map((row) => row.oursMs)),
    sum(real.map((row) => row.baselineMs)),
  );
  const steps = READING_STEPS.map(([step, run]) => {
    const times = REAL_DOCUMENTS.map(([, selectionText]) =>
      timeSideBySide(
        () => run(selectionText),
        () => baselineRedirect({ selectionText }),
      ),
    );
    return benchRow(
      `${step}, real documents summed`,
      sum(times.map((time) => time.ours)),
      sum(times.map((time) => time.baseline)),
    );
  });
  return [...rows, realSummed, ...steps];
}

/**
 * The JIT compiles each process's code its own way: the same build gives ratios up to 10% apart
 * from one process to the next. So each of several fresh processes measures every input, and a
 * row is the process with the median ratio, its name giving the range.
 */
function benchPlanner(): BenchRow[] {
  const processes = Array.from({ length: PLANNER_PROCESSES }, () => {
    const output = execFileSync(process.execPath, [process.argv[1], ONE_PROCESS], { encoding: 'utf8' });
    return JSON.parse(output) as BenchRow[];
  });
  return processes[0].map(({ name }, input) => {
    const rows = processes.map((rows) => rows[input]).sort((a, b) => a.ratio - b.ratio);
    const range = `${rows[0].ratio.toFixed(2)}–${rows[rows.length - 1].ratio.toFixed(2)}×`;
    return { ...rows[rows.length >> 1], name: `${name} (median of ${rows.length} processes; ${range})` };
  });
}

if (process.argv.includes(ONE_PROCESS)) {
  console.log(JSON.stringify(benchPlannerHere()));
  process.exit(0);
}

console.log(`Benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}`);
printRows([...benchPlanner(), ...(await benchContentScripts()), ...(await benchChurn()), ...(await benchPagePapers())]);
console.log(layoutCheckLine());

console.log(`\nSizes of the production build in ${CHROME_OUTPUT} (budgets in scripts/check-budgets.ts):`);
const contentScriptBytes = contentScriptSizes().map(({ bytes }) => bytes);
console.log(
  `- content scripts: ${kib(Math.min(...contentScriptBytes))}–${kib(Math.max(...contentScriptBytes))} each (${contentScriptBytes.length} files)`,
);
console.log(
  `- popup JS with its chunks: ${kib(pageScriptBytes('popup.html') ?? NaN)}; options page: ${kib(pageScriptBytes('options.html') ?? NaN)}`,
);
console.log(`- background service worker: ${kib(fileBytes('background.js'))}`);
console.log(`- whole unpacked extension: ${kib(totalBytes())}`);
