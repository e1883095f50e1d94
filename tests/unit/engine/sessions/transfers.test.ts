/**
 * DESIGN.md section 4 and `src/engine/transfers.ts`: an agent holding a chat hands it on. Cold transfer,
 * requeue and escalation release the agent at once (no wrap-up) and route the chat again, keeping its
 * first enqueue time and its session; a warm transfer offers it to the new agent while the first one
 * keeps it until the offer is accepted (a reject or expiry leaves it with the first agent).
 */
import { describe, expect, it } from 'vitest';
import {
  acceptAs,
  agentOf,
  available,
  contactOf,
  eventsOf,
  expectRejectedUnchanged,
  nextSeq,
  ok,
  openShop,
  pendingOffer,
  sessionOf,
  startChat,
  typesSince,
} from './session-fixtures.js';

describe('cold transfer (seed 7)', () => {
  it('to an agent: the first agent leaves at once, its capacity freed without wrap-up, and the chat is offered to the target', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    shop.clock.advanceTo(20_000);
    const from = nextSeq(shop);
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'cold' }));
    expect(typesSince(shop, from)).toEqual(['contact.transferred', 'session.left', 'contact.queued', 'offer.created']);
    expect(eventsOf(shop, 'contact.transferred', from)[0]).toMatchObject({
      at: 20_000,
      contactId,
      fromAgentId: 'ann',
      toAgentId: 'bob',
      toQueueId: 'sales',
      mode: 'cold',
      reason: 'transfer',
    });
    expect(eventsOf(shop, 'session.left', from)[0]).toMatchObject({ sessionId, agentId: 'ann' });
    expect(eventsOf(shop, 'contact.queued', from)[0]).toMatchObject({ queueId: 'sales', cause: 'transfer', enqueuedAt: 0 });
    expect(agentOf(shop, 'ann').used.chat).toBe(0);
    expect(eventsOf(shop, 'contact.completed')).toEqual([]);
    expect(eventsOf(shop, 'agent.wrapup.ended')).toEqual([]);
    expect(pendingOffer(shop, contactId).agentId).toBe('bob');
  });

  it('to an agent: the target joins the same session as its owner when it accepts', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop, { message: 'refund please' });
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'one moment'));
    available(shop, 'bob');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'cold' }));
    acceptAs(shop, contactId, 'bob');
    expect(eventsOf(shop, 'session.joined')).toEqual([expect.objectContaining({ sessionId, agentId: 'bob', role: 'owner' })]);
    expect(eventsOf(shop, 'session.started')).toHaveLength(1);
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'active', agentId: 'bob', sessionId });
    expect(sessionOf(shop, sessionId).ownerId).toBe('bob');
    ok(shop.engine.sessions.sendMessage(sessionId, 'bob', 'Bob here'));
    expect(shop.engine.transcript(sessionId).map((l) => l.text)).toEqual([
      'refund please',
      'Hello there, this is Ann from Sales.',
      'one moment',
      'Bob here',
    ]);
  });

  it('takes the first agent out of the session: it can no longer write', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'cold' }));
    expectRejectedUnchanged(shop, 'not_participant', () => shop.engine.sessions.sendMessage(sessionId, 'ann', 'one more thing'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('to a queue: the chat waits in that queue and goes to one of its agents', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'cara');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'support', mode: 'cold' }));
    expect(eventsOf(shop, 'contact.queued').at(-1)).toMatchObject({ contactId, queueId: 'support', cause: 'transfer' });
    expect(agentOf(shop, 'ann').used.chat).toBe(0);
    acceptAs(shop, contactId, 'cara');
    expect(contactOf(shop, contactId)).toMatchObject({ queueId: 'support', agentId: 'cara', sessionId });
    expect(sessionOf(shop, sessionId).ownerId).toBe('cara');
  });

  // Engine bug: `coldTransfer` (src/engine/transfers.ts) frees the first agent before the contact
  // enters the target queue, so the agent trigger runs first and offers the chat straight back to the
  // agent who handed it on whenever that agent is also a member of the target queue. A warm transfer
  // excludes the first agent (`probe` in transfer.handlers.ts); a cold one should too.
  it('to a queue: does not offer the chat straight back to the agent who transferred it', () => {
    const shop = openShop();
    available(shop, 'bob');
    const { contactId } = startChat(shop, { agentId: 'bob' });
    available(shop, 'cara');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'bob', toQueueId: 'support', mode: 'cold' }));
    expect(pendingOffer(shop, contactId).agentId).toBe('cara');
  });

  // Engine bug: between agents, `routeTo` sets `contact.agent` to the agent merely *offered* the chat,
  // and `sessionView` and `isParticipant` (src/engine/sessions.ts) read `contact.agent`. So before it
  // has accepted (no `session.joined` yet), that agent shows as the owner and may write to the customer.
  it('shows no owner while a cold-transferred chat is only offered to the next agent', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'cold' }));
    expect(pendingOffer(shop, contactId).agentId).toBe('bob');
    expect(sessionOf(shop, sessionId).ownerId).toBeNull();
  });

  it('rejects a message from an agent merely offered a transferred chat with not_participant', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'cold' }));
    expect(pendingOffer(shop, contactId).agentId).toBe('bob');
    expectRejectedUnchanged(shop, 'not_participant', () => shop.engine.sessions.sendMessage(sessionId, 'bob', 'I have not accepted yet'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('shows no owner while a cold-transferred chat waits in the queue', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'support', mode: 'cold' }));
    expect(contactOf(shop, contactId).status).toBe('queued');
    expect(sessionOf(shop, sessionId)).toMatchObject({ status: 'open', ownerId: null, invitedIds: [] });
  });

  it('lets invited colleagues go when the owner transfers the chat cold', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'tier2', mode: 'cold' }));
    expect(eventsOf(shop, 'session.left').map((e) => e.agentId)).toEqual(['bob', 'ann']);
    expect(agentOf(shop, 'bob').used.chat).toBe(0);
    expect(sessionOf(shop, sessionId).invitedIds).toEqual([]);
  });

  it('sends no second welcome message when the transferred chat is accepted', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'cold' }));
    acceptAs(shop, contactId, 'bob');
    expect(shop.engine.transcript(sessionId).filter((l) => l.kind === 'welcome')).toHaveLength(1);
  });

  it('lets the customer close the chat while it waits for the new agent: the contact is abandoned', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'support', mode: 'cold' }));
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    expect(eventsOf(shop, 'session.closed')).toEqual([expect.objectContaining({ sessionId, by: 'customer', agentId: null })]);
    expect(eventsOf(shop, 'contact.abandoned')).toEqual([expect.objectContaining({ contactId, queueId: 'support' })]);
    expect(shop.engine.contact(contactId)).toBeUndefined();
  });
});

