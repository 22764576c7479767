// A small, seeded slice of the fuzzing that `npm run fuzz` does in full (scripts/fuzz.ts): generated
// clicks and the corpus entries under 1 MiB go through planRedirect, which must never throw and must
// return only papers.cool addresses. No timing here: timing lives in the fuzz script.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { planRedirect } from '../../utils/plan-redirect';
import {
  clickLength,
  corpusEntries,
  describeCase,
  type FuzzCase,
  fuzzCaseArbitrary,
  MIB,
  planProblems,
} from '../fuzz/corpus';
import { scaled } from '../support/slowdown';

/** Fixed, so that a failure here is the same failure on every machine. */
const SEED = 20261123;
const RUNS = 3000;

function check({ click, options }: FuzzCase): string[] {
  let urls: unknown;
  try {
    urls = planRedirect(click, options).urls;
  } catch (error) {
    return [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
  return planProblems(urls);
}

describe('planRedirect under fuzzing (seeded slice; `npm run fuzz` runs 10^5 inputs with timing)', () => {
  it(
    `never throws and opens only papers.cool on ${RUNS} generated clicks (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(fuzzCaseArbitrary({ maxFloodLength: 4096, maxTokens: 30 }), (input) => {
          const problems = check(input);
          if (problems.length) throw new Error(`${problems.join('; ')}\ninput: ${describeCase(input)}`);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    scaled(60_000),
  );

  const small = corpusEntries().filter((entry) => entry.approxLength < MIB);
  it.each(small.map((entry) => [entry.name, entry] as const))('corpus: %s', (_, entry) => {
    const input = entry.build();
    if (clickLength(input.click) >= MIB) return; // the estimate was low; the fuzz script covers it
    const problems = check(input);
    // Described only on failure: folding a 1 MiB input into its short form takes a while.
    if (problems.length) expect(problems, describeCase(input)).toEqual([]);
  });
});
