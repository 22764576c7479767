/**
 * `npm run fuzz`: fuzzes planRedirect (utils/plan-redirect.ts), the pure core of every right-click.
 *
 *   1. 10^5 generated clicks (fast-check, all five click fields, random `now` and search branch);
 *   2. the corpus of nasty inputs in tests/fuzz/corpus.ts (up to 10 MiB);
 *   3. a doubling test on the pathological families: t(n), t(2n), t(4n) must grow about linearly.
 *
 * Every input must: not throw; return only non-empty addresses that start with https://papers.cool/
 * and that `new URL()` parses with origin https://papers.cool; and run within a linear time budget,
 * TOLERANCE × (OVERHEAD_MS + MS_PER_MIB × size in MiB), size counted in UTF-16 code units of all
 * fields, on a quiet machine. An input over that is timed twice more, each time beside a fixed control
 * (tests/support/slowdown.ts), and judged by its fastest run against the budget stretched by how much
 * slower than quiet the control ran meanwhile: other processes slow both alike. A doubling test fails
 * when t(4n)/t(n) ≥ MAX_GROWTH (linear: ~4, quadratic: ~16) and the second step alone grew by
 * √MAX_GROWTH or more, each time divided by the slowdown of the control timed just before it; a family
 * still faster than MIN_MEASURABLE_MS at the size cap is judged by the linear budget at 4n instead
 * (stretched the same way). Exits 1 on any failure.
 *
 * Options (after `npm run fuzz --`):
 *   --seed=N     replay the generated inputs of an earlier run (the seed is printed at the start)
 *   --path=P     with --seed, replay just the shrunk counterexample fast-check printed
 *   --runs=N     number of generated inputs (default 100000)
 *   --skip=LIST  comma-separated phases to skip: generated, corpus, doubling
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import fc from 'fast-check';

import {
  clickLength,
  corpusEntries,
  describeCase,
  type FuzzCase,
  fuzzCaseArbitrary,
  KIB,
  MIB,
  PATHOLOGICAL_FAMILIES,
  type PathologicalFamily,
  planProblems,
} from '../tests/fuzz/corpus';
import { QUIET_CONTROL_MS, timeControl } from '../tests/support/slowdown';
import { planRedirect } from '../utils/plan-redirect';
import { EXAMPLES_NOW } from '../utils/sources/types';

// The linear time budget. Calibrated on the 2-core CI machine this was written on (printed at the
// start of every run): ordinary text costs 5-30 ms per MiB there, so 50 ms/MiB is a fair "linear and
// fast" line and the ×10 tolerance leaves room for slow machines without hiding quadratic behaviour.
const OVERHEAD_MS = 5;
const MS_PER_MIB = 50;
const TOLERANCE = 10;
const MAX_GROWTH = 8;
/** Sizes under this say nothing about per-MiB cost (the fixed overhead dominates). */
const PER_MIB_MIN_LENGTH = 64 * KIB;

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string' },
    path: { type: 'string' },
    runs: { type: 'string', default: '100000' },
    skip: { type: 'string', default: '' },
  },
});
const seed = args.seed !== undefined ? Number(args.seed) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;
const runs = Number(args.runs);
const skip = new Set(args.skip.split(',').filter(Boolean));
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 0) {
  console.error('usage: npm run fuzz -- [--seed=N [--path=P]] [--runs=N] [--skip=generated,corpus,doubling]');
  process.exit(2);
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// ---------------------------------------------------------------------------
// Running and judging one input
// ---------------------------------------------------------------------------

const budgetMs = (length: number) => OVERHEAD_MS + (MS_PER_MIB * length) / MIB;

interface Outcome {
  ms: number;
  problems: string[];
  /** How many times slower than quiet the control ran beside the input's runs (1 when not timed). */
  slowdown: number;
}

function runOnce({ click, options }: FuzzCase): Outcome {
  const start = performance.now();
  let urls: unknown;
  try {
    urls = planRedirect(click, options).urls;
  } catch (error) {
    const ms = performance.now() - start;
    return {
      ms,
      problems: [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`],
      slowdown: 1,
    };
  }
  const ms = performance.now() - start;
  return { ms, problems: planProblems(urls), slowdown: 1 };
}

/**
 * How many times slower than quiet this process runs now: the control timed beside a run. Slowdowns
 * under 1 (a faster machine) keep the quiet budget.
 */
const slowdownNow = () => Math.max(1, timeControl() / QUIET_CONTROL_MS);

/**
 * Runs an input, and twice more (after a GC, each beside the control) if it was over budget; the
 * fastest run counts, against the budget stretched by the slowest the control ran beside it.
 */
function measure(input: FuzzCase, length = clickLength(input.click)): Outcome {
  const first = runOnce(input);
  let ms = first.ms;
  let slowdown = 1;
  for (let retry = 0; retry < 2 && ms > TOLERANCE * budgetMs(length) * slowdown; retry++) {
    gc();
    slowdown = Math.max(slowdown, slowdownNow());
    ms = Math.min(ms, runOnce(input).ms);
  }
  return { ms, problems: first.problems, slowdown };
}

interface Failure {
  phase: string;
  what: string;
  detail: string;
}
const failures: Failure[] = [];

const stats = {
  inputs: 0,
  worstRatio: { ratio: 0, ms: 0, length: 0, what: '' },
  worstPerMib: { msPerMib: 0, ms: 0, length: 0, what: '' },
  worstGrowth: { growth: 0, what: '' },
  totalChars: 0,
};

/** Records an outcome; `describe` is called only when the input is worth naming. */
function record(phase: string, outcome: Outcome, length: number, describe: () => string): void {
  stats.inputs++;
  stats.totalChars += length;
  const ratio = outcome.ms / (budgetMs(length) * outcome.slowdown);
  if (ratio > stats.worstRatio.ratio) stats.worstRatio = { ratio, ms: outcome.ms, length, what: describe() };
  if (length >= PER_MIB_MIN_LENGTH) {
    const msPerMib = outcome.ms / (length / MIB);
    if (msPerMib > stats.worstPerMib.msPerMib)
      stats.worstPerMib = { msPerMib, ms: outcome.ms, length, what: describe() };
  }
  if (outcome.problems.length) {
    failures.push({ phase, what: describe(), detail: outcome.problems.slice(0, 3).join('; ') });
  }
  if (ratio > TOLERANCE) {
    failures.push({
      phase,
      what: describe(),
      detail: `took ${fmtMs(outcome.ms)} for ${fmtSize(length)}: ${ratio.toFixed(1)}× the budget of ${fmtMs(budgetMs(length))} stretched ×${outcome.slowdown.toFixed(1)} by the load (allowed ×${TOLERANCE})`,
    });
  }
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const fmtSize = (length: number) =>
  length >= MIB
    ? `${(length / MIB).toFixed(2)} MiB`
    : length >= KIB
      ? `${(length / KIB).toFixed(1)} KiB`
      : `${length} code units`;
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------
// Calibration: what ordinary input costs on this machine
// ---------------------------------------------------------------------------

function calibrate(): void {
  // Many quick runs: a collection before each would cost more than the runs.
  const best = (input: FuzzCase, times: number) => fastest(input, times, false);
  const prose = PATHOLOGICAL_FAMILIES.find((family) => family.name === 'prose words')!;
  const withIds = PATHOLOGICAL_FAMILIES.find((family) => family.name === '10 MiB prose with ids')!;
  const empty = best({ click: {}, options: { now: EXAMPLES_NOW } }, 200);
  const small = best(
    { click: { selectionText: 'see arXiv:2410.12345v2 and https://openreview.net/forum?id=NGB6YNnO5o' } },
    200,
  );
  const proseText = prose.build(Math.ceil(MIB / 26));
  const proseMs = best({ click: { selectionText: proseText }, options: { now: EXAMPLES_NOW } }, 5);
  const idsText = withIds.build(1000);
  const idsMs = best({ click: { selectionText: idsText }, options: { now: EXAMPLES_NOW } }, 5);
  console.log('calibration (fastest of several runs):');
  console.log(`  empty click ${fmtMs(empty)}, a short selection with two ids ${fmtMs(small)}`);
  console.log(
    `  ${fmtSize(proseText.length)} of prose without ids: ${fmtMs(proseMs)} (${(proseMs / (proseText.length / MIB)).toFixed(1)} ms/MiB)`,
  );
  console.log(
    `  ${fmtSize(idsText.length)} of prose with ${1000} arXiv ids: ${fmtMs(idsMs)} (${(idsMs / (idsText.length / MIB)).toFixed(1)} ms/MiB)`,
  );
  console.log(
    `  the control (tests/support/slowdown.ts) runs ${slowdownNow().toFixed(1)}× slower than quiet now; an input over its budget is judged against the budget stretched by that, timed beside it`,
  );
  console.log(
    `  budget per input: ${TOLERANCE} × (${OVERHEAD_MS} ms + ${MS_PER_MIB} ms/MiB), e.g. ${fmtMs(TOLERANCE * budgetMs(0))} for a tiny input, ` +
      `${fmtMs(TOLERANCE * budgetMs(MIB))} for 1 MiB, ${fmtMs(TOLERANCE * budgetMs(10 * MIB))} for 10 MiB`,
  );
}

// ---------------------------------------------------------------------------
// Phase 1: generated inputs
// ---------------------------------------------------------------------------

function generatedPhase(): void {
  const started = performance.now();
  const arbitrary = fuzzCaseArbitrary();
  console.log(`\n[1/3] ${runs} generated clicks, seed ${seed}${args.path ? `, path ${args.path}` : ''}`);

  const throwingProperty = fc.property(arbitrary, (input) => {
    const { problems } = runOnce(input);
    if (problems.length) throw new Error(problems.join('; '));
  });

  if (args.path) {
    // Replay the one counterexample fast-check printed.
    const details = fc.check(throwingProperty, { seed, path: args.path, numRuns: runs || 1 });
    if (details.failed) {
      console.log(fc.defaultReportMessage(details));
      failures.push({
        phase: 'replay',
        what: `seed ${seed}, path ${args.path}`,
        detail: String(details.errorInstance),
      });
    } else console.log('  the replayed input passes now');
    return;
  }

  // One pass that never stops: every input is run and judged, failures are collected.
  let index = 0;
  let firstFailingIndex = -1;
  const before = failures.length;
  fc.check(
    fc.property(arbitrary, (input) => {
      const length = clickLength(input.click);
      const outcome = measure(input, length);
      const failed = failures.length;
      record('generated', outcome, length, () => `run #${index}: ${describeCase(input, 400)}`);
      if (firstFailingIndex < 0 && outcome.problems.length && failures.length > failed) firstFailingIndex = index;
      index++;
      if (index % 20000 === 0) console.log(`  ${index} inputs, ${elapsed(started)}`);
    }),
    { seed, numRuns: runs },
  );
  const found = failures.length - before;
  console.log(`  ${index} inputs in ${elapsed(started)}, ${found} failure(s)`);

  if (firstFailingIndex >= 0) {
    // Same seed, same inputs: stop at the first wrong answer and let fast-check shrink it.
    const details = fc.check(throwingProperty, { seed, numRuns: firstFailingIndex + 1 });
    if (details.failed) {
      console.log('  shrunk counterexample of the first wrong answer:');
      console.log(indent(fc.defaultReportMessage(details) ?? '', 4));
      console.log(
        `  replay it with: npm run fuzz -- --seed=${seed} --path=${details.counterexamplePath} --skip=corpus,doubling`,
      );
    }
  }
}

const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((line) => ' '.repeat(by) + line)
    .join('\n');

// ---------------------------------------------------------------------------
// Phase 2: the corpus
// ---------------------------------------------------------------------------

function corpusPhase(): void {
  const started = performance.now();
  const entries = corpusEntries();
  console.log(`\n[2/3] corpus: ${entries.length} entries`);
  const slowest: Array<{ name: string; ms: number; length: number; ratio: number }> = [];
  for (const entry of entries) {
    const input: FuzzCase = entry.build();
    const length = clickLength(input.click);
    if (length >= MIB) gc(); // don't let the last big input's garbage land in this one's time
    const outcome = measure(input, length);
    record('corpus', outcome, length, () => `${entry.name}: ${describeCase(input, 300)}`);
    slowest.push({
      name: entry.name,
      ms: outcome.ms,
      length,
      ratio: outcome.ms / (budgetMs(length) * outcome.slowdown),
    });
  }
  slowest.sort((a, b) => b.ratio - a.ratio);
  console.log(`  done in ${elapsed(started)}; the ten closest to their budget:`);
  for (const { name, ms, length, ratio } of slowest.slice(0, 10)) {
    console.log(
      `    ${ratio.toFixed(2).padStart(6)}× budget  ${fmtMs(ms).padStart(9)}  ${fmtSize(length).padStart(11)}  ${name}`,
    );
  }
}

// ---------------------------------------------------------------------------
// Phase 3: doubling
// ---------------------------------------------------------------------------

/** Fastest of `times` runs, each after a GC. */
/** The fastest of `times` runs, each after a garbage collection unless `collectFirst` is false. */
function fastest(input: FuzzCase, times: number, collectFirst = true): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    if (collectFirst) gc();
    min = Math.min(min, runOnce(input).ms);
  }
  return min;
}

