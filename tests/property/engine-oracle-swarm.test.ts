/**
 * The oracle over a seeded swarm of everything the reference router leaves out (business hours,
 * limits, transfers, sessions, callbacks, membership changes; see tests/support/swarm): the engine
 * must keep every invariant at every step, and the restored and replayed runs must match (13, 14).
 */
import { describe, expect, it } from 'vitest';
import { runSwarm } from '../support/swarm/swarm-workload.js';

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);
const RUNS = Number(process.env.SWITCHBOARD_SWARM_RUNS ?? 8);
const SEEDS = Array.from({ length: RUNS }, (_, i) => SEED + i);

describe(`oracle swarm (seeds ${SEED}..${SEED + RUNS - 1})`, () => {
  it.each(SEEDS)('keeps every invariant with seed %i', (seed) => {
    const found = runSwarm(seed);
    expect(found.violations, `seed ${seed}, after ${found.steps} steps`).toEqual([]);
    expect(found.counts['offer.created'] ?? 0, 'the swarm made offers').toBeGreaterThan(5);
  });
});
