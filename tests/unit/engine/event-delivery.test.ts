import { config as rxjsConfig } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type SwitchboardEvent, VirtualClock } from '../../../src/index.js';

function shop(onListenerError?: (error: unknown, event: SwitchboardEvent) => void) {
  const clock = new VirtualClock(0);
  const engine = createEngine({
    clock,
    onListenerError,
    config: {
      queues: [{ id: 'sales', channels: ['voice'], offerMode: 'auto-accept' }],
      agents: [
        { id: 'ann', capacity: { voice: 1 }, memberships: [{ queueId: 'sales' }] },
        { id: 'bob', capacity: { voice: 1 }, memberships: [{ queueId: 'sales' }] },
      ],
    },
  });
  engine.agents.setStatus('ann', 'available');
  engine.agents.setStatus('bob', 'available');
  return { clock, engine };
}

describe('event delivery', () => {
  afterEach(() => {
    rxjsConfig.onUnhandledError = null;
  });

  it('keeps routing when an events$ subscriber throws, and RxJS reports the error', () => {
    const reported: unknown[] = [];
    rxjsConfig.onUnhandledError = (error) => reported.push(error);
    const { engine } = shop();
    engine.events$.subscribe(() => {
      throw new Error('subscriber bug');
    });
    expect(engine.contacts.create({ queueId: 'sales', channel: 'voice' }).ok).toBe(true);
    expect(engine.contacts.create({ queueId: 'sales', channel: 'voice' }).ok).toBe(true);
    expect(engine.contact('c-1')!.status).toBe('active');
    expect(engine.contact('c-2')!.status).toBe('active');
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        expect(reported.length).toBeGreaterThan(0);
        resolve();
      }, 0);
    });
  });

  it('keeps routing when a listener throws and hands the error to onListenerError', () => {
    const errors: string[] = [];
    const { engine } = shop((error, event) => errors.push(`${(error as Error).message} at ${event.type}`));
    engine.listen((event) => {
      if (event.type === 'contact.assigned') throw new Error('listener bug');
    });
    engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    expect(errors).toEqual(['listener bug at contact.assigned', 'listener bug at contact.assigned']);
    expect(engine.agent('bob')!.usedTotal + engine.agent('ann')!.usedTotal).toBe(2);
  });

  it('publishes in seq order even when a listener dispatches while being told', () => {
    const { engine } = shop();
    const seen: number[] = [];
    engine.listen((event) => {
      seen.push(event.seq);
      if (event.type === 'contact.assigned' && event.contactId === 'c-1') engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    });
    engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    expect(seen.length).toBeGreaterThan(4);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(engine.contact('c-2')!.status).toBe('active');
  });

  it('runs timers with runUntil and runUntilIdle on the virtual clock', () => {
    const clock = new VirtualClock(0);
    const engine = createEngine({
      clock,
      config: { queues: [{ id: 'q', channels: ['voice'], offerTimeoutMs: 5_000 }], agents: [{ id: 'ann', memberships: [{ queueId: 'q' }] }] },
    });
    engine.agents.setStatus('ann', 'available');
    engine.contacts.create({ queueId: 'q', channel: 'voice' });
    clock.runUntil(4_999);
    expect(engine.events().some((e) => e.type === 'offer.expired')).toBe(false);
    clock.runUntil(5_000);
    expect(engine.events().filter((e) => e.type === 'offer.expired')).toHaveLength(1);
    const fired = clock.runUntilIdle();
    expect(fired).toBeGreaterThan(0);
    expect(clock.nextTimerAt()).toBeNull();
  });
});
