/**
 * DESIGN.md section 4, first sentence: accept starts the session and delivers the welcome message and
 * any messages written while queued, with their own timestamps.
 */
import { describe, expect, it } from 'vitest';
import { acceptAs, available, contactOf, eventsOf, ok, openShop, pendingOffer, sessionOf, startChat } from './session-fixtures.js';

describe('session start (seed 7)', () => {
  it('delivers the messages written while queued at accept, in order, with their original timestamps', () => {
    const shop = openShop();
    const { engine, clock } = shop;
    clock.advanceTo(1_000);
    const contactId = ok(engine.contacts.create({ queueId: 'sales', channel: 'chat', message: 'Is anyone there?' })).contactId as string;
    clock.advanceTo(4_000);
    const second = ok(engine.customers.sendMessage(contactId, 'I need help with my order')).messageId;
    clock.advanceTo(9_000);
    const third = ok(engine.customers.sendMessage(contactId, 'Order 1234')).messageId;
    expect(eventsOf(shop, 'session.message').map((m) => m.sessionId)).toEqual([null, null, null]);

    clock.advanceTo(20_000);
    available(shop, 'ann');
    acceptAs(shop, contactId, 'ann');

    const queued = eventsOf(shop, 'session.message').filter((m) => m.from === 'customer');
    expect(queued.map((m) => m.messageId)).toEqual([queued[0]!.messageId, second, third]);
    const [started] = eventsOf(shop, 'session.started');
    expect(started).toMatchObject({ at: 20_000, contactId, agentId: 'ann', queueId: 'sales' });
    expect(started!.deliveredMessageIds).toEqual(queued.map((m) => m.messageId));

    const transcript = engine.transcript(started!.sessionId);
    expect(transcript.slice(0, 3).map((l) => [l.from, l.text, l.at])).toEqual([
      ['customer', 'Is anyone there?', 1_000],
      ['customer', 'I need help with my order', 4_000],
      ['customer', 'Order 1234', 9_000],
    ]);
  });

  it('delivers nothing twice: a second chat delivers only its own queued messages', () => {
    const shop = openShop();
    const first = startChat(shop, { message: 'first chat' });
    const secondId = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat', message: 'second chat' })).contactId as string;
    acceptAs(shop, secondId, 'ann');
    const [a, b] = eventsOf(shop, 'session.started');
    expect(a!.sessionId).toBe(first.sessionId);
    const texts = (ids: readonly string[]) => ids.map((id) => eventsOf(shop, 'session.message').find((m) => m.messageId === id)?.text);
    expect(texts(a!.deliveredMessageIds)).toEqual(['first chat']);
    expect(texts(b!.deliveredMessageIds)).toEqual(['second chat']);
  });

  it('delivers an empty list when the customer wrote nothing while queued', () => {
    const shop = openShop();
    startChat(shop);
    expect(eventsOf(shop, 'session.started')[0]!.deliveredMessageIds).toEqual([]);
  });

  it('keeps messages written while the offer is pending and delivers them at accept', () => {
    const shop = openShop();
    available(shop, 'ann');
    const contactId = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat' })).contactId as string;
    expect(pendingOffer(shop, contactId).agentId).toBe('ann');
    shop.clock.advanceTo(2_000);
    const during = ok(shop.engine.customers.sendMessage(contactId, 'still there?')).messageId;
    acceptAs(shop, contactId, 'ann');
    expect(eventsOf(shop, 'session.started')[0]!.deliveredMessageIds).toEqual([during]);
  });

  it("sends the queue's welcome message at accept with customerName, agentName and queueName filled in", () => {
    const shop = openShop();
    shop.clock.advanceTo(3_000);
    const { sessionId } = startChat(shop, { customer: { email: 'jo@example.com', name: 'Jo' }, message: 'hi' });
    const welcome = shop.engine.transcript(sessionId).filter((l) => l.kind === 'welcome');
    expect(welcome).toEqual([
      expect.objectContaining({ from: 'system', agentId: null, at: 3_000, text: 'Hello Jo, this is Ann from Sales.', internal: false }),
    ]);
    const messages = eventsOf(shop, 'session.message');
    expect(messages.map((m) => m.kind)).toEqual(['text', 'welcome']);
    expect(messages[1]!.sessionId).toBe(sessionId);
  });

  it('sends no welcome message when the queue has none', () => {
    const shop = openShop({ queues: { sales: { welcomeMessage: '' } } });
    const { sessionId } = startChat(shop);
    expect(shop.engine.transcript(sessionId)).toEqual([]);
  });

  it('opens the session with the accepting agent as its owner and the contact active', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expect(sessionOf(shop, sessionId)).toEqual({
      id: sessionId,
      contactId,
      status: 'open',
      ownerId: 'ann',
      lastOwnerId: 'ann',
      invitedIds: [],
      context: null,
      rated: false,
    });
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'active', agentId: 'ann', sessionId });
    expect(eventsOf(shop, 'session.joined')).toEqual([]);
  });

  it('opens no session for a voice contact', () => {
    const shop = openShop({
      queues: { support: { channels: ['chat', 'voice'] } },
      agents: [{ id: 'cara', capacity: { voice: 1 }, memberships: [{ queueId: 'support' }] }],
    });
    available(shop, 'cara');
    const contactId = ok(shop.engine.contacts.create({ queueId: 'support', channel: 'voice' })).contactId as string;
    acceptAs(shop, contactId, 'cara');
    expect(contactOf(shop, contactId).sessionId).toBeNull();
    expect(eventsOf(shop, 'session.started')).toEqual([]);
  });
});
