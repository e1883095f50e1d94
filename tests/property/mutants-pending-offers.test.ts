/**
 * Mutant: pending offers are not counted toward the cap. `canTake` (src/routing/routed-agent.ts)
 * subtracts the agent's pending offers from what it holds, so an agent with an unanswered offer looks
 * free. The oracle must catch it (invariant 3) within the seeded mutant workload.
 */
import { describe, expect, it, vi } from 'vitest';
import type { RoutedAgent } from '../../src/routing/routed-agent.js';
import { runMutantWorkload } from '../support/mutants/mutant-workload.js';

vi.mock('../../src/routing/routed-agent.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/routing/routed-agent.js')>();
  type WithOffers = RoutedAgent & { pendingOffers?: { contact: { channelIndex: number } }[] };
  return {
    ...real,
    canTake: (agent: WithOffers, channelIndex: number, phoneBlocks: readonly boolean[]): boolean => {
      const pending = agent.pendingOffers ?? [];
      const onChannel = pending.filter((o) => o.contact.channelIndex === channelIndex).length;
      return (
        agent.presence === 'available' &&
        !(agent.phoneBusy && phoneBlocks[channelIndex] === true) &&
        (agent.used[channelIndex] as number) - onChannel < (agent.capacity[channelIndex] as number) &&
        agent.usedTotal - pending.length < agent.capacityTotalMax
      );
    },
  };
});

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);

describe(`mutant: pending offers not counted toward the cap (seed ${SEED})`, () => {
  it('is caught by the oracle (invariant 3)', () => {
    const found = runMutantWorkload(SEED);
    expect(found.violations.length, `seed ${SEED}: no violation in ${found.steps} steps`).toBeGreaterThan(0);
    expect(found.violations.join('\n')).toMatch(/invariant 3/);
  });
});
