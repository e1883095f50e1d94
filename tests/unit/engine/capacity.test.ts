/**
 * Wrap-up and capacity (D-009, GitHub issue 2): completing a contact starts the agent's wrap-up;
 * the capacity unit returns when the wrap-up ends, or at once with a wrap-up of 0. Changing caps at
 * run time never evicts work: a lower cap only stops new offers, a higher one routes waiting work.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptContact,
  agent,
  agentOf,
  arrive,
  available,
  eventsOf,
  holderOf,
  nextSeq,
  offerOf,
  ok,
  queue,
  rejected,
  setup,
  statusOf,
  typesSince,
} from './fixtures.js';

describe('wrap-up', () => {
  it('starts wrap-up on completion and holds the capacity unit until it ends', () => {
    const { engine, clock } = setup({ queues: [queue('sales', { wrapUpMs: 5_000 })], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, c1);
    clock.advanceTo(1_000);
    ok(engine.contacts.complete(c1));
    expect(eventsOf(engine, 'contact.completed')).toMatchObject([{ contactId: c1, agentId: 'ann', wrapUpMs: 5_000, at: 1_000 }]);
    expect(statusOf(engine, c1)).toBe('wrap_up');
    expect(agentOf(engine, 'ann').used.chat).toBe(1);
    clock.advanceTo(5_999);
    expect(agentOf(engine, 'ann').used.chat).toBe(1);
    clock.advanceTo(6_000);
    expect(eventsOf(engine, 'agent.wrapup.ended')).toMatchObject([{ agentId: 'ann', contactId: c1, at: 6_000 }]);
    expect(statusOf(engine, c1)).toBe('ended');
    expect(agentOf(engine, 'ann').usedTotal).toBe(0);
  });

  it('returns the capacity at once, in the same step, when wrap-up is 0', () => {
    const { engine } = setup({ queues: [queue('sales', { wrapUpMs: 0 })], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, c1);
    const c2 = arrive(engine, { queueId: 'sales' });
    const from = nextSeq(engine);
    ok(engine.contacts.complete(c1));
    expect(typesSince(engine, from)).toEqual(['contact.completed', 'agent.wrapup.ended', 'offer.created']);
    expect(holderOf(engine, c2)).toBe('ann');
  });

  it("uses a membership's wrapUpMs over its queue's", () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { wrapUpMs: 5_000 })],
      agents: [agent('ann', [{ queueId: 'sales', priority: 0, wrapUpMs: 1_000 }])],
    });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, c1);
    ok(engine.contacts.complete(c1));
    clock.advanceTo(1_000);
    expect(eventsOf(engine, 'agent.wrapup.ended')).toMatchObject([{ contactId: c1, at: 1_000 }]);
  });

  it('remembers a completed contact so a late command is told it has ended', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, c1);
    ok(engine.contacts.complete(c1));
    const error = rejected(engine.contacts.complete(c1), 'contact_not_active');
    expect(error.message).toContain('completed');
  });

  it('refuses to complete a contact that is not active yet', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const queued = arrive(engine, { queueId: 'sales' });
    rejected(engine.contacts.complete(queued), 'contact_not_active');
    available(engine, 'ann');
    rejected(engine.contacts.complete(queued), 'contact_not_active'); // offered, not accepted
  });
});

describe('changing caps at run time', () => {
  it('never evicts active work when a channel cap is lowered', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'], { capacity: { chat: 2 } })] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    const c2 = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, c1);
    acceptContact(engine, c2);
    const from = nextSeq(engine);
    ok(engine.agents.setCapacity('ann', { chat: 1 }));
    expect(typesSince(engine, from)).toEqual(['agent.updated']);
    expect([statusOf(engine, c1), statusOf(engine, c2)]).toEqual(['active', 'active']);
    const c3 = arrive(engine, { queueId: 'sales' });
    ok(engine.contacts.complete(c1));
    expect(statusOf(engine, c3)).toBe('queued'); // 1 held, cap 1
    ok(engine.contacts.complete(c2));
    expect(holderOf(engine, c3)).toBe('ann');
  });

  it('never withdraws pending offers when a cap drops to zero', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'], { capacity: { chat: 2 } })] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    ok(engine.agents.setCapacity('ann', { chat: 0 }));
    expect(statusOf(engine, c1)).toBe('offered');
    ok(engine.offers.accept(offerOf(engine, c1)));
    expect(statusOf(engine, c1)).toBe('active');
  });

  it('never evicts work when the total cap is lowered', () => {
    const { engine } = setup({
      queues: [queue('desk', { channels: ['chat', 'email'] })],
      agents: [agent('ann', ['desk'], { capacity: { chat: 2, email: 2 } })],
    });
    available(engine, 'ann');
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    const email = arrive(engine, { queueId: 'desk', channel: 'email' });
    acceptContact(engine, chat);
    ok(engine.agents.setCapacity('ann', { chat: 2, email: 2 }, 1));
    expect([statusOf(engine, chat), statusOf(engine, email)]).toEqual(['active', 'offered']);
    const more = arrive(engine, { queueId: 'desk', channel: 'chat' });
    expect(statusOf(engine, more)).toBe('queued');
  });

  it('offers waiting work at once when a cap is raised', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'], { capacity: { chat: 1 } })] });
    available(engine, 'ann');
    arrive(engine, { queueId: 'sales' });
    const c2 = arrive(engine, { queueId: 'sales' });
    const c3 = arrive(engine, { queueId: 'sales' });
    ok(engine.agents.setCapacity('ann', { chat: 3 }));
    expect([holderOf(engine, c2), holderOf(engine, c3)]).toEqual(['ann', 'ann']);
    expect(eventsOf(engine, 'offer.created').slice(1).map((e) => e.trigger)).toEqual(['agent', 'agent']);
  });

  it.each([
    [{ chat: -1 }, 'agent.capacity.chat', '-1'],
    [{ chat: 1.5 }, 'agent.capacity.chat', '1.5'],
    [{ chat: Number.NaN }, 'capacity.chat', 'NaN'],
    [{ fax: 1 }, 'agent.capacity.fax', '1'],
  ])('rejects the cap %o, naming %s and the value', (capacity, path, value) => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const error = rejected(engine.agents.setCapacity('ann', capacity as { chat: number }), 'invalid_command');
    expect(error.message).toContain(path);
    expect(error.message).toContain(value);
  });

  it('rejects a negative total cap and an unknown agent', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const error = rejected(engine.agents.setCapacity('ann', { chat: 1 }, -2), 'invalid_command');
    expect(error.message).toContain('capacityTotalMax');
    rejected(engine.agents.setCapacity('nobody', { chat: 1 }), 'unknown_agent');
  });
});
