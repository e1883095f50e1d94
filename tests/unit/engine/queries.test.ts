import { describe, expect, it } from 'vitest';
import { createEngine, VirtualClock } from '../../../src/index.js';

function shop() {
  const clock = new VirtualClock(0);
  const engine = createEngine({
    clock,
    config: {
      queues: [{ id: 'sales', channels: ['chat', 'voice'], offerMode: 'auto-accept', ratingWindowMs: 60_000 }],
      agents: [{ id: 'ann', capacity: { voice: 1 }, memberships: [{ queueId: 'sales' }] }],
    },
  });
  return { clock, engine };
}

describe('engine queries for embedders', () => {
  it('gives a waiting contact its place in the work order, priority first', () => {
    const { engine } = shop();
    engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    engine.contacts.create({ queueId: 'sales', channel: 'chat' });
    engine.contacts.create({ queueId: 'sales', channel: 'voice', priority: 5 });
    expect(engine.queuePosition('c-3')).toMatchObject({ position: 1 });
    expect(engine.queuePosition('c-1')).toMatchObject({ position: 2 });
    expect(engine.queuePosition('c-2')).toMatchObject({ position: 3 });
    expect(engine.queuePosition('nobody')).toBeUndefined();
  });

  it('estimates the wait from the recent time between answers once two contacts were answered', () => {
    const { clock, engine } = shop();
    for (let i = 0; i < 4; i++) engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    expect(engine.queuePosition('c-4')).toEqual({ position: 4, estimatedWaitMs: null });
    engine.agents.setStatus('ann', 'available'); // c-1 answered at 0
    clock.advanceTo(10_000);
    engine.contacts.complete('c-1'); // c-2 answered at 10 s: one gap of 10 s
    expect(engine.queuePosition('c-4')).toEqual({ position: 2, estimatedWaitMs: 20_000 });
    clock.advanceTo(40_000);
    engine.contacts.complete('c-2'); // a 30 s gap: average 10 + 0.2 * (30 - 10) = 14 s
    expect(engine.queuePosition('c-4')).toEqual({ position: 1, estimatedWaitMs: 14_000 });
  });

  it('shows a pending offer and forgets it once answered', () => {
    const clock = new VirtualClock(0);
    const engine = createEngine({ clock, config: { queues: [{ id: 'q', channels: ['email'], offerTimeoutMs: 9_000 }], agents: [{ id: 'bo', memberships: [{ queueId: 'q' }] }] } });
    engine.agents.setStatus('bo', 'available');
    engine.contacts.create({ queueId: 'q', channel: 'email' });
    expect(engine.offer('o-1')).toEqual({
      id: 'o-1',
      contactId: 'c-1',
      agentId: 'bo',
      queueId: 'q',
      channel: 'email',
      createdAt: 0,
      expiresAt: 9_000,
      trigger: 'contact',
      fromAgentId: null,
    });
    engine.offers.accept('o-1');
    expect(engine.offer('o-1')).toBeUndefined();
  });

  it('keeps the last owner of a closed chat and ends the session with an event when the rating window passes', () => {
    const { clock, engine } = shop();
    engine.agents.setCapacity('ann', { chat: 1 });
    engine.agents.setStatus('ann', 'available');
    engine.contacts.create({ queueId: 'sales', channel: 'chat', customer: { email: ' Jo@Example.com' } });
    expect(engine.contact('c-1')!.email).toBe('jo@example.com');
    const sessionId = engine.contact('c-1')!.sessionId!;
    engine.sessions.close(sessionId, 'customer');
    expect(engine.session(sessionId)).toMatchObject({ status: 'closed', ownerId: null, lastOwnerId: 'ann' });
    clock.advanceTo(60_000);
    expect(engine.events().filter((e) => e.type === 'session.ended')).toEqual([
      { type: 'session.ended', seq: expect.any(Number), at: 60_000, sessionId, contactId: 'c-1', rated: false },
    ]);
    expect(engine.contactTranscript('c-1')).toEqual([]);
  });
});
