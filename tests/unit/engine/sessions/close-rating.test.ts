/**
 * DESIGN.md section 4 and `src/engine/session-close.ts`: closing (by the agent or the customer) starts
 * the owner's wrap-up; the customer may then rate the chat once, 1 to 5 (shown as emoticons), within
 * the queue's `ratingWindowMs`. The session ends with the rating or when the window is over.
 */
import { describe, expect, it } from 'vitest';
import { isRatingScore, RATING_EMOTICONS } from '../../../../src/index.js';
import {
  agentOf,
  available,
  contactOf,
  eventsOf,
  expectRejectedUnchanged,
  nextSeq,
  ok,
  openShop,
  sessionOf,
  startChat,
  typesSince,
} from './session-fixtures.js';

describe('close (seed 7)', () => {
  it("closed by the agent: the session closes and the agent's wrap-up starts", () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    shop.clock.advanceTo(40_000);
    const from = nextSeq(shop);
    ok(shop.engine.sessions.close(sessionId, 'agent', 'ann'));
    expect(typesSince(shop, from)).toEqual(['session.closed', 'contact.completed']);
    expect(eventsOf(shop, 'session.closed', from)[0]).toMatchObject({ at: 40_000, sessionId, contactId, by: 'agent', agentId: 'ann' });
    expect(eventsOf(shop, 'contact.completed', from)[0]).toMatchObject({ contactId, agentId: 'ann', wrapUpMs: 5_000 });
    expect(sessionOf(shop, sessionId)).toMatchObject({ status: 'closed', ownerId: null, rated: false });
    expect(contactOf(shop, contactId).status).toBe('wrap_up');
    expect(agentOf(shop, 'ann').used.chat).toBe(1);
    shop.clock.advanceTo(45_000);
    expect(eventsOf(shop, 'agent.wrapup.ended')).toEqual([expect.objectContaining({ at: 45_000, agentId: 'ann', contactId })]);
    expect(agentOf(shop, 'ann').used.chat).toBe(0);
  });

  it("closed by the customer: the session closes and the owner's wrap-up starts", () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    const from = nextSeq(shop);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    expect(typesSince(shop, from)).toEqual(['session.closed', 'contact.completed']);
    expect(eventsOf(shop, 'session.closed', from)[0]).toMatchObject({ by: 'customer', agentId: null });
    expect(eventsOf(shop, 'contact.completed', from)[0]).toMatchObject({ contactId, agentId: 'ann', wrapUpMs: 5_000 });
    expect(contactOf(shop, contactId)).toMatchObject({ status: 'wrap_up', agentId: 'ann' });
  });

  it('closes the session when the agent completes the chat contact', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.contacts.complete(contactId, 'ann'));
    expect(eventsOf(shop, 'session.closed')).toEqual([expect.objectContaining({ sessionId, by: 'agent', agentId: 'ann' })]);
    expect(sessionOf(shop, sessionId).status).toBe('closed');
  });

  it('rejects closing an already closed session with session_closed and changes nothing', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    expectRejectedUnchanged(shop, 'session_closed', () => shop.engine.sessions.close(sessionId, 'customer'), { sessionIds: [sessionId], contactIds: [contactId] });
    expectRejectedUnchanged(shop, 'session_closed', () => shop.engine.sessions.close(sessionId, 'agent', 'ann'), { sessionIds: [sessionId], contactIds: [contactId] });
  });

  it('rejects a customer close that names an agent with invalid_command', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.sessions.close(sessionId, 'customer', 'ann'), { sessionIds: [sessionId], contactIds: [contactId] });
  });
});

