/**
 * DESIGN.md section 3, rule 2 (with D-003: higher priority first, and D-006): which waiting contact
 * an agent takes when it gains capacity. Contacts are queued while the agent is offline; the agent's
 * becoming available is the agent trigger whose choice is checked.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptContact,
  agent,
  arrive,
  available,
  contactOf,
  eventsOf,
  holderOf,
  ok,
  offeredContacts,
  queue,
  setup,
} from './fixtures.js';

describe('rule 2: work order within a queue', () => {
  it('offers the highest-priority waiting contact first, even when it arrived last', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    arrive(engine, { queueId: 'sales', priority: 1 });
    clock.advanceTo(10);
    const high = arrive(engine, { queueId: 'sales', priority: 5 });
    clock.advanceTo(20);
    available(engine, 'ann');
    expect(holderOf(engine, high)).toBe('ann');
  });

  it('treats a negative priority as lower than the default', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    arrive(engine, { queueId: 'sales', priority: -1 });
    clock.advanceTo(10);
    const normal = arrive(engine, { queueId: 'sales' });
    available(engine, 'ann');
    expect(holderOf(engine, normal)).toBe('ann');
  });

  it('serves equal priorities by earliest enqueue time', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const first = arrive(engine, { queueId: 'sales', contactId: 'zz-first' });
    clock.advanceTo(10);
    arrive(engine, { queueId: 'sales', contactId: 'aa-second' });
    available(engine, 'ann');
    expect(holderOf(engine, first)).toBe('ann');
  });

  it('breaks an enqueue-time tie by creation order, not by contact id', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const first = arrive(engine, { queueId: 'sales', contactId: 'zz' });
    arrive(engine, { queueId: 'sales', contactId: 'aa' });
    available(engine, 'ann');
    expect(holderOf(engine, first)).toBe('ann');
  });

  it('serves a whole backlog in (priority, enqueue time, creation) order as capacity frees', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const ids: Record<string, string> = {};
    const arrivals: [string, number, number][] = [
      ['p1-t0', 1, 0],
      ['p3-t10', 3, 10],
      ['p1-t20', 1, 20],
      ['p3-t30', 3, 30],
      ['p2-t40a', 2, 40],
      ['p2-t40b', 2, 40],
    ];
    for (const [name, priority, at] of arrivals) {
      clock.advanceTo(at);
      ids[name] = arrive(engine, { queueId: 'sales', priority, contactId: name });
    }
    clock.advanceTo(100);
    available(engine, 'ann');
    for (let i = 0; i < arrivals.length; i++) {
      const offered = engine.agent('ann')?.pendingOfferIds[0] as string;
      const contactId = eventsOf(engine, 'offer.created').find((e) => e.offerId === offered)?.contactId as string;
      acceptContact(engine, contactId);
      ok(engine.contacts.complete(contactId));
    }
    expect(offeredContacts(engine)).toEqual(['p3-t10', 'p3-t30', 'p2-t40a', 'p2-t40b', 'p1-t0', 'p1-t20']);
  });

  it("keeps a returned contact's first enqueue time, ahead of later arrivals", () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const early = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(1_000);
    const later = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(2_000);
    ok(engine.agents.setStatus('ann', 'break')); // withdraws the offer of `early`
    expect(contactOf(engine, early)).toMatchObject({ status: 'queued', enqueuedAt: 0 });
    available(engine, 'ann');
    expect(holderOf(engine, early)).toBe('ann');
    expect(holderOf(engine, later)).toBeNull();
  });
});

describe("rule 2: work order across an agent's queues", () => {
  it('serves the queue of higher membership priority first', () => {
    const { engine, clock } = setup({
      queues: [queue('alpha'), queue('beta', { priority: 10 })],
      agents: [agent('ann', [{ queueId: 'alpha', priority: 1 }, { queueId: 'beta', priority: 0 }])],
    });
    arrive(engine, { queueId: 'beta', priority: 9 });
    clock.advanceTo(10);
    const wanted = arrive(engine, { queueId: 'alpha', priority: 0 });
    available(engine, 'ann');
    expect(holderOf(engine, wanted)).toBe('ann');
  });

  it('serves the higher-priority queue first when membership priorities tie', () => {
    const { engine, clock } = setup({
      queues: [queue('alpha'), queue('beta', { priority: 5 })],
      agents: [agent('ann', ['alpha', 'beta'])],
    });
    arrive(engine, { queueId: 'alpha', priority: 9 });
    clock.advanceTo(10);
    const wanted = arrive(engine, { queueId: 'beta', priority: 0 });
    available(engine, 'ann');
    expect(holderOf(engine, wanted)).toBe('ann');
  });

  it('serves the higher-priority contact first when membership and queue priorities tie', () => {
    const { engine, clock } = setup({
      queues: [queue('alpha'), queue('beta')],
      agents: [agent('ann', ['alpha', 'beta'])],
    });
    arrive(engine, { queueId: 'alpha', priority: 1 });
    clock.advanceTo(10);
    const wanted = arrive(engine, { queueId: 'beta', priority: 3 });
    available(engine, 'ann');
    expect(holderOf(engine, wanted)).toBe('ann');
  });

  it('serves the longest-waiting contact first when every priority ties', () => {
    const { engine, clock } = setup({
      queues: [queue('alpha'), queue('beta')],
      agents: [agent('ann', ['alpha', 'beta'])],
    });
    const wanted = arrive(engine, { queueId: 'beta' });
    clock.advanceTo(10);
    arrive(engine, { queueId: 'alpha' });
    available(engine, 'ann');
    expect(holderOf(engine, wanted)).toBe('ann');
  });

  it('takes work from a lower membership tier when the higher tiers have nothing it may take', () => {
    const { engine, clock } = setup({
      skills: ['fr'],
      queues: [queue('alpha'), queue('beta')],
      agents: [agent('ann', [{ queueId: 'alpha', priority: 1 }, { queueId: 'beta', priority: 0 }])],
    });
    const unfit = arrive(engine, { queueId: 'alpha', skills: { fr: 1 } });
    clock.advanceTo(10);
    const wanted = arrive(engine, { queueId: 'beta' });
    available(engine, 'ann');
    expect(holderOf(engine, wanted)).toBe('ann');
    expect(holderOf(engine, unfit)).toBeNull();
  });

  it('orders a freed agent across queues by the same rule after each completion', () => {
    const { engine, clock } = setup({
      queues: [queue('alpha'), queue('beta', { priority: 1 }), queue('gamma')],
      agents: [agent('ann', [{ queueId: 'gamma', priority: 2 }, 'alpha', 'beta'])],
    });
    arrive(engine, { queueId: 'alpha', contactId: 'alpha-p5', priority: 5 });
    clock.advanceTo(10);
    arrive(engine, { queueId: 'beta', contactId: 'beta-p0' });
    clock.advanceTo(20);
    arrive(engine, { queueId: 'gamma', contactId: 'gamma-p0' });
    clock.advanceTo(30);
    arrive(engine, { queueId: 'alpha', contactId: 'alpha-p0' });
    available(engine, 'ann');
    for (let i = 0; i < 4; i++) {
      const offerId = engine.agent('ann')?.pendingOfferIds[0] as string;
      const contactId = eventsOf(engine, 'offer.created').find((e) => e.offerId === offerId)?.contactId as string;
      acceptContact(engine, contactId);
      ok(engine.contacts.complete(contactId));
    }
    expect(offeredContacts(engine)).toEqual(['gamma-p0', 'beta-p0', 'alpha-p5', 'alpha-p0']);
  });
});
