/**
 * The single write path (DESIGN.md section 2, GitHub issue 2): a rejected command changes nothing and
 * logs exactly one `command.rejected`; a repeated `commandId` returns the first result and logs
 * nothing; run-time configuration commands (agents, queues, memberships) and their rejections.
 */
import { describe, expect, it } from 'vitest';
import type { Command, Engine } from '../../../src/index.js';
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
  offeredAgents,
  ok,
  queue,
  rejected,
  setup,
  statusOf,
  typesSince,
  worldView,
} from './fixtures.js';

/** An engine with work in every state: queued, offered, active, wrap-up, and a resolved offer. */
function busyEngine() {
  const harness = setup({
    skills: ['en'],
    queues: [queue('sales', { wrapUpMs: 5_000 }), queue('support', { channels: ['chat', 'email'] }), queue('empty')],
    agents: [
      agent('ann', ['sales'], { skills: { en: 3 } }),
      agent('bob', ['sales', 'support'], { capacity: { chat: 1, email: 1 } }),
      agent('cat', ['support']),
    ],
  });
  const { engine, clock } = harness;
  available(engine, 'ann', 'bob');
  const wrapping = arrive(engine, { queueId: 'sales', contactId: 'wrapping' }); // ann
  const resolvedOffer = offerOf(engine, wrapping);
  acceptContact(engine, wrapping);
  const active = arrive(engine, { queueId: 'sales', contactId: 'active' }); // bob
  acceptContact(engine, active);
  clock.advanceTo(1_000);
  ok(engine.contacts.complete(wrapping));
  const offered = arrive(engine, { queueId: 'support', channel: 'email', contactId: 'offered' }); // bob
  const queued = arrive(engine, { queueId: 'support', contactId: 'queued' });
  clock.advanceTo(2_000);
  // An ended contact, whose id stays reserved (and a last command, so engine time is 2000).
  ok(engine.contacts.create({ queueId: 'empty', channel: 'chat', contactId: 'gone' }));
  ok(engine.contacts.abandon('gone'));
  return { ...harness, ids: { wrapping, active, offered, queued, resolvedOffer, pendingOffer: offerOf(engine, offered) } };
}

type Ids = ReturnType<typeof busyEngine>['ids'];

