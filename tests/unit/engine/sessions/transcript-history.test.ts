/**
 * DESIGN.md section 4, last sentence, and `src/engine/transcripts.ts`: every message and action is an
 * event, so the transcript and the customer's history are derived from the log and match it exactly.
 */
import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../../../src/index.js';
import { acceptAs, available, eventsOf, ok, openShop, type Shop, startChat } from './session-fixtures.js';

/** The transcript of a contact as read straight from `engine.events()`. */
function transcriptFromLog(shop: Shop, contactId: string): TranscriptEntry[] {
  return eventsOf(shop, 'session.message')
    .filter((e) => e.contactId === contactId)
    .map(({ messageId, at, from, agentId, toAgentId, kind, text, url, internal }) => ({ messageId, at, from, agentId, toAgentId, kind, text, url, internal }));
}

/** A chat with every kind of message, a consult, an invited colleague and a warm transfer. */
function busyChat(shop: Shop): { contactId: string; sessionId: string } {
  const { engine, clock } = shop;
  const contactId = ok(engine.contacts.create({ queueId: 'sales', channel: 'chat', message: 'hi', customer: { email: 'jo@example.com', name: 'Jo' } })).contactId as string;
  clock.advanceTo(1_000);
  ok(engine.customers.sendMessage(contactId, 'anyone?'));
  clock.advanceTo(2_000);
  available(shop, 'ann', 'bob');
  acceptAs(shop, contactId, 'ann');
  const sessionId = engine.contact(contactId)!.sessionId!;
  clock.advanceTo(3_000);
  ok(engine.sessions.sendCanned(sessionId, 'ann', 'greet'));
  ok(engine.sessions.pushUrl(sessionId, 'ann', { urlId: 'faq' }));
  clock.advanceTo(4_000);
  ok(engine.sessions.consult(sessionId, 'ann', 'bob', 'do you know this customer?'));
  ok(engine.sessions.invite(sessionId, 'ann', 'bob'));
  ok(engine.sessions.sendMessage(sessionId, 'bob', 'Bob joining'));
  ok(engine.sessions.leave(sessionId, 'bob'));
  clock.advanceTo(5_000);
  const { offerId } = ok(engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }));
  ok(engine.offers.accept(offerId as string, 'bob'));
  ok(engine.customers.sendMessage(contactId, 'thanks Bob'));
  ok(engine.sessions.pushUrl(sessionId, 'bob', { url: 'https://shop.example/track?id=9' }));
  return { contactId, sessionId };
}

