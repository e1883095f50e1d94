import { describe, expect, it } from 'vitest';
import { createEngine, createRealClock } from '../../../src/index.js';

describe('the real clock', () => {
  it('fires timers in due order and not cleared ones', async () => {
    const clock = createRealClock();
    const fired: string[] = [];
    const start = clock.now();
    clock.setTimer(start + 30, () => fired.push('second'));
    clock.setTimer(start + 5, () => fired.push('first'));
    const cleared = clock.setTimer(start + 10, () => fired.push('cleared'));
    clock.clearTimer(cleared);
    await new Promise((resolve) => clock.setTimer(start + 60, () => resolve(null)));
    expect(fired).toEqual(['first', 'second']);
  });

  it('drives an engine: an offer expires by itself on wall time', async () => {
    const engine = createEngine({
      config: { queues: [{ id: 'q', channels: ['chat'], offerTimeoutMs: 20 }], agents: [{ id: 'ann', memberships: [{ queueId: 'q' }] }] },
    });
    const expired = new Promise<string>((resolve) => engine.listen((e) => e.type === 'offer.expired' && resolve(e.offerId)));
    engine.agents.setStatus('ann', 'available');
    engine.contacts.create({ queueId: 'q', channel: 'chat' });
    expect(await expired).toBe('o-1');
    engine.stop();
  });
});
