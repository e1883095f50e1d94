/**
 * DESIGN.md section 4: an agent can consult another agent privately (internal messages, never shown to
 * the customer and never in a ticket) and invite an agent into the chat (a conference: capacity is
 * counted for both until the colleague leaves or the chat closes).
 */
import { describe, expect, it } from 'vitest';
import { agentOf, available, contactOf, eventsOf, expectRejectedUnchanged, ok, openShop, pendingOffer, sessionOf, startChat } from './session-fixtures.js';

describe('consult (seed 7)', () => {
  it('records a consult message as internal, addressed to the other agent', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    shop.clock.advanceTo(4_000);
    const { messageId } = ok(shop.engine.sessions.consult(sessionId, 'ann', 'bob', 'Can we refund shipping?'));
    const consult = eventsOf(shop, 'session.message').find((m) => m.messageId === messageId);
    expect(consult).toMatchObject({ at: 4_000, contactId, sessionId, from: 'agent', agentId: 'ann', toAgentId: 'bob', internal: true });
    const line = shop.engine.transcript(sessionId).find((l) => l.messageId === messageId);
    expect(line).toMatchObject({ internal: true, toAgentId: 'bob', text: 'Can we refund shipping?' });
  });

  it('marks only consult messages internal in the transcript', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop, { message: 'hi', customer: { email: 'jo@example.com', name: 'Jo' } });
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'hello'));
    ok(shop.engine.sessions.consult(sessionId, 'ann', 'bob', 'psst'));
    ok(shop.engine.customers.sendMessage(contactId, 'thanks'));
    expect(shop.engine.transcript(sessionId).map((l) => [l.text, l.internal])).toEqual([
      ['hi', false],
      ['Hello Jo, this is Ann from Sales.', false],
      ['hello', false],
      ['psst', true],
      ['thanks', false],
    ]);
  });

  it('lets an invited colleague answer a consult', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    ok(shop.engine.sessions.consult(sessionId, 'ann', 'bob', 'take over billing?'));
    ok(shop.engine.sessions.consult(sessionId, 'bob', 'ann', 'yes'));
    const internal = shop.engine.transcript(sessionId).filter((l) => l.internal);
    expect(internal.map((l) => [l.agentId, l.toAgentId, l.text])).toEqual([
      ['ann', 'bob', 'take over billing?'],
      ['bob', 'ann', 'yes'],
    ]);
  });

  it("keeps consult messages out of a ticket's transcript", () => {
    const shop = openShop({ queues: { night: { afterHours: 'ticket' } } });
    const { contactId, sessionId } = startChat(shop, { message: 'my order is late', customer: { email: 'jo@example.com', name: 'Jo' } });
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'let me check'));
    ok(shop.engine.sessions.consult(sessionId, 'ann', 'bob', 'INTERNAL: customer was rude last time'));
    ok(shop.engine.customers.sendMessage(contactId, 'ok'));
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'night', mode: 'cold' }));
    const [ticket] = eventsOf(shop, 'ticket.created');
    expect(ticket).toMatchObject({ contactId, reason: 'after_hours', email: 'jo@example.com' });
    expect(ticket!.transcript.map((l) => l.text)).toEqual([
      'my order is late',
      'Hello Jo, this is Ann from Sales.',
      'let me check',
      'ok',
    ]);
    expect(JSON.stringify(shop.engine.ticketSink)).not.toContain('INTERNAL');
  });

  it('rejects a consult with an unknown agent with unknown_agent and changes nothing', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'unknown_agent', () => shop.engine.sessions.consult(sessionId, 'ann', 'zed', 'hi'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects a consult with oneself with invalid_command', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.sessions.consult(sessionId, 'ann', 'ann', 'note to self'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });
});

