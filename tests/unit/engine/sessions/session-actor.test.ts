/**
 * DESIGN.md section 2, "Actors": each session is an xstate actor reachable by its id, so an embedder
 * can subscribe to one session. `engine.actorOf(sessionId)` starts in the session's current state and
 * follows it from then on: open -> closed -> ended.
 */
import { describe, expect, it } from 'vitest';
import { ok, openShop, startChat } from './session-fixtures.js';

describe('session actors (seed 7)', () => {
  it('returns an actor in the open state for an open session, carrying the session id', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    const actor = shop.engine.actorOf(sessionId);
    expect(actor?.getSnapshot().value).toBe('open');
    expect(actor?.getSnapshot().context).toEqual({ sessionId });
  });

  it('returns the same actor for the same session id', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    expect(shop.engine.actorOf(sessionId)).toBe(shop.engine.actorOf(sessionId));
  });

  it('follows the session from open to closed to ended when the customer rates', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    const actor = shop.engine.actorOf(sessionId)!;
    const seen: unknown[] = [];
    actor.subscribe((snapshot) => seen.push(snapshot.value));
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'bye'));
    expect(actor.getSnapshot().value).toBe('open');
    ok(shop.engine.sessions.close(sessionId, 'agent', 'ann'));
    expect(actor.getSnapshot().value).toBe('closed');
    ok(shop.engine.sessions.rate(sessionId, 5));
    expect(actor.getSnapshot().value).toBe('ended');
    expect(actor.getSnapshot().status).toBe('done');
    expect(seen).toEqual(['closed', 'ended']);
  });

  it('follows the session to ended when the rating window is over', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    const actor = shop.engine.actorOf(sessionId)!;
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    shop.clock.advanceTo(59_999);
    expect(actor.getSnapshot().value).toBe('closed');
    shop.clock.advanceTo(60_000);
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('starts an actor asked for after the close in the closed state', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'customer'));
    const actor = shop.engine.actorOf(sessionId)!;
    expect(actor.getSnapshot().value).toBe('closed');
    ok(shop.engine.sessions.rate(sessionId, 1));
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('closes the actor when the chat ends as a ticket (closed by the system)', () => {
    const shop = openShop({ queues: { night: { afterHours: 'ticket' } } });
    const { contactId, sessionId } = startChat(shop);
    const actor = shop.engine.actorOf(sessionId)!;
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'night', mode: 'cold' }));
    expect(actor.getSnapshot().value).toBe('closed');
  });

  it('stays open through a transfer, which keeps the same session', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    const actor = shop.engine.actorOf(sessionId)!;
    ok(shop.engine.transfers.requeue(contactId, 'ann', 'support'));
    expect(actor.getSnapshot().value).toBe('open');
  });

  it('has no actor for an unknown session id', () => {
    const shop = openShop();
    startChat(shop);
    expect(shop.engine.actorOf('s-404')).toBeUndefined();
  });
});