describe('transcript (seed 7)', () => {
  it('matches the session.message events of the log exactly, in order', () => {
    const shop = openShop();
    const { contactId, sessionId } = busyChat(shop);
    const transcript = shop.engine.transcript(sessionId);
    expect(transcript).toEqual(transcriptFromLog(shop, contactId));
    expect(transcript.map((l) => [l.at, l.from, l.kind, l.internal])).toEqual([
      [0, 'customer', 'text', false],
      [1_000, 'customer', 'text', false],
      [2_000, 'system', 'welcome', false],
      [3_000, 'agent', 'canned', false],
      [3_000, 'agent', 'url', false],
      [4_000, 'agent', 'text', true],
      [4_000, 'agent', 'text', false],
      [5_000, 'customer', 'text', false],
      [5_000, 'agent', 'url', false],
    ]);
  });

  it('still matches the log after the session has ended', () => {
    const shop = openShop();
    const { contactId, sessionId } = busyChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    ok(shop.engine.sessions.rate(sessionId, 5));
    shop.clock.advanceTo(1_000_000);
    expect(shop.engine.session(sessionId)).toBeUndefined();
    const transcript = shop.engine.transcript(sessionId);
    expect(transcript).toHaveLength(9);
    expect(transcript).toEqual(transcriptFromLog(shop, contactId));
  });

  it('holds only its own chat when an agent has two chats at once', () => {
    const shop = openShop();
    const a = startChat(shop, { message: 'from alpha' });
    const b = startChat(shop, { message: 'from bravo' });
    ok(shop.engine.sessions.sendMessage(a.sessionId, 'ann', 'to alpha'));
    ok(shop.engine.sessions.sendMessage(b.sessionId, 'ann', 'to bravo'));
    expect(shop.engine.transcript(a.sessionId).map((l) => l.text)).toEqual(['from alpha', 'Hello there, this is Ann from Sales.', 'to alpha']);
    expect(shop.engine.transcript(b.sessionId)).toEqual(transcriptFromLog(shop, b.contactId));
    expect(shop.engine.transcript(b.sessionId).some((l) => l.text.includes('alpha'))).toBe(false);
  });

  it('is empty for an unknown session', () => {
    const shop = openShop();
    startChat(shop);
    expect(shop.engine.transcript('s-404')).toEqual([]);
  });

  it('follows the log as it grows between two reads', () => {
    const shop = openShop();
    const a = startChat(shop, { message: 'first' });
    expect(shop.engine.transcript(a.sessionId)).toEqual(transcriptFromLog(shop, a.contactId));
    const b = startChat(shop, { message: 'second' });
    ok(shop.engine.sessions.sendMessage(a.sessionId, 'ann', 'later'));
    expect(shop.engine.transcript(a.sessionId)).toEqual(transcriptFromLog(shop, a.contactId));
    expect(shop.engine.contactTranscript(b.contactId)).toEqual(transcriptFromLog(shop, b.contactId));
  });

  it('holds what the bounded log still holds once older events are dropped', () => {
    const shop = openShop({ eventLogMax: 40 });
    const chats = Array.from({ length: 6 }, (_, i) => {
      const chat = startChat(shop, { message: `chat ${i}`, customer: { email: 'jo@example.com' } });
      if (i === 0) expect(shop.engine.transcript(chat.sessionId)).toHaveLength(2); // read before the drop
      ok(shop.engine.sessions.close(chat.sessionId, 'customer'));
      shop.clock.advanceTo((i + 1) * 600_000); // wrap-up and the rating window end
      return chat;
    });
    expect(shop.engine.events()[0]!.seq).toBeGreaterThan(0); // the oldest events are gone
    for (const chat of chats) expect(shop.engine.contactTranscript(chat.contactId)).toEqual(transcriptFromLog(shop, chat.contactId));
    expect(shop.engine.contactTranscript(chats[0]!.contactId)).toEqual([]);
    expect(shop.engine.contactTranscript(chats[5]!.contactId)).toHaveLength(2);
  });

  it('gives every message a distinct id', () => {
    const shop = openShop();
    const { sessionId } = busyChat(shop);
    const ids = shop.engine.transcript(sessionId).map((l) => l.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('customer history (seed 7)', () => {
  it("lists the customer's contacts and how each ended, as the log tells it", () => {
    const shop = openShop({ queues: { sales: { wrapUpMs: 0 } } });
    const { engine, clock } = shop;
    const first = startChat(shop, { customer: { email: 'jo@example.com', name: 'Jo' } });
    ok(engine.sessions.close(first.sessionId, 'customer'));
    clock.advanceTo(10_000);
    ok(engine.agents.setStatus('ann', 'break'));
    const second = ok(engine.contacts.create({ queueId: 'sales', channel: 'chat', customer: { email: ' JO@example.com' } })).contactId as string;
    ok(engine.contacts.leaveMessage(second, 'call me back'));
    clock.advanceTo(20_000);
    ok(engine.contacts.create({ queueId: 'sales', channel: 'chat', customer: { email: 'someone@else.example' } }));
    ok(engine.contacts.create({ queueId: 'sales', channel: 'chat' }));
    const third = ok(engine.contacts.create({ queueId: 'support', channel: 'chat', customer: { email: 'jo@example.com' } })).contactId as string;

    const customerId = eventsOf(shop, 'customer.linked').find((e) => e.contactId === first.contactId)!.customerId;
    const history = engine.customerHistory(customerId);
    expect(history).toEqual([
      { contactId: first.contactId, createdAt: 0, queueId: 'sales', channel: 'chat', outcome: 'completed' },
      { contactId: second, createdAt: 10_000, queueId: 'sales', channel: 'chat', outcome: 'ticketed' },
      { contactId: third, createdAt: 20_000, queueId: 'support', channel: 'chat', outcome: null },
    ]);
    const linked = eventsOf(shop, 'customer.linked').filter((e) => e.customerId === customerId).map((e) => e.contactId);
    expect(history.map((h) => h.contactId)).toEqual(linked);
    for (const entry of history) {
      const created = eventsOf(shop, 'contact.created').find((e) => e.contactId === entry.contactId)!;
      expect([entry.createdAt, entry.queueId, entry.channel]).toEqual([created.at, created.queueId, created.channel]);
    }
  });

  it('is empty for an unknown customer', () => {
    const shop = openShop();
    startChat(shop, { customer: { email: 'jo@example.com' } });
    expect(shop.engine.customerHistory('cu-404')).toEqual([]);
  });
});