const invalid: [string, string, (ids: Ids) => unknown][] = [
  ['a command that is not an object', 'invalid_command', () => 'contact.create'],
  ['an unknown command type', 'unknown_command', () => ({ type: 'contact.teleport' })],
  ['a commandId that is not a string', 'invalid_command', () => ({ type: 'agent.setStatus', agentId: 'cat', status: 'available', commandId: 7 })],
  ['an unknown field', 'invalid_command', () => ({ type: 'contact.create', queueId: 'sales', channel: 'chat', urgent: true })],
  ['a contact for an unknown queue', 'unknown_queue', () => ({ type: 'contact.create', queueId: 'nope', channel: 'chat' })],
  ['a contact on an unknown channel', 'invalid_command', () => ({ type: 'contact.create', queueId: 'sales', channel: 'fax' })],
  ['a contact on a channel its queue does not serve', 'queue_not_serving_channel', () => ({ type: 'contact.create', queueId: 'sales', channel: 'voice' })],
  ['a contact needing an undeclared skill', 'unknown_skill', () => ({ type: 'contact.create', queueId: 'sales', channel: 'chat', skills: { fr: 1 } })],
  ['a contact needing skill level 11', 'invalid_command', () => ({ type: 'contact.create', queueId: 'sales', channel: 'chat', skills: { en: 11 } })],
  ['a contact with a fractional priority', 'invalid_command', () => ({ type: 'contact.create', queueId: 'sales', channel: 'chat', priority: 1.5 })],
  ['a contact with an id already used', 'duplicate_id', (ids) => ({ type: 'contact.create', queueId: 'sales', channel: 'chat', contactId: ids.queued })],
  ['a contact with the id of an ended contact', 'duplicate_id', () => ({ type: 'contact.create', queueId: 'sales', channel: 'chat', contactId: 'gone' })],
  ['abandoning an unknown contact', 'unknown_contact', () => ({ type: 'contact.abandon', contactId: 'c-404' })],
  ['abandoning an active contact', 'contact_not_waiting', (ids) => ({ type: 'contact.abandon', contactId: ids.active })],
  ['completing a queued contact', 'contact_not_active', (ids) => ({ type: 'contact.complete', contactId: ids.queued })],
  ['completing a contact in wrap-up', 'contact_not_active', (ids) => ({ type: 'contact.complete', contactId: ids.wrapping })],
  ['completing for an agent who does not hold the contact', 'not_offer_owner', (ids) => ({ type: 'contact.complete', contactId: ids.active, agentId: 'ann' })],
  ['accepting an unknown offer', 'unknown_offer', () => ({ type: 'offer.accept', offerId: 'o-404' })],
  ['accepting an offer no longer pending', 'offer_not_pending', (ids) => ({ type: 'offer.accept', offerId: ids.resolvedOffer })],
  ["accepting another agent's offer", 'not_offer_owner', (ids) => ({ type: 'offer.accept', offerId: ids.pendingOffer, agentId: 'cat' })],
  ["rejecting another agent's offer", 'not_offer_owner', (ids) => ({ type: 'offer.reject', offerId: ids.pendingOffer, agentId: 'ann' })],
  ['a status for an unknown agent', 'unknown_agent', () => ({ type: 'agent.setStatus', agentId: 'zed', status: 'available' })],
  ['an unknown status', 'invalid_command', () => ({ type: 'agent.setStatus', agentId: 'cat', status: 'lunch' })],
  ['a phone flag that is not a boolean', 'invalid_command', () => ({ type: 'agent.setPhoneBusy', agentId: 'ann', busy: 'yes' })],
  ['adding an agent whose id exists', 'duplicate_id', () => ({ type: 'agent.add', agent: { id: 'cat' } })],
  ['adding an agent with an undeclared skill', 'unknown_skill', () => ({ type: 'agent.add', agent: { id: 'dan', skills: { fr: 2 } } })],
  ['adding an agent in an unknown queue', 'unknown_queue', () => ({ type: 'agent.add', agent: { id: 'dan', memberships: [{ queueId: 'nope' }] } })],
  ['adding an agent with a negative cap', 'invalid_command', () => ({ type: 'agent.add', agent: { id: 'dan', capacity: { chat: -1 } } })],
  ['updating an unknown agent', 'unknown_agent', () => ({ type: 'agent.update', agent: { id: 'zed' } })],
  ['removing an agent holding work', 'agent_has_work', () => ({ type: 'agent.remove', agentId: 'bob' })],
  ['removing an agent in wrap-up', 'agent_has_work', () => ({ type: 'agent.remove', agentId: 'ann' })],
  ['removing an unknown agent', 'unknown_agent', () => ({ type: 'agent.remove', agentId: 'zed' })],
  ['a negative cap', 'invalid_command', () => ({ type: 'agent.setCapacity', agentId: 'ann', capacity: { chat: -1 } })],
  ['a membership of an unknown queue', 'unknown_queue', () => ({ type: 'agent.setMemberships', agentId: 'cat', memberships: [{ queueId: 'nope' }] })],
  ['a duplicate membership', 'invalid_command', () => ({ type: 'agent.setMemberships', agentId: 'cat', memberships: [{ queueId: 'sales' }, { queueId: 'sales' }] })],
  ['adding a queue whose id exists', 'duplicate_id', () => ({ type: 'queue.add', queue: { id: 'sales', channels: ['chat'] } })],
  ['adding a queue with a zero offer timeout', 'invalid_command', () => ({ type: 'queue.add', queue: { id: 'new', channels: ['chat'], offerTimeoutMs: 0 } })],
  ['adding a queue with an unknown strategy', 'invalid_command', () => ({ type: 'queue.add', queue: { id: 'new', channels: ['chat'], strategy: 'fastest' } })],
  ['updating an unknown queue', 'unknown_queue', () => ({ type: 'queue.update', queue: { id: 'nope', channels: ['chat'] } })],
  ['dropping a channel with waiting contacts', 'queue_has_contacts', () => ({ type: 'queue.update', queue: { id: 'support', channels: ['email'] } })],
  ['removing a queue with waiting contacts', 'queue_has_contacts', () => ({ type: 'queue.remove', queueId: 'support' })],
  ['removing a queue with members', 'queue_in_use', () => ({ type: 'queue.remove', queueId: 'sales' })],
  ['removing an unknown queue', 'unknown_queue', () => ({ type: 'queue.remove', queueId: 'nope' })],
];