describe('rating (seed 7)', () => {
  it('accepts a rating from 1 to 5 within the rating window and ends the session', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    shop.clock.advanceTo(10_000);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    shop.clock.advanceTo(69_999);
    ok(shop.engine.sessions.rate(sessionId, 4));
    expect(eventsOf(shop, 'session.rated')).toEqual([expect.objectContaining({ at: 69_999, sessionId, contactId, agentId: 'ann', score: 4 })]);
    expect(shop.engine.session(sessionId)).toBeUndefined();
  });

  it.each([1, 2, 3, 4, 5])('accepts the score %i', (score) => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'agent', 'ann'));
    ok(shop.engine.sessions.rate(sessionId, score));
    expect(eventsOf(shop, 'session.rated')[0]!.score).toBe(score);
  });

  it('attributes the rating to the agent who owned the chat last', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    const { offerId } = ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'warm' }));
    ok(shop.engine.offers.accept(offerId as string, 'bob'));
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    ok(shop.engine.sessions.rate(sessionId, 5));
    expect(eventsOf(shop, 'session.rated')[0]).toMatchObject({ agentId: 'bob', score: 5 });
  });

  it('rejects a late rating with rating_window_closed and changes nothing', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    shop.clock.advanceTo(10_000);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    shop.clock.advanceTo(70_001);
    expect(shop.engine.session(sessionId)).toBeUndefined();
    expectRejectedUnchanged(shop, 'rating_window_closed', () => shop.engine.sessions.rate(sessionId, 5), { sessionIds: [sessionId] });
    expect(eventsOf(shop, 'session.rated')).toEqual([]);
  });

  it('rejects a second rating with already_rated and changes nothing', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    ok(shop.engine.sessions.rate(sessionId, 2));
    expectRejectedUnchanged(shop, 'already_rated', () => shop.engine.sessions.rate(sessionId, 5), { sessionIds: [sessionId] });
    shop.clock.advanceTo(1_000_000);
    rejectedStill(shop, sessionId);
    expect(eventsOf(shop, 'session.rated').map((e) => e.score)).toEqual([2]);
  });

  it('rejects a rating of a chat still open with invalid_command', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.sessions.rate(sessionId, 5), { sessionIds: [sessionId], contactIds: [contactId] });
  });

  it.each([0, 6, 3.5, -1, Number.NaN])('rejects the score %s with invalid_command', (score) => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.sessions.rate(sessionId, score), { sessionIds: [sessionId], contactIds: [contactId] });
  });

  it('rejects a score given as text with invalid_command', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.dispatch({ type: 'session.rate', sessionId, score: '5' as unknown as number }), { sessionIds: [sessionId] });
  });

  it('rejects rating an unknown session with unknown_session', () => {
    const shop = openShop();
    expectRejectedUnchanged(shop, 'unknown_session', () => shop.engine.sessions.rate('s-404', 3));
  });

  it('ends the session without a rating when the window is over', () => {
    const shop = openShop({ queues: { sales: { ratingWindowMs: 30_000 } } });
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'agent', 'ann'));
    shop.clock.advanceTo(29_999);
    expect(sessionOf(shop, sessionId).status).toBe('closed');
    shop.clock.advanceTo(30_001);
    expect(shop.engine.session(sessionId)).toBeUndefined();
    expect(shop.engine.sessions.rate(sessionId, 3)).toMatchObject({ ok: false, error: { code: 'rating_window_closed' } });
  });
});

describe('rating emoticons', () => {
  it('exports an emoticon with a label for each score from 1 to 5', () => {
    expect(Object.keys(RATING_EMOTICONS).map(Number).sort()).toEqual([1, 2, 3, 4, 5]);
    const emojis = Object.values(RATING_EMOTICONS).map((e) => e.emoji);
    expect(new Set(emojis).size).toBe(5);
    for (const entry of Object.values(RATING_EMOTICONS)) {
      expect(entry.emoji.length).toBeGreaterThan(0);
      expect(entry.label.length).toBeGreaterThan(0);
    }
    expect(RATING_EMOTICONS[1].label).toMatch(/unhappy/);
    expect(RATING_EMOTICONS[5].label).toMatch(/happy/);
    expect(Object.isFrozen(RATING_EMOTICONS)).toBe(true);
  });

  it('tells a valid score from anything else', () => {
    expect([1, 2, 3, 4, 5].every(isRatingScore)).toBe(true);
    expect([0, 6, 2.5, '3', null, undefined].some(isRatingScore)).toBe(false);
  });
});

function rejectedStill(shop: ReturnType<typeof openShop>, sessionId: string): void {
  expect(shop.engine.sessions.rate(sessionId, 1)).toMatchObject({ ok: false, error: { code: 'already_rated' } });
}
