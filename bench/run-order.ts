/**
 * The order in which `bench/run.ts` runs the cases on one or more builds: each case's runs back to
 * back, and with two builds the first one first in every other pair, so neither build always gets the
 * warmer (or the busier) machine (D-026).
 */

/** One run: which case, on which build. */
export interface RunStep {
  readonly caseIndex: number;
  readonly buildIndex: number;
}

/** Every run of `cases` cases, `pairs` times on each of `builds` builds, in the order to run them. */
export function runOrder(cases: number, builds: number, pairs: number): RunStep[] {
  const steps: RunStep[] = [];
  for (let caseIndex = 0; caseIndex < cases; caseIndex++) {
    for (let pair = 0; pair < pairs; pair++) {
      const order = Array.from({ length: builds }, (_, b) => b);
      if ((caseIndex + pair) % 2 === 1) order.reverse();
      for (const buildIndex of order) steps.push({ caseIndex, buildIndex });
    }
  }
  return steps;
}
