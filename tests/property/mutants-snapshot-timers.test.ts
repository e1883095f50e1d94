/**
 * Mutant: a snapshot without timers. `takeSnapshot` (src/engine/take-snapshot.ts) drops every
 * deadline, so after a restart offers never expire and wrap-ups never end. The oracle must catch it
 * (invariant 14: the restored engine departs from the original; invariant 9: offers outlive their timeout).
 */
import { describe, expect, it, vi } from 'vitest';
import { runMutantWorkload } from '../support/mutants/mutant-workload.js';

vi.mock('../../src/engine/take-snapshot.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/take-snapshot.js')>();
  return {
    ...real,
    takeSnapshot: (...args: Parameters<typeof real.takeSnapshot>) => ({ ...real.takeSnapshot(...args), deadlines: [] }),
  };
});

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);

describe(`mutant: snapshot without timers (seed ${SEED})`, () => {
  it('is caught by the oracle (invariants 9 and 14)', () => {
    const found = runMutantWorkload(SEED);
    expect(found.violations.length, `seed ${SEED}: no violation in ${found.steps} steps`).toBeGreaterThan(0);
    expect(found.violations.join('\n')).toMatch(/invariant (9|14)/);
  });
});
