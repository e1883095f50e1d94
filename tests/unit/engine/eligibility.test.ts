/**
 * DESIGN.md section 3, rule 1: who may be offered a contact at all. Each test leaves exactly one
 * condition unmet and checks the contact waits (or goes to the one agent who meets them all).
 */
import { describe, expect, it } from 'vitest';
import {
  agent,
  agentOf,
  arrive,
  available,
  eventsOf,
  holderOf,
  ok,
  queue,
  rejected,
  setup,
  statusOf,
} from './fixtures.js';

describe('rule 1: membership', () => {
  it('offers a contact only to members of its queue', () => {
    const { engine, clock } = setup({
      queues: [queue('sales'), queue('support')],
      agents: [agent('ann', ['support']), agent('bob', ['sales'])],
    });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(1_000);
    available(engine, 'bob');
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it('stops offering a queue to an agent whose membership was removed', () => {
    const { engine } = setup({ queues: [queue('sales'), queue('support')], agents: [agent('ann', ['sales', 'support'])] });
    ok(engine.agents.setMemberships('ann', [{ queueId: 'support' }]));
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, c1)).toBe('queued');
  });
});

describe('rule 1: presence', () => {
  it.each(['offline', 'break'] as const)('offers nothing to an agent whose presence is %s', (presence) => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    ok(engine.agents.setStatus('ann', presence));
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, c1)).toBe('queued');
    available(engine, 'ann');
    expect(holderOf(engine, c1)).toBe('ann');
  });

  it('starts every configured agent offline', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    expect(agentOf(engine, 'ann').presence).toBe('offline');
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, c1)).toBe('queued');
  });
});

describe('rule 1: wrap-up holds capacity', () => {
  it('offers nothing on a channel whose capacity is held by a contact in wrap-up', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { wrapUpMs: 5_000 })],
      agents: [agent('ann', ['sales'])],
    });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    ok(engine.offers.accept(engine.contact(c1)?.offerId as string));
    clock.advanceTo(1_000);
    ok(engine.contacts.complete(c1));
    expect(statusOf(engine, c1)).toBe('wrap_up');
    const c2 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(5_999);
    expect(statusOf(engine, c2)).toBe('queued');
    clock.advanceTo(6_000);
    expect(holderOf(engine, c2)).toBe('ann');
  });
});

describe('rule 1: phone calls', () => {
  const mixed = { channels: ['chat', 'voice', 'email'] as ('chat' | 'voice' | 'email')[] };
  const caps = { capacity: { chat: 1, voice: 1, email: 1 } };

  it('offers no chat and no e-mail to an agent on a phone call by default', () => {
    const { engine } = setup({ queues: [queue('desk', mixed)], agents: [agent('ann', ['desk'], caps)] });
    available(engine, 'ann');
    ok(engine.agents.setPhoneBusy('ann', true));
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    const email = arrive(engine, { queueId: 'desk', channel: 'email' });
    expect(statusOf(engine, chat)).toBe('queued');
    expect(statusOf(engine, email)).toBe('queued');
  });

  it('still offers voice to an agent on a phone call by default', () => {
    const { engine } = setup({ queues: [queue('desk', mixed)], agents: [agent('ann', ['desk'], caps)] });
    available(engine, 'ann');
    ok(engine.agents.setPhoneBusy('ann', true));
    const voice = arrive(engine, { queueId: 'desk', channel: 'voice' });
    expect(holderOf(engine, voice)).toBe('ann');
  });

  it('offers the blocked work as soon as the phone call ends', () => {
    const { engine } = setup({ queues: [queue('desk', mixed)], agents: [agent('ann', ['desk'], caps)] });
    available(engine, 'ann');
    ok(engine.agents.setPhoneBusy('ann', true));
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    const email = arrive(engine, { queueId: 'desk', channel: 'email' });
    ok(engine.agents.setPhoneBusy('ann', false));
    expect(holderOf(engine, chat)).toBe('ann');
    expect(holderOf(engine, email)).toBe('ann');
  });

  it('blocks exactly the channels listed in routing.phoneBlocks', () => {
    const { engine } = setup({
      queues: [queue('desk', mixed)],
      agents: [agent('ann', ['desk'], caps)],
      routing: { phoneBlocks: ['voice'] },
    });
    available(engine, 'ann');
    ok(engine.agents.setPhoneBusy('ann', true));
    const voice = arrive(engine, { queueId: 'desk', channel: 'voice' });
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    const email = arrive(engine, { queueId: 'desk', channel: 'email' });
    expect(statusOf(engine, voice)).toBe('queued');
    expect(holderOf(engine, chat)).toBe('ann');
    expect(holderOf(engine, email)).toBe('ann');
  });

  it('blocks nothing when routing.phoneBlocks is empty', () => {
    const { engine } = setup({
      queues: [queue('desk', mixed)],
      agents: [agent('ann', ['desk'], caps)],
      routing: { phoneBlocks: [] },
    });
    available(engine, 'ann');
    ok(engine.agents.setPhoneBusy('ann', true));
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    expect(holderOf(engine, chat)).toBe('ann');
  });
});

