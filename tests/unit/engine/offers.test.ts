/**
 * DESIGN.md section 3, rule 4, and the offer words of section 1: an offer waits `offerTimeoutMs` for
 * an accept; a reject or an expiry re-offers the contact to the next eligible agent, never to the same
 * agent within `reofferCooldownMs`; `missedOffersMax` misses in a row make the agent `not_responding`;
 * `auto-accept` queues assign at once.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptContact,
  agent,
  agentOf,
  arrive,
  available,
  contactOf,
  eventsOf,
  holderOf,
  nextSeq,
  offerOf,
  offeredAgents,
  ok,
  queue,
  rejected,
  setup,
  statusOf,
  typesSince,
} from './fixtures.js';

describe('rule 4: offers and their timeout', () => {
  it('reserves the contact for the agent until it accepts, then assigns it', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    const offerId = offerOf(engine, c1);
    expect(eventsOf(engine, 'offer.created')).toMatchObject([{ offerId, contactId: c1, agentId: 'ann', expiresAt: 10_000 }]);
    clock.advanceTo(4_000);
    const from = nextSeq(engine);
    ok(engine.offers.accept(offerId));
    expect(typesSince(engine, from)).toEqual(['offer.accepted', 'contact.assigned']);
    expect(contactOf(engine, c1)).toMatchObject({ status: 'active', agentId: 'ann' });
    expect(eventsOf(engine, 'contact.assigned')[0]).toMatchObject({ offerId, waitMs: 4_000, trigger: 'contact' });
    expect(agentOf(engine, 'ann')).toMatchObject({ usedTotal: 1, pendingOfferIds: [] });
  });

  it('shows no pending offer on a contact once its offer is accepted', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    ok(engine.offers.accept(offerOf(engine, c1)));
    expect(contactOf(engine, c1)).toMatchObject({ status: 'active', offerId: null });
  });

  it('expires an unanswered offer exactly at offerTimeoutMs and puts the contact back in the queue', () => {
    const { engine, clock } = setup({ queues: [queue('sales', { offerTimeoutMs: 8_000 })], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(7_999);
    expect(statusOf(engine, c1)).toBe('offered');
    clock.advanceTo(8_000);
    expect(eventsOf(engine, 'offer.expired')).toMatchObject([{ contactId: c1, agentId: 'ann', missedInRow: 1, at: 8_000 }]);
    expect(statusOf(engine, c1)).toBe('queued');
    expect(agentOf(engine, 'ann').usedTotal).toBe(0);
  });

  it('re-offers an expired contact to the next eligible agent at once', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'ann', 'bob');
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c1)).toBe('ann');
    clock.advanceTo(10_000);
    expect(holderOf(engine, c1)).toBe('bob');
    expect(eventsOf(engine, 'offer.created')[1]).toMatchObject({ contactId: c1, agentId: 'bob', at: 10_000 });
  });

  it('re-offers a rejected contact to the next eligible agent in the same step', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'ann', 'bob');
    const c1 = arrive(engine, { queueId: 'sales' });
    const from = nextSeq(engine);
    ok(engine.offers.reject(offerOf(engine, c1)));
    expect(typesSince(engine, from)).toEqual(['offer.rejected', 'offer.created']);
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it('gives the rejecting agent other waiting work while the rejected contact is in cooldown', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales', priority: 5 });
    const c2 = arrive(engine, { queueId: 'sales' });
    ok(engine.offers.reject(offerOf(engine, c1)));
    expect(holderOf(engine, c2)).toBe('ann');
    expect(statusOf(engine, c1)).toBe('queued');
  });
});

describe('rule 4: re-offer cooldown', () => {
  it('does not re-offer a rejected contact to the same agent within reofferCooldownMs, and does after it', () => {
    const { engine, clock } = setup({ queues: [queue('sales', { reofferCooldownMs: 30_000 })], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(1_000);
    ok(engine.offers.reject(offerOf(engine, c1)));
    clock.advanceTo(30_999);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(31_000);
    expect(holderOf(engine, c1)).toBe('ann');
    expect(eventsOf(engine, 'offer.created')[1]).toMatchObject({ contactId: c1, agentId: 'ann', at: 31_000 });
  });

  it('does not re-offer an expired contact to the agent who missed it within reofferCooldownMs', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { offerTimeoutMs: 5_000, reofferCooldownMs: 20_000 })],
      agents: [agent('ann', ['sales'])],
    });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(5_000);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(24_999);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(25_000);
    expect(holderOf(engine, c1)).toBe('ann');
  });

  it('keeps the cooldown when the agent gains capacity during it', () => {
    const { engine, clock } = setup({ queues: [queue('sales', { reofferCooldownMs: 30_000 })], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    ok(engine.offers.reject(offerOf(engine, c1)));
    clock.advanceTo(1_000);
    ok(engine.agents.setStatus('ann', 'break'));
    available(engine, 'ann');
    ok(engine.agents.setCapacity('ann', { chat: 3 }));
    expect(statusOf(engine, c1)).toBe('queued');
  });

  it('re-offers to the same agent at once when reofferCooldownMs is 0', () => {
    const { engine } = setup({ queues: [queue('sales', { reofferCooldownMs: 0 })], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    ok(engine.offers.reject(offerOf(engine, c1)));
    expect(holderOf(engine, c1)).toBe('ann');
    expect(offeredAgents(engine)).toEqual(['ann', 'ann']);
  });

  // Engine bug (rule 4 and work conservation): a `cooldown.end` deadline is judged stale by its
  // contact's *current* status. `scheduleWake` calls `dropStaleDeadlines` (src/engine/timers.ts), which
  // pops the deadline as soon as it reaches the top of the heap while the contact is offered to
  // someone else, long before it is due. When the contact comes back to the queue (withdrawal, reject,
  // expiry) before that time, nothing re-raises it when the cooldown ends: here ann is idle and
  // eligible from 5000 on, and the contact still waits at 100000.
  it('re-offers a contact when the cooldown ends even if it was offered elsewhere meanwhile', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { offerTimeoutMs: 60_000, reofferCooldownMs: 5_000 })],
      agents: [agent('ann', ['sales']), agent('bob', ['sales'])],
    });
    available(engine, 'ann', 'bob');
    const c1 = arrive(engine, { queueId: 'sales' });
    ok(engine.offers.reject(offerOf(engine, c1))); // ann declines at 0; bob is offered it
    expect(holderOf(engine, c1)).toBe('bob');
    clock.advanceTo(1_000);
    ok(engine.agents.setStatus('bob', 'break')); // withdrawn: c1 waits, ann in cooldown until 5000
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(5_000);
    expect(holderOf(engine, c1)).toBe('ann');
  });

  // The same bug with two decliners: bob's cooldown ends at 35000, but the contact waits until 64000.
  it('re-offers to each agent as soon as its own cooldown ends, after several agents declined', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { reofferCooldownMs: 30_000 })],
      agents: [agent('ann', ['sales']), agent('bob', ['sales'])],
    });
    available(engine, 'ann', 'bob');
    const c1 = arrive(engine, { queueId: 'sales' });
    ok(engine.offers.reject(offerOf(engine, c1))); // ann, at 0
    clock.advanceTo(5_000);
    ok(engine.offers.reject(offerOf(engine, c1))); // bob, at 5000
    clock.advanceTo(29_999);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(30_000);
    expect(holderOf(engine, c1)).toBe('ann');
    clock.advanceTo(34_000);
    ok(engine.offers.reject(offerOf(engine, c1))); // ann again; bob is still in cooldown until 35000
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(35_000);
    expect(holderOf(engine, c1)).toBe('bob');
  });
});

describe('rule 4: missed offers', () => {
  const misses = (missedOffersMax: number) =>
    setup({
      queues: [queue('sales', { offerTimeoutMs: 1_000, reofferCooldownMs: 0 })],
      agents: [agent('ann', ['sales'])],
      routing: { missedOffersMax },
    });

  it('sets an agent not_responding after missedOffersMax misses in a row', () => {
    const { engine, clock } = misses(3);
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(2_000);
    expect(agentOf(engine, 'ann').presence).toBe('available');
    clock.advanceTo(3_000);
    expect(eventsOf(engine, 'offer.expired').map((e) => e.missedInRow)).toEqual([1, 2, 3]);
    expect(eventsOf(engine, 'agent.status.changed').at(-1)).toMatchObject({
      agentId: 'ann',
      from: 'available',
      to: 'not_responding',
      reason: 'missed_offers',
      at: 3_000,
    });
    expect(statusOf(engine, c1)).toBe('queued');
  });

  it('gives a not_responding agent nothing until it is set available again', () => {
    const { engine, clock } = misses(1);
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(1_000);
    expect(agentOf(engine, 'ann').presence).toBe('not_responding');
    const c2 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(50_000);
    expect([statusOf(engine, c1), statusOf(engine, c2)]).toEqual(['queued', 'queued']);
    available(engine, 'ann');
    expect(holderOf(engine, c1)).toBe('ann');
  });

  it('resets the count of misses when the agent accepts an offer', () => {
    const { engine, clock } = misses(3);
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(2_000); // two misses
    acceptContact(engine, c1);
    ok(engine.contacts.complete(c1));
    arrive(engine, { queueId: 'sales' });
    clock.advanceTo(4_000); // two more misses
    expect(agentOf(engine, 'ann').presence).toBe('available');
    expect(eventsOf(engine, 'offer.expired').map((e) => e.missedInRow)).toEqual([1, 2, 1, 2]);
  });

  it('resets the count of misses when the agent rejects an offer', () => {
    const { engine, clock } = misses(3);
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(2_000); // two misses
    ok(engine.offers.reject(offerOf(engine, c1))); // re-offered at once (cooldown 0)
    clock.advanceTo(4_000); // two more misses
    expect(agentOf(engine, 'ann').presence).toBe('available');
    expect(eventsOf(engine, 'offer.expired').map((e) => e.missedInRow)).toEqual([1, 2, 1, 2]);
  });

  it('resets the count of misses when the agent is set available again', () => {
    const { engine, clock } = misses(2);
    available(engine, 'ann');
    arrive(engine, { queueId: 'sales' });
    clock.advanceTo(1_000); // one miss
    ok(engine.agents.setStatus('ann', 'break'));
    available(engine, 'ann');
    clock.advanceTo(2_000); // one more miss: a fresh count
    expect(agentOf(engine, 'ann').presence).toBe('available');
    expect(eventsOf(engine, 'offer.expired').map((e) => e.missedInRow)).toEqual([1, 1]);
  });
});

describe('rule 4: answering an offer', () => {
  it.each([
    ['accepted', (e: ReturnType<typeof setup>['engine'], o: string) => ok(e.offers.accept(o))],
    ['rejected', (e: ReturnType<typeof setup>['engine'], o: string) => ok(e.offers.reject(o))],
  ] as const)('refuses to accept or reject an offer already %s, with offer_not_pending', (_, answer) => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    const offerId = offerOf(engine, c1);
    answer(engine, offerId);
    rejected(engine.offers.accept(offerId), 'offer_not_pending');
    rejected(engine.offers.reject(offerId), 'offer_not_pending');
  });

  it('refuses to accept an expired offer, with offer_not_pending', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    const offerId = offerOf(engine, c1);
    clock.advanceTo(10_000);
    const error = rejected(engine.offers.accept(offerId), 'offer_not_pending');
    expect(error.message).toContain(offerId);
    expect(statusOf(engine, c1)).toBe('queued');
  });

  it('refuses an offer id the engine never made, with unknown_offer', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    rejected(engine.offers.accept('o-99'), 'unknown_offer');
  });

  it('refuses an accept or reject in the name of another agent, with not_offer_owner', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    const offerId = offerOf(engine, c1);
    rejected(engine.offers.accept(offerId, 'bob'), 'not_offer_owner');
    rejected(engine.offers.reject(offerId, 'bob'), 'not_offer_owner');
    expect(statusOf(engine, c1)).toBe('offered');
    ok(engine.offers.accept(offerId, 'ann'));
    expect(statusOf(engine, c1)).toBe('active');
  });

  it('refuses to complete a contact in the name of an agent who does not hold it', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, c1);
    rejected(engine.contacts.complete(c1, 'bob'), 'not_offer_owner');
    ok(engine.contacts.complete(c1, 'ann'));
  });

  it('withdraws the offer of a contact whose customer leaves, and frees the agent', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    const c2 = arrive(engine, { queueId: 'sales' });
    const offerId = offerOf(engine, c1);
    ok(engine.contacts.abandon(c1));
    expect(eventsOf(engine, 'offer.withdrawn')).toMatchObject([{ offerId, reason: 'contact_ended' }]);
    expect(statusOf(engine, c1)).toBe('ended');
    expect(holderOf(engine, c2)).toBe('ann');
    rejected(engine.offers.accept(offerId), 'offer_not_pending');
  });
});

describe('rule 4: auto-accept', () => {
  it('assigns the contact at once, with no offer and no timeout', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { offerMode: 'auto-accept', offerTimeoutMs: 1_000 })],
      agents: [agent('ann', ['sales'])],
    });
    available(engine, 'ann');
    const from = nextSeq(engine);
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(typesSince(engine, from)).toEqual(['contact.created', 'contact.queued', 'contact.assigned']);
    expect(eventsOf(engine, 'contact.assigned')[0]).toMatchObject({ contactId: c1, agentId: 'ann', offerId: null });
    expect(contactOf(engine, c1)).toMatchObject({ status: 'active', agentId: 'ann', offerId: null });
    clock.advanceTo(60_000);
    expect(statusOf(engine, c1)).toBe('active');
    expect(eventsOf(engine, 'offer.expired')).toEqual([]);
  });

  it('still holds capacity for auto-assigned work', () => {
    const { engine } = setup({ queues: [queue('sales', { offerMode: 'auto-accept' })], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    arrive(engine, { queueId: 'sales' });
    const c2 = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, c2)).toBe('queued');
    expect(agentOf(engine, 'ann').used.chat).toBe(1);
  });
});
