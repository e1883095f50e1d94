/**
 * DESIGN.md section 4: agents see the customer's page, cart and profile as they change. The embedder
 * reports them with `customer.setContext` at any time (queued, in the session, in wrap-up); each
 * report is a `session.context` event, and fields not given keep their last value.
 */
import { describe, expect, it } from 'vitest';
import { contactOf, eventsOf, expectRejectedUnchanged, ok, openShop, sessionOf, startChat } from './session-fixtures.js';

describe('customer context (seed 7)', () => {
  it('records the page, cart and profile reported while the contact is queued', () => {
    const shop = openShop();
    const contactId = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat' })).contactId as string;
    shop.clock.advanceTo(1_500);
    ok(shop.engine.customers.setContext(contactId, { pageUrl: 'https://shop.example/cart', cart: { items: 2, totalCents: 4_990 } }));
    expect(eventsOf(shop, 'session.context')).toEqual([
      expect.objectContaining({ at: 1_500, contactId, pageUrl: 'https://shop.example/cart', cart: { items: 2, totalCents: 4_990 }, profile: null }),
    ]);
    expect(contactOf(shop, contactId).context).toEqual({ pageUrl: 'https://shop.example/cart', cart: { items: 2, totalCents: 4_990 }, profile: null });
  });

  it('shows the context reported while queued in the session once an agent accepts', () => {
    const shop = openShop();
    ok(shop.engine.agents.setStatus('ann', 'break'));
    const contactId = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat' })).contactId as string;
    ok(shop.engine.customers.setContext(contactId, { profile: { tier: 'gold' } }));
    ok(shop.engine.agents.setStatus('ann', 'available'));
    const offerId = contactOf(shop, contactId).offerId!;
    ok(shop.engine.offers.accept(offerId));
    const sessionId = contactOf(shop, contactId).sessionId!;
    expect(sessionOf(shop, sessionId).context).toEqual({ pageUrl: null, cart: null, profile: { tier: 'gold' } });
  });

  it('updates the context during the session, keeping the fields not given', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.customers.setContext(contactId, { pageUrl: 'https://shop.example/p/1', cart: { items: 1 }, profile: { name: 'Jo' } }));
    shop.clock.advanceTo(7_000);
    ok(shop.engine.customers.setContext(contactId, { pageUrl: 'https://shop.example/checkout' }));
    const expected = { pageUrl: 'https://shop.example/checkout', cart: { items: 1 }, profile: { name: 'Jo' } };
    expect(sessionOf(shop, sessionId).context).toEqual(expected);
    expect(contactOf(shop, contactId).context).toEqual(expected);
    const events = eventsOf(shop, 'session.context');
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ at: 7_000, contactId, ...expected });
  });

  it('accepts a context report during the wrap-up after the chat is closed', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.sessions.close(sessionId, 'agent', 'ann'));
    expect(contactOf(shop, contactId).status).toBe('wrap_up');
    ok(shop.engine.customers.setContext(contactId, { pageUrl: 'https://shop.example/thanks' }));
    expect(contactOf(shop, contactId).context?.pageUrl).toBe('https://shop.example/thanks');
  });

  it('keeps its own copy of the cart, so changing the caller object later changes nothing', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    const cart = { items: [{ sku: 'A1', qty: 1 }] };
    ok(shop.engine.customers.setContext(contactId, { cart }));
    cart.items[0]!.qty = 99;
    expect(sessionOf(shop, sessionId).context?.cart).toEqual({ items: [{ sku: 'A1', qty: 1 }] });
  });

  it('rejects a page URL that is not http or https with invalid_command and changes nothing', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.customers.setContext(contactId, { pageUrl: 'javascript:void(0)' }), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects a context report for an unknown contact with unknown_contact', () => {
    const shop = openShop();
    expectRejectedUnchanged(shop, 'unknown_contact', () => shop.engine.customers.setContext('c-404', { profile: {} }));
  });
});