describe('warm transfer (seed 7)', () => {
  it('to an agent: the first agent keeps the chat until the second accepts', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    const from = nextSeq(shop);
    const { offerId } = ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }));
    expect(typesSince(shop, from)).toEqual(['offer.created']);
    expect(eventsOf(shop, 'offer.created', from)[0]).toMatchObject({ offerId, contactId, agentId: 'bob', trigger: 'transfer', queueId: 'sales' });
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'active', agentId: 'ann' });
    expect(sessionOf(shop, sessionId).ownerId).toBe('ann');
    expect(agentOf(shop, 'ann').used.chat).toBe(1);
    expect(agentOf(shop, 'bob').used.chat).toBe(1);
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'I am bringing in a colleague'));
  });

  it('to an agent: on accept the second agent owns the chat and the first leaves without wrap-up', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    const { offerId } = ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }));
    shop.clock.advanceTo(3_000);
    const from = nextSeq(shop);
    ok(shop.engine.offers.accept(offerId as string, 'bob'));
    expect(typesSince(shop, from)).toEqual(['offer.accepted', 'contact.transferred', 'session.left', 'session.joined']);
    expect(eventsOf(shop, 'contact.transferred', from)[0]).toMatchObject({ fromAgentId: 'ann', toAgentId: 'bob', mode: 'warm', reason: 'transfer' });
    expect(eventsOf(shop, 'session.joined', from)[0]).toMatchObject({ sessionId, agentId: 'bob', role: 'owner' });
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'active', agentId: 'bob', sessionId });
    expect(sessionOf(shop, sessionId).ownerId).toBe('bob');
    expect(agentOf(shop, 'ann').used.chat).toBe(0);
    expect(agentOf(shop, 'bob').used.chat).toBe(1);
  });

  it('to a queue: the chat is offered to an agent of that queue and moves there on accept', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'cara');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'support', mode: 'warm' }));
    expect(pendingOffer(shop, contactId).agentId).toBe('cara');
    expect(contactOf(shop, contactId).agentId).toBe('ann');
    acceptAs(shop, contactId, 'cara');
    expect(contactOf(shop, contactId)).toMatchObject({ queueId: 'support', agentId: 'cara', sessionId });
  });

  it('keeps the chat with the first agent when the second agent rejects', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    const { offerId } = ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }));
    const from = nextSeq(shop);
    ok(shop.engine.offers.reject(offerId as string, 'bob'));
    expect(typesSince(shop, from)).toEqual(['offer.rejected']);
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'active', agentId: 'ann', offerId: null });
    expect(sessionOf(shop, sessionId).ownerId).toBe('ann');
    expect(agentOf(shop, 'ann').used.chat).toBe(1);
    expect(agentOf(shop, 'bob').used.chat).toBe(0);
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'my colleague is busy, I will help you'));
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'support', mode: 'cold' }));
  });

  it('keeps the chat with the first agent when the offer times out', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }));
    const from = nextSeq(shop);
    shop.clock.advanceTo(10_000);
    expect(typesSince(shop, from)).toEqual(['offer.expired']);
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'active', agentId: 'ann' });
    expect(sessionOf(shop, sessionId).ownerId).toBe('ann');
    expect(agentOf(shop, 'bob').used.chat).toBe(0);
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'still with you'));
  });

  it('withdraws a pending warm transfer when the first agent closes the chat', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    const { offerId } = ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }));
    ok(shop.engine.sessions.close(sessionId, 'agent', 'ann'));
    expect(eventsOf(shop, 'offer.withdrawn')).toEqual([expect.objectContaining({ offerId, agentId: 'bob', reason: 'contact_ended' })]);
    expect(agentOf(shop, 'bob')).toMatchObject({ pendingOfferIds: [], used: expect.objectContaining({ chat: 0 }) });
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'wrap_up', agentId: 'ann' });
  });

  it('rejects a second transfer while a warm transfer is pending with transfer_pending', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob', 'cara');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }));
    expectRejectedUnchanged(shop, 'transfer_pending', () => shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'support', mode: 'cold' }), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
    expectRejectedUnchanged(shop, 'transfer_pending', () => shop.engine.transfers.requeue(contactId, 'ann'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects a warm transfer to an agent who is not available with agent_unavailable', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'agent_unavailable', () => shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
    expect(shop.engine.events().at(-1)).toMatchObject({ message: 'contact.transfer: agent "bob" is offline' });
  });

  it('rejects a warm transfer to a queue where nobody can take the chat with no_agent_available', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'no_agent_available', () => shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'support', mode: 'warm' }), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects a transfer by an agent who does not hold the chat with not_offer_owner', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    expectRejectedUnchanged(shop, 'not_offer_owner', () => shop.engine.transfers.transfer({ contactId, agentId: 'bob', toQueueId: 'support', mode: 'cold' }), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });
});

