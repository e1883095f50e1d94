/**
 * The swarm (issue 7), after TigerBeetle's VOPR: each seed derives a whole run (2-40 agents, 1-6
 * queues with and without business hours, limits, overflow, relaxation, ageing, every strategy and
 * offer mode, the load, and the rate of every fault), drives it through faults with the oracle
 * checking every step, then stops the faults and requires every queue to drain (safety, then
 * liveness). A failure prints the seed, the last inputs and the one command that replays that run:
 *
 *   SWITCHBOARD_SEED=123 npx vitest run tests/simulation/swarm.test.ts
 *
 * `SWITCHBOARD_SWARM_RUNS=200` runs more seeds; `npm run soak -- --minutes 10` runs seeds for ten minutes.
 */
import { describe, expect, it } from 'vitest';
import { FAULT_KINDS } from './swarm/swarm-params.js';
import { formatFailure, replayCommand, runSwarmSeed, type SwarmRun } from './swarm/swarm-run.js';

const BASE_SEED = 20_260_700;
const REPLAY = process.env.SWITCHBOARD_SEED;
const RUNS = Number(process.env.SWITCHBOARD_SWARM_RUNS ?? 30);

function seeds(): number[] {
  if (REPLAY === undefined) return Array.from({ length: RUNS }, (_, i) => BASE_SEED + i);
  const seed = Number(REPLAY);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`SWITCHBOARD_SEED must be a non-negative integer (got ${JSON.stringify(REPLAY)})`);
  return [seed];
}

const SEEDS = seeds();
const runs: SwarmRun[] = [];

describe(`swarm with faults, then drain (seeds ${SEEDS[0]}..${SEEDS.at(-1)}; replay one with ${replayCommand(SEEDS[0]!)})`, () => {
  it.each(SEEDS)('seed %i keeps every invariant under faults, then drains every queue', (seed) => {
    const run = runSwarmSeed(seed);
    runs.push(run);
    if (!run.ok) expect.fail(formatFailure(run));
    expect(run.phase).toBe('done');
  });

  it.skipIf(REPLAY !== undefined || RUNS < 30)('injects every kind of fault and reaches every outcome across the seeds', () => {
    const faults = new Set(runs.flatMap((run) => Object.keys(run.faults)));
    expect([...FAULT_KINDS].filter((kind) => !faults.has(kind)), 'faults never injected').toEqual([]);
    expect(runs.filter((run) => run.agents >= 30).length, 'runs with 30+ agents').toBeGreaterThan(0);
    expect(runs.filter((run) => run.drainMs > 3_600_000).length, 'runs whose drain waited for business hours').toBeGreaterThan(0);
    expect(runs.reduce((sum, run) => sum + run.simulatedMs, 0) / 3_600_000, 'simulated hours').toBeGreaterThan(100);
  });
});