/** The fastest of `times` runs, each after a garbage collection, divided by the control's slowdown timed just before it. */
function fastestAsIfQuiet(input: FuzzCase, times: number): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    gc();
    const slowdown = slowdownNow();
    min = Math.min(min, runOnce(input).ms / slowdown);
  }
  return min;
}

const MIN_MEASURABLE_MS = 5;
const MAX_DOUBLING_LENGTH = 16 * MIB;
/** A size whose run takes longer than this is not grown further (the growth is already clear). */
const SLOW_STOP_MS = 20_000;

function doublingPhase(): void {
  const started = performance.now();
  const families = PATHOLOGICAL_FAMILIES.filter((family) => family.doubling !== false);
  // The selection is enough: it goes through everything a link or page address does (the scanner)
  // and more (the search words).
  console.log(
    `\n[3/3] doubling test: ${families.length} families in the selection, t(n) t(2n) t(4n), each the fastest of 2-3 runs, as if quiet (divided by the control's slowdown timed beside each run)`,
  );
  for (const family of families) doubleOne(family);
  console.log(`  done in ${elapsed(started)}; the five fastest-growing:`);
  growthRows.sort((a, b) => b.growth - a.growth);
  for (const { growth, line } of growthRows.slice(0, 5)) console.log(`    ${growth.toFixed(2).padStart(6)}  ${line}`);
}