describe('rule 1: capacity, pending offers included', () => {
  it('counts pending offers against the channel cap', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'], { capacity: { chat: 2 } })] });
    available(engine, 'ann');
    const [c1, c2, c3] = [1, 2, 3].map(() => arrive(engine, { queueId: 'sales' }));
    expect([statusOf(engine, c1!), statusOf(engine, c2!), statusOf(engine, c3!)]).toEqual(['offered', 'offered', 'queued']);
    expect(agentOf(engine, 'ann').used.chat).toBe(2);
    expect(agentOf(engine, 'ann').pendingOfferIds).toHaveLength(2);
  });

  it('counts pending offers of every channel against the total cap', () => {
    const { engine } = setup({
      queues: [queue('desk', { channels: ['chat', 'email'] })],
      agents: [agent('ann', ['desk'], { capacity: { chat: 2, email: 2 }, capacityTotalMax: 2 })],
    });
    available(engine, 'ann');
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    const email = arrive(engine, { queueId: 'desk', channel: 'email' });
    const chat2 = arrive(engine, { queueId: 'desk', channel: 'chat' });
    expect(holderOf(engine, chat)).toBe('ann');
    expect(holderOf(engine, email)).toBe('ann');
    expect(statusOf(engine, chat2)).toBe('queued');
    expect(agentOf(engine, 'ann').usedTotal).toBe(2);
  });

  it('gives an agent without a configured capacity one contact at a time of any channel', () => {
    const { engine } = setup({
      queues: [queue('desk', { channels: ['chat', 'voice'] })],
      agents: [{ id: 'ann', memberships: [{ queueId: 'desk' }] }],
    });
    available(engine, 'ann');
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    const voice = arrive(engine, { queueId: 'desk', channel: 'voice' });
    expect(holderOf(engine, chat)).toBe('ann');
    expect(statusOf(engine, voice)).toBe('queued');
  });

  it('treats a channel missing from a configured capacity as a cap of zero', () => {
    const { engine } = setup({
      queues: [queue('desk', { channels: ['chat', 'voice'] })],
      agents: [agent('ann', ['desk'], { capacity: { chat: 3 } })],
    });
    available(engine, 'ann');
    const voice = arrive(engine, { queueId: 'desk', channel: 'voice' });
    expect(statusOf(engine, voice)).toBe('queued');
  });
});