describe('a rejected command', () => {
  it.each(invalid)('changes nothing and logs one command.rejected: %s', (_, code, build) => {
    const { engine, ids } = busyEngine();
    const command = build(ids) as Command;
    const before = worldView(engine);
    const from = nextSeq(engine);
    const result = engine.dispatch(command);
    rejected(result, code);
    expect(worldView(engine)).toEqual(before);
    const logged = engine.events(from);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ type: 'command.rejected', code, message: (result as { error: { message: string } }).error.message });
  });

  it('names the command, the field and the value in its message', () => {
    const { engine } = busyEngine();
    const error = rejected(engine.dispatch({ type: 'contact.create', queueId: 'nope', channel: 'chat' }), 'unknown_queue');
    expect(error.message).toBe('contact.create: queueId "nope" is not a queue');
    const rejectedEvent = eventsOf(engine, 'command.rejected')[0];
    expect(rejectedEvent).toMatchObject({ commandType: 'contact.create', commandId: null });
  });

  it('leaves the routing untouched, so later commands behave as if it never happened', () => {
    const run = (withRejections: boolean) => {
      const { engine, clock } = busyEngine();
      if (withRejections) for (const [, code, build] of invalid) rejected(engine.dispatch(build(busyEngine().ids) as Command), code);
      available(engine, 'cat');
      clock.advanceTo(20_000);
      arrive(engine, { queueId: 'support' });
      return engine.events().filter((e) => e.type !== 'command.rejected').map((e) => ({ ...e, seq: 0 }));
    };
    expect(run(true)).toEqual(run(false));
  });
});

