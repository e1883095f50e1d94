/**
 * `whyCannotTake` names the first reason `canTake` is false, for error messages.
 */
import { describe, expect, it } from 'vitest';
import { channelIndex } from '../../../src/domain/channel.js';
import { type RoutedAgent, whyCannotTake } from '../../../src/routing/routed-agent.js';

const CHAT = channelIndex('chat');
const EMAIL = channelIndex('email');

/** An agent whose chat and e-mail each take 2, 3 in all. */
function agent(presence: RoutedAgent['presence'], phoneBusy: boolean, used: number, usedTotal = used): RoutedAgent {
  return { presence, phoneBusy, capacity: [2, 0, 2], capacityTotalMax: 3, used: [used, 0, used], usedTotal } as unknown as RoutedAgent;
}

describe('whyCannotTake', () => {
  it('gives presence first, then a blocking phone call, then capacity', () => {
    const blocks = [true];
    expect(whyCannotTake(agent('break', true, 2), CHAT, blocks)).toBe('is break');
    expect(whyCannotTake(agent('available', true, 2), CHAT, blocks)).toBe('is on a phone call');
    expect(whyCannotTake(agent('available', true, 0), CHAT, [false])).toBe('has no free chat capacity');
    expect(whyCannotTake(agent('available', false, 1, 3), EMAIL, blocks)).toBe('has no free email capacity');
  });
});