describe('rule 1: skills', () => {
  it('offers a contact only to an agent who meets every minimum level', () => {
    const { engine, clock } = setup({
      skills: ['en', 'fr'],
      queues: [queue('sales')],
      agents: [
        agent('ann', ['sales'], { skills: { en: 5 } }),
        agent('bob', ['sales'], { skills: { en: 2, fr: 5 } }),
        agent('cat', ['sales'], { skills: { en: 3, fr: 2 } }),
      ],
    });
    available(engine, 'ann', 'bob');
    clock.advanceTo(1_000);
    available(engine, 'cat');
    const c1 = arrive(engine, { queueId: 'sales', skills: { en: 3, fr: 2 } });
    expect(holderOf(engine, c1)).toBe('cat');
  });

  it('keeps a contact waiting while no available agent has the required skills', () => {
    const { engine } = setup({
      skills: ['en'],
      queues: [queue('sales')],
      agents: [agent('ann', ['sales'], { skills: { en: 4 } })],
    });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales', skills: { en: 5 } });
    expect(statusOf(engine, c1)).toBe('queued');
    const c2 = arrive(engine, { queueId: 'sales', skills: { en: 4 } });
    expect(holderOf(engine, c2)).toBe('ann');
  });

  it("applies the queue's required skills to contacts that bring none", () => {
    const { engine } = setup({
      skills: ['en', 'fr'],
      queues: [queue('sales', { skills: { fr: 2 } })],
      agents: [agent('ann', ['sales'], { skills: { en: 9 } }), agent('bob', ['sales'], { skills: { fr: 2 } })],
    });
    available(engine, 'ann', 'bob');
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it("lets a contact's own requirement replace its queue's", () => {
    const { engine } = setup({
      skills: ['en', 'fr'],
      queues: [queue('sales', { skills: { fr: 2 } })],
      agents: [agent('ann', ['sales'], { skills: { en: 9 } })],
    });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales', skills: { en: 1 } });
    expect(holderOf(engine, c1)).toBe('ann');
  });
});

describe('rule 1: contacts targeted at one agent', () => {
  it('offers a targeted contact only to its target', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'ann');
    clock.advanceTo(1_000);
    available(engine, 'bob');
    const c1 = arrive(engine, { queueId: 'sales', targetAgentId: 'bob' });
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it('keeps a targeted contact waiting for its busy target while other agents are free', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales', targetAgentId: 'bob' });
    expect(statusOf(engine, c1)).toBe('queued');
    expect(agentOf(engine, 'ann').usedTotal).toBe(0);
    available(engine, 'bob');
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it('lets the other members take untargeted work past a waiting targeted contact', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    const targeted = arrive(engine, { queueId: 'sales', targetAgentId: 'bob', priority: 9 });
    const plain = arrive(engine, { queueId: 'sales' });
    available(engine, 'ann');
    expect(holderOf(engine, plain)).toBe('ann');
    expect(statusOf(engine, targeted)).toBe('queued');
  });

  it('rejects a target that is not a member of the queue', () => {
    const { engine } = setup({ queues: [queue('sales'), queue('support')], agents: [agent('ann', ['support'])] });
    rejected(engine.contacts.create({ queueId: 'sales', channel: 'chat', targetAgentId: 'ann' }), 'unknown_agent');
    rejected(engine.contacts.create({ queueId: 'sales', channel: 'chat', targetAgentId: 'nobody' }), 'unknown_agent');
  });

  it('sends a targeted contact to the whole queue it overflows into when its target is not a member there', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { waitMsMax: 5_000, onWaitMsMax: { action: 'queue', queueId: 'backup' } }), queue('backup')],
      agents: [agent('ann', ['sales']), agent('bob', ['backup'])],
    });
    available(engine, 'bob'); // ann stays offline: the contact waits for her until its limit
    const c1 = arrive(engine, { queueId: 'sales', targetAgentId: 'ann' });
    clock.advanceTo(5_000);
    expect(eventsOf(engine, 'contact.untargeted')).toMatchObject([{ contactId: c1, agentId: 'ann', reason: 'not_member', at: 5_000 }]);
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it('keeps the target of a contact that overflows into a queue its target also serves', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { waitMsMax: 5_000, onWaitMsMax: { action: 'queue', queueId: 'backup' } }), queue('backup')],
      agents: [agent('ann', ['sales', 'backup']), agent('bob', ['backup'])],
    });
    available(engine, 'bob');
    const c1 = arrive(engine, { queueId: 'sales', targetAgentId: 'ann' });
    clock.advanceTo(5_000);
    expect(eventsOf(engine, 'contact.untargeted')).toEqual([]);
    expect(statusOf(engine, c1)).toBe('queued');
    available(engine, 'ann');
    expect(holderOf(engine, c1)).toBe('ann');
  });
});