const growthRows: Array<{ growth: number; line: string }> = [];

function doubleOne(family: PathologicalFamily): void {
  const make = (n: number): FuzzCase => ({ click: { selectionText: family.build(n) }, options: { now: EXAMPLES_NOW } });
  let n = family.doublingN ?? Math.max(1, Math.floor(family.n / 2));
  let base = make(n);
  let t1 = fastest(base, 3);
  // Too fast to measure growth reliably: start bigger, while 4n stays a sane size.
  while (t1 < MIN_MEASURABLE_MS && clickLength(base.click) * 8 <= MAX_DOUBLING_LENGTH) {
    n *= 2;
    base = make(n);
    t1 = fastest(base, 3);
  }
  const length1 = clickLength(base.click);
  // Slow runs are less noisy (relative to their time) than fast ones: fewer repeats.
  const repeats = (ms: number) => (ms < 200 ? 3 : 2);
  // Each size timed beside the control, as on a quiet machine: the load changes between sizes.
  if (t1 >= MIN_MEASURABLE_MS) t1 = fastestAsIfQuiet(base, 3);
  const t2 = t1 > SLOW_STOP_MS ? Infinity : fastestAsIfQuiet(make(2 * n), repeats(2 * t1));
  const t4 = t2 > SLOW_STOP_MS ? Infinity : fastestAsIfQuiet(make(4 * n), repeats(2 * t2));
  const growth = t4 / Math.max(t1, 0.05);
  stats.inputs += 3;
  const what = `${family.name} (n=${n}, ${fmtSize(length1)} → ${fmtSize(4 * length1)})`;
  const line = `${what}: ${fmtMs(t1)}, ${fmtMs(t2)}, ${fmtMs(t4)}`;
  growthRows.push({ growth, line });
  if (growth > stats.worstGrowth.growth) stats.worstGrowth = { growth, what: line };
  const detail = `t(4n)/t(n) = ${growth.toFixed(1)} (${fmtMs(t1)} → ${fmtMs(t2)} → ${fmtMs(t4)})`;
  if (t1 < MIN_MEASURABLE_MS) {
    // Still too fast at the size cap: the cache then outweighs our own growth (indexOf over a string
    // of 16 MiB, which no longer fits, takes 15 times as long as over 4 MiB), so the linear budget
    // judges the largest size instead.
    if (t4 > budgetMs(4 * length1) && t4 > budgetMs(4 * length1) * slowdownNow())
      failures.push({ phase: 'doubling', what, detail: `${detail}, over the linear budget at 4n` });
    return;
  }
  // A quadratic cost grows in both steps; a jump in the first step alone (a flatter string, a GC
  // that happened to land in t(n)'s runs) followed by a flat second step is not a growth.
  if (!(growth < MAX_GROWTH) && !(t4 / t2 < Math.sqrt(MAX_GROWTH))) {
    failures.push({ phase: 'doubling', what, detail: `${detail}, allowed < ${MAX_GROWTH}` });
  }
}

