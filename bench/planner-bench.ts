/**
 * The planner over the real documents (bench/real-documents.ts), in ms per MiB, with v0.2.0's reading
 * (docs/baseline-v020.md) beside it: alternating runs, medians, summed over the documents. v0.2.0 reads
 * one pattern and stops; the planner normalises and reads every source (docs/facts.md, Reading speed).
 */
import { planRedirect } from '../utils/plan-redirect';
import { EXAMPLES_NOW } from '../utils/sources/types';
import { baselineRedirect } from './baseline-v020';
import { REAL_DOCUMENTS } from './real-documents';
import { type BenchRow, benchRow, median } from './report';

const RUNS = 31;

function timeSideBySide(ours: () => unknown, v020: () => unknown): { ours: number; v020: number } {
  const oursMs: number[] = [];
  const v020Ms: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    v020();
    v020Ms.push(performance.now() - start);
    start = performance.now();
    ours();
    oursMs.push(performance.now() - start);
  }
  return { ours: median(oursMs), v020: median(v020Ms) };
}

export async function benchPlanner(): Promise<BenchRow[]> {
  const mib = REAL_DOCUMENTS.reduce((total, [, text]) => total + text.length, 0) / (1 << 20);
  let ours = 0;
  let v020 = 0;
  for (const [, selectionText] of REAL_DOCUMENTS) {
    const times = timeSideBySide(
      () => planRedirect({ selectionText }, { now: EXAMPLES_NOW }),
      () => baselineRedirect({ selectionText }),
    );
    ours += times.ours;
    v020 += times.v020;
  }
  return [
    benchRow(
      `planner, ${REAL_DOCUMENTS.length} real documents (${mib.toFixed(1)} MiB)`,
      ours / mib,
      NaN,
      v020 / mib,
      'ms/MiB',
    ),
  ];
}