describe('transfer to a closed queue (seed 7)', () => {
  it("follows the queue's ticket policy: the chat becomes a ticket with its transcript and the agent is freed", () => {
    const shop = openShop({ queues: { night: { afterHours: 'ticket' } } });
    const { contactId, sessionId } = startChat(shop, { message: 'hello', customer: { email: 'jo@example.com', name: 'Jo' } });
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'night', mode: 'cold' }));
    expect(eventsOf(shop, 'ticket.created')).toEqual([
      expect.objectContaining({ contactId, queueId: 'night', reason: 'after_hours', email: 'jo@example.com' }),
    ]);
    expect(eventsOf(shop, 'ticket.created')[0]!.transcript.map((l) => l.text)).toEqual(['hello', 'Hello Jo, this is Ann from Sales.']);
    expect(eventsOf(shop, 'session.closed')).toEqual([expect.objectContaining({ sessionId, by: 'system' })]);
    expect(agentOf(shop, 'ann').used.chat).toBe(0);
    expect(shop.engine.contact(contactId)).toBeUndefined();
  });

  it("follows the queue's reject policy: the chat is turned away with the closed message", () => {
    const shop = openShop({ queues: { night: { afterHours: 'reject', closedMessage: 'The night desk opens Monday at 8.' } } });
    const { contactId } = startChat(shop);
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'night', mode: 'cold' }));
    expect(eventsOf(shop, 'contact.rejected')).toEqual([
      expect.objectContaining({ contactId, queueId: 'night', reason: 'after_hours', message: 'The night desk opens Monday at 8.' }),
    ]);
    expect(agentOf(shop, 'ann').used.chat).toBe(0);
  });

  it("follows the queue's hold policy: the chat waits there with its session open", () => {
    const shop = openShop({ queues: { night: { afterHours: 'hold' } } });
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'eve');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'night', mode: 'cold' }));
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'queued', queueId: 'night', agentId: null });
    expect(sessionOf(shop, sessionId)).toMatchObject({ status: 'open', ownerId: null });
    expect(eventsOf(shop, 'offer.created').filter((e) => e.agentId === 'eve')).toEqual([]);
  });

  it('rejects a warm transfer to a closed queue with queue_closed', () => {
    const shop = openShop({ queues: { night: { afterHours: 'hold' } } });
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'eve');
    expectRejectedUnchanged(shop, 'queue_closed', () => shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'night', mode: 'warm' }), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });
});