// ---------------------------------------------------------------------------

const startedAll = performance.now();
console.log(`fuzzing planRedirect on Node ${process.version}, seed ${seed}`);
calibrate();
if (!skip.has('generated')) generatedPhase();
if (!skip.has('corpus') && !args.path) corpusPhase();
if (!skip.has('doubling') && !args.path) doublingPhase();

console.log('\nsummary');
console.log(
  `  inputs run:            ${stats.inputs} (${fmtSize(stats.totalChars)} of text judged), in ${elapsed(startedAll)}`,
);
console.log(`  seed:                  ${seed}`);
console.log(
  `  worst time vs budget:  ${stats.worstRatio.ratio.toFixed(2)}× (${fmtMs(stats.worstRatio.ms)} for ${fmtSize(stats.worstRatio.length)}; allowed ×${TOLERANCE})`,
);
console.log(`                         ${stats.worstRatio.what.slice(0, 300)}`);
console.log(
  `  worst time per MiB:    ${stats.worstPerMib.msPerMib.toFixed(1)} ms/MiB (${fmtMs(stats.worstPerMib.ms)} for ${fmtSize(stats.worstPerMib.length)}; inputs ≥ ${fmtSize(PER_MIB_MIN_LENGTH)})`,
);
console.log(`                         ${stats.worstPerMib.what.slice(0, 300)}`);
console.log(`  worst growth t(4n)/t(n): ${stats.worstGrowth.growth.toFixed(2)} (allowed < ${MAX_GROWTH})`);
console.log(`                         ${stats.worstGrowth.what}`);
if (failures.length) {
  console.log(`\n${failures.length} FAILURE(S):`);
  const shown = new Map<string, number>();
  for (const failure of failures) {
    // Many generated inputs can hit one bug: show a few of each kind of problem.
    const kind = `${failure.phase}: ${failure.detail.replace(/\d+(\.\d+)?/g, '#').slice(0, 80)}`;
    const count = failure.phase === 'generated' ? (shown.get(kind) ?? 0) + 1 : 1;
    shown.set(failure.phase === 'generated' ? kind : `${kind} ${shown.size}`, count);
    if (count <= 3) console.log(`- [${failure.phase}] ${failure.detail}\n    input: ${failure.what.slice(0, 600)}`);
  }
  const hidden = failures.length - [...shown.values()].reduce((sum, count) => sum + Math.min(count, 3), 0);
  if (hidden > 0) console.log(`  (and ${hidden} more like those)`);
  process.exit(1);
}
console.log('\nOK: no throws, only papers.cool addresses, every input within its linear budget.');
