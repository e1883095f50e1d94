/**
 * DESIGN.md section 4: agents send text, a canned answer (with placeholders) or a pushed URL. Each is a
 * `session.message` event; bad input is rejected with a code and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, expectRejectedUnchanged, ok, openShop, startChat } from './session-fixtures.js';

function lastMessage(shop: ReturnType<typeof openShop>) {
  const messages = eventsOf(shop, 'session.message');
  return messages[messages.length - 1]!;
}

describe('agent text (seed 7)', () => {
  it('records an agent message as a session.message event from that agent', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    shop.clock.advanceTo(2_500);
    const result = ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'How can I help?'));
    expect(lastMessage(shop)).toMatchObject({
      at: 2_500,
      messageId: result.messageId,
      contactId,
      sessionId,
      from: 'agent',
      agentId: 'ann',
      toAgentId: null,
      kind: 'text',
      text: 'How can I help?',
      url: null,
      internal: false,
    });
  });

  it('records a customer message in an open session at once, with the session id', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.customers.sendMessage(contactId, 'My parcel is late'));
    expect(lastMessage(shop)).toMatchObject({ from: 'customer', agentId: null, sessionId, text: 'My parcel is late' });
  });

  it('rejects an empty agent message with invalid_command and changes nothing', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.sessions.sendMessage(sessionId, 'ann', ''), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });
});

describe('canned answers (seed 7)', () => {
  it('fills customerName, agentName and queueName into a canned answer', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop, { customer: { email: 'jo@example.com', name: 'Jo' } });
    ok(shop.engine.sessions.sendCanned(sessionId, 'ann', 'greet'));
    expect(lastMessage(shop)).toMatchObject({ from: 'agent', agentId: 'ann', kind: 'canned', text: 'Hi Jo, Ann here from Sales.' });
  });

  it('fills extra placeholders from the values the agent passes', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.sendCanned(sessionId, 'ann', 'order', { orderId: 'A-17', shipDate: 'Friday' }));
    expect(lastMessage(shop)).toMatchObject({ kind: 'canned', text: 'Your order A-17 ships on Friday.' });
  });

  it('fills agentName with the sending agent, not the owner, when an invited colleague sends it', () => {
    const shop = openShop();
    const { sessionId } = startChat(shop, { customer: { email: 'jo@example.com', name: 'Jo' } });
    ok(shop.engine.agents.setStatus('bob', 'available'));
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    ok(shop.engine.sessions.sendCanned(sessionId, 'bob', 'greet'));
    expect(lastMessage(shop)).toMatchObject({ agentId: 'bob', text: 'Hi Jo, Bob here from Sales.' });
  });

  it('rejects a canned answer with missing_placeholder when an extra value is missing, naming it', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    let message = '';
    expectRejectedUnchanged(
      shop,
      'missing_placeholder',
      () => {
        const result = shop.engine.sessions.sendCanned(sessionId, 'ann', 'order', { orderId: 'A-17' });
        if (!result.ok) message = result.error.message;
        return result;
      },
      { sessionIds: [sessionId], contactIds: [contactId] },
    );
    expect(message).toContain('shipDate');
    expect(message).not.toContain('orderId');
  });

  it('rejects a canned answer with missing_placeholder when the customer has no name', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'missing_placeholder', () => shop.engine.sessions.sendCanned(sessionId, 'ann', 'greet'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects an unknown canned answer id with unknown_canned_answer and changes nothing', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'unknown_canned_answer', () => shop.engine.sessions.sendCanned(sessionId, 'ann', 'farewell'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it("rejects another queue's canned answer with unknown_canned_answer", () => {
    const shop = openShop({ queues: { support: { cannedAnswers: [{ id: 'bye', text: 'Bye!' }] } } });
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'unknown_canned_answer', () => shop.engine.sessions.sendCanned(sessionId, 'ann', 'bye'), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });
});

describe('pushed URLs (seed 7)', () => {
  it("pushes one of the queue's URLs by urlId, with its title as the text", () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.pushUrl(sessionId, 'ann', { urlId: 'faq' }));
    expect(lastMessage(shop)).toMatchObject({ from: 'agent', agentId: 'ann', kind: 'url', url: 'https://shop.example/faq', text: 'FAQ' });
  });

  it("uses the URL as the text when the queue's entry has no title", () => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.pushUrl(sessionId, 'ann', { urlId: 'returns' }));
    expect(lastMessage(shop)).toMatchObject({ kind: 'url', url: 'https://shop.example/returns', text: 'https://shop.example/returns' });
  });

  it.each(['https://example.org/deals?week=12', 'http://example.org/'])('pushes the free URL %s', (url) => {
    const shop = openShop();
    const { sessionId } = startChat(shop);
    ok(shop.engine.sessions.pushUrl(sessionId, 'ann', { url }));
    expect(lastMessage(shop)).toMatchObject({ kind: 'url', url });
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['an ftp URL', 'ftp://files.example.org/a.pdf'],
    ['a data: URL', 'data:text/html,<b>hi</b>'],
    ['a relative path', '/faq'],
    ['text that is no URL', 'see our faq'],
    ['an empty string', ''],
  ])('rejects %s with invalid_command and changes nothing', (_what, url) => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'invalid_command', () => shop.engine.sessions.pushUrl(sessionId, 'ann', { url }), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects an unknown urlId with unknown_url and changes nothing', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(shop, 'unknown_url', () => shop.engine.sessions.pushUrl(sessionId, 'ann', { urlId: 'shipping' }), {
      sessionIds: [sessionId],
      contactIds: [contactId],
    });
  });

  it('rejects a push that gives both urlId and url with invalid_command', () => {
    const shop = openShop();
    const { contactId, sessionId } = startChat(shop);
    expectRejectedUnchanged(
      shop,
      'invalid_command',
      () => shop.engine.dispatch({ type: 'session.pushUrl', sessionId, agentId: 'ann', urlId: 'faq', url: 'https://x.example/' }),
      { sessionIds: [sessionId], contactIds: [contactId] },
    );
  });
});