describe('a repeated commandId', () => {
  it('returns the first result and logs nothing', () => {
    const { engine } = busyEngine();
    const command: Command = { type: 'contact.create', queueId: 'sales', channel: 'chat', commandId: 'create-1' };
    const first = ok(engine.dispatch(command));
    const before = worldView(engine);
    const from = nextSeq(engine);
    expect(engine.dispatch(command)).toEqual(first);
    expect(engine.dispatch({ ...command, priority: 9 } as Command)).toEqual(first);
    expect(engine.events(from)).toEqual([]);
    expect(worldView(engine)).toEqual(before);
  });

  it('repeats an accept without an offer_not_pending error', () => {
    const { engine, ids } = busyEngine();
    const command: Command = { type: 'offer.accept', offerId: ids.pendingOffer, commandId: 'accept-1' };
    const first = ok(engine.dispatch(command));
    const from = nextSeq(engine);
    expect(engine.dispatch(command)).toEqual(first);
    expect(engine.events(from)).toEqual([]);
  });

  it('repeats a rejection without logging a second command.rejected', () => {
    const { engine } = busyEngine();
    const command = { type: 'agent.remove', agentId: 'bob', commandId: 'remove-bob' } as Command;
    const first = engine.dispatch(command);
    rejected(first, 'agent_has_work');
    const from = nextSeq(engine);
    expect(engine.dispatch(command)).toEqual(first);
    expect(engine.events(from)).toEqual([]);
    expect(eventsOf(engine, 'command.rejected')).toHaveLength(1);
    expect(eventsOf(engine, 'command.rejected')[0]).toMatchObject({ commandId: 'remove-bob' });
  });

  it('is independent of other commandIds', () => {
    const { engine } = busyEngine();
    const a = ok(engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat', commandId: 'a' }));
    const b = ok(engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat', commandId: 'b' }));
    expect(a.contactId).not.toBe(b.contactId);
  });
});

describe('run-time agent configuration', () => {
  it('adds an agent offline, who takes waiting work once available', () => {
    const { engine } = setup({ queues: [queue('sales')] });
    const c1 = arrive(engine, { queueId: 'sales' });
    ok(engine.agents.add({ id: 'dan', memberships: [{ queueId: 'sales' }] }));
    expect(agentOf(engine, 'dan')).toMatchObject({ presence: 'offline', queueIds: ['sales'] });
    expect(eventsOf(engine, 'agent.added').map((e) => e.agentId)).toEqual(['dan']);
    expect(statusOf(engine, c1)).toBe('queued');
    available(engine, 'dan');
    expect(holderOf(engine, c1)).toBe('dan');
  });

  it('updates an agent keeping its presence and work in progress, with new skills taking effect', () => {
    const { engine } = setup({
      skills: ['en', 'fr'],
      queues: [queue('sales')],
      agents: [agent('ann', ['sales'], { skills: { en: 3 }, capacity: { chat: 2 } })],
    });
    available(engine, 'ann');
    const active = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, active);
    const french = arrive(engine, { queueId: 'sales', skills: { fr: 2 } });
    expect(statusOf(engine, french)).toBe('queued');
    ok(engine.agents.update(agent('ann', ['sales'], { skills: { en: 3, fr: 2 }, capacity: { chat: 2 } })));
    expect(agentOf(engine, 'ann').presence).toBe('available');
    expect(statusOf(engine, active)).toBe('active');
    expect(holderOf(engine, french)).toBe('ann');
  });

  it('removes an agent without work from the engine and from its queues', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'ann');
    ok(engine.agents.remove('ann'));
    expect(engine.agent('ann')).toBeUndefined();
    expect(engine.queue('sales')?.memberIds).toEqual(['bob']);
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, c1)).toBe('queued');
    rejected(engine.agents.setStatus('ann', 'available'), 'unknown_agent');
  });

  it('adds an agent again under the id of a removed one', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    ok(engine.agents.remove('ann'));
    ok(engine.agents.add(agent('ann', ['sales'])));
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c1)).toBe('ann');
  });

  it('routes the waiting contacts of a queue to an agent the moment it becomes a member', () => {
    const { engine } = setup({ queues: [queue('sales'), queue('support')], agents: [agent('ann', ['support'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    const from = nextSeq(engine);
    ok(engine.agents.setMemberships('ann', [{ queueId: 'support' }, { queueId: 'sales' }]));
    expect(typesSince(engine, from)).toEqual(['agent.updated', 'offer.created']);
    expect(holderOf(engine, c1)).toBe('ann');
  });

  it('keeps work in progress when a membership is removed', () => {
    const { engine } = setup({ queues: [queue('sales'), queue('support')], agents: [agent('ann', ['sales', 'support'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, c1);
    ok(engine.agents.setMemberships('ann', [{ queueId: 'support' }]));
    expect(statusOf(engine, c1)).toBe('active');
    ok(engine.contacts.complete(c1));
    const c2 = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, c2)).toBe('queued');
  });
});

describe('run-time queue configuration', () => {
  it('adds a queue that agents can then serve', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    ok(engine.queues.add(queue('vip')));
    expect(engine.queue('vip')).toMatchObject({ open: true, waitingCount: 0, memberIds: [] });
    const c1 = arrive(engine, { queueId: 'vip' });
    ok(engine.agents.setMemberships('ann', [{ queueId: 'vip' }]));
    available(engine, 'ann');
    expect(holderOf(engine, c1)).toBe('ann');
  });

  it('applies a changed strategy to the next decision', () => {
    const { engine, clock } = setup({
      queues: [queue('sales')],
      agents: [agent('ann', [{ queueId: 'sales', priority: 0 }]), agent('bob', [{ queueId: 'sales', priority: 5 }])],
    });
    available(engine, 'ann');
    clock.advanceTo(100);
    available(engine, 'bob');
    ok(engine.queues.update(queue('sales', { strategy: 'top-down' })));
    arrive(engine, { queueId: 'sales' });
    expect(offeredAgents(engine)).toEqual(['bob']); // longest-idle would have chosen ann
  });

  it('offers a newly served channel to members at once', () => {
    const { engine } = setup({
      queues: [queue('sales'), queue('other', { channels: ['chat', 'email'] })],
      agents: [agent('ann', ['sales'], { capacity: { chat: 1, email: 1 } })],
    });
    available(engine, 'ann');
    rejected(engine.contacts.create({ queueId: 'sales', channel: 'email' }), 'queue_not_serving_channel');
    ok(engine.queues.update(queue('sales', { channels: ['chat', 'email'] })));
    const email = arrive(engine, { queueId: 'sales', channel: 'email' });
    expect(holderOf(engine, email)).toBe('ann');
  });

  it('lets a queue drop a channel nobody is waiting on', () => {
    const { engine } = setup({ queues: [queue('sales', { channels: ['chat', 'email'] })] });
    arrive(engine, { queueId: 'sales', channel: 'chat' });
    ok(engine.queues.update(queue('sales', { channels: ['chat'] })));
  });

  it('removes a queue with no members and no waiting contacts', () => {
    const { engine } = setup({ queues: [queue('sales'), queue('old')], agents: [agent('ann', ['sales'])] });
    ok(engine.queues.remove('old'));
    expect(engine.queue('old')).toBeUndefined();
    expect(eventsOf(engine, 'queue.removed')).toMatchObject([{ queueId: 'old' }]);
    rejected(engine.contacts.create({ queueId: 'old', channel: 'chat' }), 'unknown_queue');
    rejected(engine.agents.setMemberships('ann', [{ queueId: 'old' }]), 'unknown_queue');
  });
});

describe('typed helpers', () => {
  it('go through dispatch, with the same results and events', () => {
    const viaHelpers = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const viaDispatch = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const steps = (engine: Engine, helpers: boolean) => {
      if (helpers) {
        engine.agents.setStatus('ann', 'available');
        engine.contacts.create({ queueId: 'sales', channel: 'chat' });
        engine.offers.accept('o-1', 'ann');
        engine.contacts.complete('c-1');
      } else {
        engine.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' });
        engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' });
        engine.dispatch({ type: 'offer.accept', offerId: 'o-1', agentId: 'ann' });
        engine.dispatch({ type: 'contact.complete', contactId: 'c-1' });
      }
      return JSON.stringify(engine.events());
    };
    expect(steps(viaHelpers.engine, true)).toBe(steps(viaDispatch.engine, false));
  });
});
