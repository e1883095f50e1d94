/**
 * Mutant: overflow applied twice. `applyOverflow` (src/engine/queue-entry.ts), as the wait-limit timer
 * calls it, runs the queue's action a second time on the contact it just moved, as if the deadline
 * fired twice for one queue entry. The oracle must catch it (invariant 11).
 */
import { describe, expect, it, vi } from 'vitest';
import { runMutantWorkload } from '../support/mutants/mutant-workload.js';

vi.mock('../../src/engine/queue-entry.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/queue-entry.js')>();
  return {
    ...real,
    applyOverflow: (...args: Parameters<typeof real.applyOverflow>): void => {
      real.applyOverflow(...args);
      const [, contact, action] = args;
      if (action.action === 'queue' && contact.status === 'queued') real.applyOverflow(...args);
    },
  };
});

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);

describe(`mutant: overflow applied twice (seed ${SEED})`, () => {
  it('is caught by the oracle (invariant 11)', () => {
    const found = runMutantWorkload(SEED);
    expect(found.violations.length, `seed ${SEED}: no violation in ${found.steps} steps`).toBeGreaterThan(0);
    expect(found.violations.join('\n')).toMatch(/invariant 11/);
  });
});
