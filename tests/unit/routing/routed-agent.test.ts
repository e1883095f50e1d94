/**
 * `whyCannotTake` names the first reason `canTake` is false, for error messages.
 */
import { describe, expect, it } from 'vitest';
import { type RoutedAgent, whyCannotTake } from '../../../src/routing/routed-agent.js';

function agent(presence: RoutedAgent['presence'], phoneBusy: boolean, used: number, usedTotal = used): RoutedAgent {
  return { presence, phoneBusy, capacity: [2], capacityTotalMax: 3, used: [used], usedTotal } as unknown as RoutedAgent;
}

describe('whyCannotTake', () => {
  it('gives presence first, then a blocking phone call, then capacity', () => {
    const blocks = [true];
    expect(whyCannotTake(agent('break', true, 2), 'chat', 0, blocks)).toBe('is break');
    expect(whyCannotTake(agent('available', true, 2), 'chat', 0, blocks)).toBe('is on a phone call');
    expect(whyCannotTake(agent('available', true, 0), 'chat', 0, [false])).toBe('has no free chat capacity');
    expect(whyCannotTake(agent('available', false, 1, 3), 'email', 0, blocks)).toBe('has no free email capacity');
  });
});
