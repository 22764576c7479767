/** What every part of `npm run bench` reports, and how it is printed. */
export interface BenchRow {
  name: string;
  oursMs: number;
  /** The least any extension pays for the same job, measured in the same run (NaN: none). */
  floorMs: number;
  /** v0.2.0 doing the same job (NaN when it had no such feature). */
  v020Ms: number;
  /** What the figures are in: `ms` unless said. */
  unit: string;
}

/** Produces rows; `npm run bench` runs its producers one after another. */
export type RowProducer = () => Promise<BenchRow[]>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

export function benchRow(name: string, oursMs: number, floorMs = NaN, v020Ms = NaN, unit = 'ms'): BenchRow {
  return { name, oursMs, floorMs, v020Ms, unit };
}

const shown = (value: number, digits = 1) => (Number.isNaN(value) ? 'n/a' : value.toFixed(digits));

export function printRows(rows: BenchRow[]): void {
  console.log('| measurement | unit | ours | floor | ours / floor | ours − floor | v0.2.0 |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    // A floor of 0 (a no-op script the profiler never caught) gives no ratio, only the difference.
    const ratio = row.floorMs > 0 ? row.oursMs / row.floorMs : NaN;
    console.log(
      `| ${row.name} | ${row.unit} | ${shown(row.oursMs)} | ${shown(row.floorMs)} | ` +
        `${Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(2)}×`} | ${shown(row.oursMs - row.floorMs)} | ${shown(row.v020Ms)} |`,
    );
  }
}
