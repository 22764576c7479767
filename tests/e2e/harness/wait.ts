/**
 * Waiting in the E2E harness: a pause, and a poll with a deadline. Every bound is given as on a quiet
 * machine and stretched by `scaled` to how busy the machine is now (tests/support/slowdown.ts).
 */
import { scaled } from '../../support/slowdown';

export { scaled };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `cond` holds, checking every 50 ms; throws after `timeout` ms (scaled), naming `what`. */
export async function pollUntil(cond: () => boolean | Promise<boolean>, timeout: number, what: string): Promise<void> {
  const bound = scaled(timeout);
  const deadline = Date.now() + bound;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${bound} ms waiting for ${what}`);
    await sleep(50);
  }
}