describe('invite (seed 7)', () => {
  it('brings an invited agent into the session and counts the chat for both agents', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    expect(eventsOf(shop, 'session.joined')).toEqual([
      expect.objectContaining({ sessionId, contactId, agentId: 'bob', role: 'invited' }),
    ]);
    expect(sessionOf(shop, sessionId)).toMatchObject({ ownerId: 'ann', invitedIds: ['bob'] });
    expect(agentOf(shop, 'ann').used.chat).toBe(1);
    expect(agentOf(shop, 'bob').used.chat).toBe(1);
    expect(agentOf(shop, 'bob').usedTotal).toBe(1);
  });

  it('lets the invited agent write to the customer', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    ok(shop.engine.sessions.sendMessage(sessionId, 'bob', 'Hi, Bob from billing here'));
    expect(shop.engine.transcript(sessionId).at(-1)).toMatchObject({ from: 'agent', agentId: 'bob', internal: false });
  });

  it("uses the invited agent's capacity, so it gets no new chat beyond its free capacity", () => {
    const shop = openShop({ agents: [{ id: 'ann', capacity: { chat: 1 }, memberships: [{ queueId: 'sales' }] }, { id: 'bob', capacity: { chat: 1 }, memberships: [{ queueId: 'sales' }] }] });
    const { sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    const waiting = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat' })).contactId as string;
    expect(contactOf(shop, waiting).status).toBe('queued');
    expect(agentOf(shop, 'bob').pendingOfferIds).toEqual([]);
  });

  it('frees the invited agent when it leaves, and the chat goes on with the owner', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    shop.clock.advanceTo(30_000);
    ok(shop.engine.sessions.leave(sessionId, 'bob'));
    expect(eventsOf(shop, 'session.left')).toEqual([expect.objectContaining({ at: 30_000, sessionId, contactId, agentId: 'bob' })]);
    expect(agentOf(shop, 'bob').used.chat).toBe(0);
    expect(agentOf(shop, 'ann').used.chat).toBe(1);
    expect(sessionOf(shop, sessionId)).toMatchObject({ status: 'open', ownerId: 'ann', invitedIds: [] });
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'still here'));
  });

  it('gives the freed invited agent waiting work when it leaves', () => {
    const shop = openShop({ agents: [{ id: 'ann', capacity: { chat: 1 }, memberships: [{ queueId: 'sales' }] }, { id: 'bob', capacity: { chat: 1 }, memberships: [{ queueId: 'sales' }] }] });
    const { sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    const waiting = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat' })).contactId as string;
    ok(shop.engine.sessions.leave(sessionId, 'bob'));
    expect(pendingOffer(shop, waiting).agentId).toBe('bob');
  });

  it('lets the invited agent go when the chat closes', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    expect(eventsOf(shop, 'session.left').map((e) => e.agentId)).toEqual(['bob']);
    expect(agentOf(shop, 'bob').used.chat).toBe(0);
    expect(sessionOf(shop, sessionId).invitedIds).toEqual([]);
  });

  it.each(['offline', 'break'] as const)('rejects inviting an agent who is %s with agent_unavailable and changes nothing', (presence) => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    if (presence !== 'offline') ok(shop.engine.agents.setStatus('bob', presence));
    expectRejectedUnchanged(shop, 'agent_unavailable', () => shop.engine.sessions.invite(sessionId, 'ann', 'bob'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
    expect(shop.engine.events().at(-1)).toMatchObject({ message: `session.invite: agent "bob" is ${presence}` });
  });

  it('rejects inviting an agent with no free chat capacity with agent_unavailable', () => {
    const shop = openShop({ agents: [{ id: 'ann', capacity: { chat: 1 }, memberships: [{ queueId: 'sales' }] }, { id: 'bob', capacity: { chat: 1 }, memberships: [{ queueId: 'support' }] }] });
    const { contactId, sessionId } = startChat(shop);
    const other = startChat(shop, { queueId: 'support', agentId: 'bob' });
    expectRejectedUnchanged(shop, 'agent_unavailable', () => shop.engine.sessions.invite(sessionId, 'ann', 'bob'), {
      sessionIds: [sessionId, other.sessionId],
      contactIds: [contactId, other.contactId],
    });
    expect(shop.engine.events().at(-1)).toMatchObject({ message: 'session.invite: agent "bob" has no free chat capacity' });
  });

  it('rejects inviting an agent already in the session with invalid_command', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.sessions.invite(sessionId, 'ann', 'bob'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects inviting an unknown agent with unknown_agent', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'unknown_agent', () => shop.engine.sessions.invite(sessionId, 'ann', 'zed'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects the owner leaving its own chat with invalid_command (it must transfer or close)', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.sessions.leave(sessionId, 'ann'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });
});
