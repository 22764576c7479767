/**
 * How much slower than when quiet this machine runs right now, for tests' time bounds: a fixed piece
 * of work (the control) timed in this process. CI is a 2-core machine that others keep busy, so a
 * wait is written as what it takes on a quiet machine and scaled by this (docs/facts.md, Tests on a
 * loaded machine).
 */

/** The control's time on the 2-core development machine when it had a core to itself (fastest of 120 runs). */
export const QUIET_CONTROL_MS = 17;
/** The load changes during a run: the control is timed again when its last timing is older than this. */
const TIMED_FOR_MS = 10_000;

function control(): number {
  let text = '';
  for (let i = 0; i < 200_000; i++) text += i.toString(36);
  return text.split('a').sort().length;
}

/** The median of three timings of the control, after one to warm it up. */
export function timeControl(): number {
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    control();
    times.push(performance.now() - start);
  }
  return times.slice(1).sort((a, b) => a - b)[1];
}

let timedAt = -Infinity;
let factor = 1;

/** How many times slower than quiet the machine is now; never less than 1, so a fast machine keeps the quiet bound. */
export function slowdown(): number {
  if (performance.now() - timedAt > TIMED_FOR_MS) {
    factor = Math.max(1, timeControl() / QUIET_CONTROL_MS);
    timedAt = performance.now();
  }
  return factor;
}

/** A time bound written as on a quiet machine (`quietMs`), stretched to how slow the machine is now. */
export const scaled = (quietMs: number): number => Math.round(quietMs * slowdown());
