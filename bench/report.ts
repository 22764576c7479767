/** What every part of `npm run bench` reports, and how it is printed. */
export interface BenchRow {
  name: string;
  oursMs: number;
  /** NaN when v0.2.0 had no such feature. */
  baselineMs: number;
  /** baselineMs / oursMs: above 1 means we are faster. */
  ratio: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

export function benchRow(name: string, oursMs: number, baselineMs = NaN): BenchRow {
  return { name, oursMs, baselineMs, ratio: baselineMs / oursMs };
}

export function printRows(rows: BenchRow[]): void {
  console.log('| measurement | ours (ms) | v0.2.0 (ms) | ratio (v0.2.0 / ours) |');
  console.log('|---|---:|---:|---:|');
  const shown = (value: number, unit = '') => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}${unit}`);
  for (const row of rows) {
    console.log(`| ${row.name} | ${shown(row.oursMs)} | ${shown(row.baselineMs)} | ${shown(row.ratio, '×')} |`);
  }
}
