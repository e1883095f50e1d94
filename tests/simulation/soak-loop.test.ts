import { describe, expect, it } from 'vitest';
import { runSoak } from './soak-loop.js';
import type { SwarmRun } from './swarm/swarm-run.js';

/** A seed's run that did `commands` commands and passed unless `ok` is false. */
const fakeRun = (seed: number, ok = true): SwarmRun =>
  ({ seed, ok, phase: ok ? 'done' : 'drain', violations: ok ? [] : ['queue q1 did not drain'], agents: 3, queues: 1, commands: 10, simulatedMs: 3_600_000, drainMs: 0, checks: 100, events: 20, faults: {}, trace: [] }) as unknown as SwarmRun;

/** Runs the loop on a clock that advances `stepMs` per reading, the seed runner failing at `failAt`. */
function soakWith(minutes: number, stepMs: number, failAt?: number) {
  let now = 1_000_000;
  const out: string[] = [];
  const err: string[] = [];
  const seeds: number[] = [];
  const code = runSoak({ firstSeed: 7, minutes, nowMs: () => (now += stepMs), runSeed: (s) => (seeds.push(s), fakeRun(s, s !== failAt)), out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, seeds };
}

describe('the soak loop (seeds from 7)', () => {
  it('stops at the first failing seed with exit code 1 and the command that replays it', () => {
    const r = soakWith(60, 1, 9);
    expect(r.code).toBe(1);
    expect(r.seeds).toEqual([7, 8, 9]);
    expect(r.err.at(-2)).toMatch(/^soak: FAILED at seed 9 after 3 seeds \(7\.\.9\) in [\d.]+ min: 30 commands applied/);
    expect(r.err.at(-1)).toBe('soak: replay with SWITCHBOARD_SEED=9 npx vitest run tests/simulation/swarm.test.ts');
    expect(r.out.some((l) => l.startsWith('soak: passed'))).toBe(false);
  });

  it('runs one seed when the time is up before the first', () => {
    const r = soakWith(0.0001, 60_000);
    expect(r.code).toBe(0);
    expect(r.seeds).toEqual([7]);
    expect(r.out.at(-1)).toMatch(/^soak: passed: 1 seeds \(7\.\.7\)/);
  });
});
