/**
 * Mutant: `phoneBusy` is ignored. `canTake` (src/routing/routed-agent.ts) no longer looks at the phone
 * flag, so an agent on a call gets new chats and e-mails. The oracle must catch it (invariant 4).
 */
import { describe, expect, it, vi } from 'vitest';
import type { RoutedAgent } from '../../src/routing/routed-agent.js';
import { runMutantWorkload } from '../support/mutants/mutant-workload.js';

vi.mock('../../src/routing/routed-agent.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/routing/routed-agent.js')>();
  return {
    ...real,
    canTake: (agent: RoutedAgent, channelIndex: number): boolean =>
      agent.presence === 'available' &&
      (agent.used[channelIndex] as number) < (agent.capacity[channelIndex] as number) &&
      agent.usedTotal < agent.capacityTotalMax,
  };
});

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);

describe(`mutant: phone-busy ignored (seed ${SEED})`, () => {
  it('is caught by the oracle (invariant 4)', () => {
    const found = runMutantWorkload(SEED);
    expect(found.violations.length, `seed ${SEED}: no violation in ${found.steps} steps`).toBeGreaterThan(0);
    expect(found.violations.join('\n')).toMatch(/on a phone call/);
  });
});
