/**
 * Control for the mutant tests: the unbroken engine passes the same seeded workload the mutants fail,
 * so a caught mutant is the mutant's fault, not the oracle's.
 */
import { describe, expect, it } from 'vitest';
import { runMutantWorkload } from '../support/mutants/mutant-workload.js';

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);
const SEEDS = [SEED, SEED + 1, SEED + 2];

describe(`mutant workload on the real engine (seeds ${SEEDS.join(', ')})`, () => {
  it.each(SEEDS)('finds no violation with seed %i', (seed) => {
    const found = runMutantWorkload(seed);
    expect(found.violations, `seed ${seed}, after ${found.steps} steps`).toEqual([]);
  });
});