describe('requeue (seed 7)', () => {
  it('puts the chat back into its queue keeping its original enqueue time', () => {
    const shop = openShop();
    shop.clock.advanceTo(1_000);
    const { contactId, sessionId } = startChat(shop);
    shop.clock.advanceTo(50_000);
    ok(shop.engine.transfers.requeue(contactId, 'ann'));
    expect(eventsOf(shop, 'contact.requeued')).toEqual([expect.objectContaining({ at: 50_000, contactId, agentId: 'ann', queueId: 'sales' })]);
    expect(eventsOf(shop, 'contact.queued').at(-1)).toMatchObject({ at: 50_000, contactId, queueId: 'sales', cause: 'requeue', enqueuedAt: 1_000 });
    expect(contactOf(shop, contactId).enqueuedAt).toBe(1_000);
    expect(eventsOf(shop, 'session.left')).toEqual([expect.objectContaining({ sessionId, agentId: 'ann' })]);
    expect(eventsOf(shop, 'contact.completed')).toEqual([]);
  });

  it('puts a requeued chat ahead of chats that arrived after it', () => {
    const shop = openShop({ agents: [{ id: 'ann', capacity: { chat: 1 }, memberships: [{ queueId: 'sales' }] }, { id: 'bob', capacity: { chat: 1 }, memberships: [{ queueId: 'sales' }] }] });
    const { contactId: first } = startChat(shop);
    shop.clock.advanceTo(5_000);
    const later = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat' })).contactId as string;
    expect(contactOf(shop, later).status).toBe('queued');
    ok(shop.engine.agents.setStatus('ann', 'break'));
    shop.clock.advanceTo(8_000);
    ok(shop.engine.transfers.requeue(first, 'ann'));
    expect(contactOf(shop, first).status).toBe('queued');
    available(shop, 'bob');
    expect(pendingOffer(shop, first).agentId).toBe('bob');
    expect(contactOf(shop, later).status).toBe('queued');
  });

  it('requeues into another queue keeping the original enqueue time', () => {
    const shop = openShop();
    shop.clock.advanceTo(2_000);
    const { contactId, sessionId } = startChat(shop);
    shop.clock.advanceTo(30_000);
    available(shop, 'cara');
    ok(shop.engine.transfers.requeue(contactId, 'ann', 'support'));
    expect(eventsOf(shop, 'contact.queued').at(-1)).toMatchObject({ queueId: 'support', cause: 'requeue', enqueuedAt: 2_000 });
    acceptAs(shop, contactId, 'cara');
    expect(eventsOf(shop, 'contact.assigned').at(-1)).toMatchObject({ contactId, agentId: 'cara', waitMs: 28_000 });
    expect(sessionOf(shop, sessionId).ownerId).toBe('cara');
  });

  it('rejects a requeue into an unknown queue with unknown_queue and changes nothing', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'unknown_queue', () => shop.engine.transfers.requeue(contactId, 'ann', 'nowhere'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });
});

describe('escalation (seed 7)', () => {
  it('moves the chat to the escalation queue and keeps the whole transcript', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop, { message: 'broken item', customer: { email: 'jo@example.com', name: 'Jo' } });
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'sorry to hear that'));
    ok(shop.engine.sessions.consult(sessionId, 'ann', 'dan', 'tier 2 please'));
    available(shop, 'dan');
    const before = shop.engine.transcript(sessionId);
    ok(shop.engine.transfers.escalate(contactId, 'ann'));
    expect(eventsOf(shop, 'contact.transferred').at(-1)).toMatchObject({ contactId, fromAgentId: 'ann', toQueueId: 'tier2', mode: 'cold', reason: 'escalation' });
    expect(eventsOf(shop, 'contact.queued').at(-1)).toMatchObject({ queueId: 'tier2', cause: 'escalation', enqueuedAt: 0 });
    expect(agentOf(shop, 'ann').used.chat).toBe(0);
    acceptAs(shop, contactId, 'dan');
    ok(shop.engine.sessions.sendMessage(sessionId, 'dan', 'Dan from tier 2'));
    const after = shop.engine.transcript(sessionId);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((l) => l.text)).toEqual(['broken item', 'Hello Jo, this is Ann from Sales.', 'sorry to hear that', 'tier 2 please', 'Dan from tier 2']);
    expect(contactOf(shop, contactId)).toMatchObject({ queueId: 'tier2', agentId: 'dan', sessionId });
  });

  it('rejects an escalation from a queue without an escalation queue with no_escalation_queue', () => {
    const shop = openShop();
    available(shop, 'cara');
    const { contactId, sessionId } = startChat(shop, { queueId: 'support', agentId: 'cara' });
    expectRejectedUnchanged(shop, 'no_escalation_queue', () => shop.engine.transfers.escalate(contactId, 'cara'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });
});
