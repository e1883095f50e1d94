/**
 * Mutant: contact priority ignored. `compareWorkOrder` (src/routing/routed-contact.ts) orders waiting
 * contacts by enqueue time alone, so a freed agent takes an older low-priority contact before a newer
 * urgent one. The oracle must catch it (invariant 7).
 */
import { describe, expect, it, vi } from 'vitest';
import type { RoutedContact } from '../../src/routing/routed-contact.js';
import { runMutantWorkload } from '../support/mutants/mutant-workload.js';

vi.mock('../../src/routing/routed-contact.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/routing/routed-contact.js')>();
  return { ...real, compareWorkOrder: (a: RoutedContact, b: RoutedContact): number => a.enqueuedAt - b.enqueuedAt || a.seq - b.seq };
});

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);

describe(`mutant: priority ignored (seed ${SEED})`, () => {
  it('is caught by the oracle (invariant 7)', () => {
    const found = runMutantWorkload(SEED);
    expect(found.violations.length, `seed ${SEED}: no violation in ${found.steps} steps`).toBeGreaterThan(0);
    expect(found.violations.join('\n')).toMatch(/invariant 7/);
  });
});
