/**
 * DESIGN.md section 4 and `src/engine/previews.ts`: a throttled typing preview where the queue enables
 * it (off by default, for privacy), at most one per `previewIntervalMs` with the last held-back text
 * sent when the interval ends, passed through the redaction hook first, and never stored: not an
 * event, not in a transcript.
 */
import { describe, expect, it } from 'vitest';
import type { RedactPreview, TypingPreview } from '../../../../src/index.js';
import { available, ok, openShop, type ShopOptions, startChat } from './session-fixtures.js';

const PREVIEWS_ON = { sales: { typingPreview: { enabled: true, previewIntervalMs: 1_000 } } };

function shopWithPreviews(options: Omit<ShopOptions, 'queues'> = {}) {
  const shop = openShop({ ...options, queues: PREVIEWS_ON });
  const seen: TypingPreview[] = [];
  shop.engine.previews$.subscribe((p) => seen.push(p));
  return { shop, seen };
}

describe('typing preview (seed 7)', () => {
  it('sends no preview when the queue does not enable it', () => {
    const shop = openShop();
    const seen: TypingPreview[] = [];
    shop.engine.previews$.subscribe((p) => seen.push(p));
    const { contactId } = startChat(shop);
    const result = ok(shop.engine.customers.typing(contactId, 'my card is 4111'));
    expect(result.delivered).toBe(false);
    shop.clock.advanceTo(10_000);
    expect(seen).toEqual([]);
  });

  it('does not run the redaction hook when previews are off', () => {
    let calls = 0;
    const shop = openShop({ redactPreview: (t) => (calls++, t) });
    const { contactId } = startChat(shop);
    ok(shop.engine.customers.typing(contactId, 'hello'));
    expect(calls).toBe(0);
  });

  it("sends the preview to the session's agents when the queue enables it", () => {
    const { shop, seen } = shopWithPreviews();
    const { contactId, sessionId } = startChat(shop);
    shop.clock.advanceTo(500);
    const result = ok(shop.engine.customers.typing(contactId, 'Where is my'));
    expect(result.delivered).toBe(true);
    expect(seen).toEqual([{ at: 500, sessionId, contactId, agentIds: ['ann'], text: 'Where is my' }]);
  });

  it('sends no preview while the contact is still queued', () => {
    const { shop, seen } = shopWithPreviews();
    const contactId = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat' })).contactId as string;
    expect(ok(shop.engine.customers.typing(contactId, 'hello?')).delivered).toBe(false);
    shop.clock.advanceTo(5_000);
    expect(seen).toEqual([]);
  });

  it('sends at most one preview per interval and the last held-back text when the interval ends', () => {
    const { shop, seen } = shopWithPreviews();
    const { contactId } = startChat(shop);
    const typeAt = (at: number, text: string) => {
      shop.clock.advanceTo(at);
      return ok(shop.engine.customers.typing(contactId, text)).delivered;
    };
    expect(typeAt(0, 'W')).toBe(true);
    expect(typeAt(200, 'Wh')).toBe(false);
    expect(typeAt(600, 'Whe')).toBe(false);
    expect(typeAt(900, 'Wher')).toBe(false);
    expect(seen.map((p) => [p.at, p.text])).toEqual([[0, 'W']]);
    shop.clock.advanceTo(1_000);
    expect(seen.map((p) => [p.at, p.text])).toEqual([
      [0, 'W'],
      [1_000, 'Wher'],
    ]);
    expect(typeAt(1_400, 'Where')).toBe(false);
    shop.clock.advanceTo(5_000);
    expect(typeAt(5_000, 'Where is')).toBe(true);
    expect(seen.map((p) => [p.at, p.text])).toEqual([
      [0, 'W'],
      [1_000, 'Wher'],
      [2_000, 'Where'],
      [5_000, 'Where is'],
    ]);
    const gaps = seen.slice(1).map((p, i) => p.at - seen[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
  });

  it('sends nothing after the interval when nothing was held back', () => {
    const { shop, seen } = shopWithPreviews();
    const { contactId } = startChat(shop);
    ok(shop.engine.customers.typing(contactId, 'hi'));
    shop.clock.advanceTo(10_000);
    expect(seen).toHaveLength(1);
  });

  it('drops a held-back preview when the chat closes before the interval ends', () => {
    const { shop, seen } = shopWithPreviews();
    const { contactId, sessionId } = startChat(shop);
    ok(shop.engine.customers.typing(contactId, 'a'));
    shop.clock.advanceTo(300);
    ok(shop.engine.customers.typing(contactId, 'ab'));
    ok(shop.engine.sessions.close(sessionId, 'agent', 'ann'));
    shop.clock.advanceTo(5_000);
    expect(seen.map((p) => p.text)).toEqual(['a']);
  });

  it('sends no preview while a transferred chat waits in the queue', () => {
    const { shop, seen } = shopWithPreviews();
    const { contactId } = startChat(shop);
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toQueueId: 'support', mode: 'cold' }));
    expect(ok(shop.engine.customers.typing(contactId, 'hello?')).delivered).toBe(false);
    shop.clock.advanceTo(5_000);
    expect(seen).toEqual([]);
  });

  // Engine bug: `previewTyping` (src/engine/previews.ts) sends to `contact.agent`, which is set to the
  // agent merely offered a cold-transferred chat: the customer's typing reaches an agent who has not
  // accepted (and may reject) the chat.
  it('sends no preview to an agent merely offered a transferred chat', () => {
    const { shop, seen } = shopWithPreviews();
    const { contactId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.transfers.transfer({ contactId, agentId: 'ann', toAgentId: 'bob', mode: 'cold' }));
    ok(shop.engine.customers.typing(contactId, 'card 4111'));
    shop.clock.advanceTo(5_000);
    expect(seen).toEqual([]);
  });

  it('sends the preview to invited colleagues too', () => {
    const { shop, seen } = shopWithPreviews();
    const { contactId, sessionId } = startChat(shop);
    available(shop, 'bob');
    ok(shop.engine.sessions.invite(sessionId, 'ann', 'bob'));
    ok(shop.engine.customers.typing(contactId, 'hello both'));
    expect(seen[0]!.agentIds).toEqual(['ann', 'bob']);
  });

  it('runs the redaction hook before any agent sees the text', () => {
    const calls: [string, { contactId: string; queueId: string }][] = [];
    const redact: RedactPreview = (text, context) => {
      calls.push([text, context]);
      return text.replace(/\d/g, '#');
    };
    const { shop, seen } = shopWithPreviews({ redactPreview: redact });
    const { contactId } = startChat(shop);
    ok(shop.engine.customers.typing(contactId, 'card 4111 1111'));
    expect(seen.map((p) => p.text)).toEqual(['card #### ####']);
    expect(calls).toEqual([['card 4111 1111', { contactId, queueId: 'sales' }]]);
  });

  it('redacts a held-back text too before sending it at the end of the interval', () => {
    const { shop, seen } = shopWithPreviews({ redactPreview: (t) => t.replace(/\d/g, '#') });
    const { contactId } = startChat(shop);
    ok(shop.engine.customers.typing(contactId, 'pin'));
    shop.clock.advanceTo(100);
    ok(shop.engine.customers.typing(contactId, 'pin 1234'));
    shop.clock.advanceTo(1_000);
    expect(seen.map((p) => p.text)).toEqual(['pin', 'pin ####']);
    expect(JSON.stringify(seen)).not.toContain('1234');
  });

  it('drops the preview when the redaction hook returns null', () => {
    const { shop, seen } = shopWithPreviews({ redactPreview: (t) => (/\d{4}/.test(t) ? null : t) });
    const { contactId } = startChat(shop);
    expect(ok(shop.engine.customers.typing(contactId, 'card 4111')).delivered).toBe(false);
    shop.clock.advanceTo(5_000);
    expect(seen).toEqual([]);
  });

  it('drops the preview when the redaction hook throws, and routing goes on', () => {
    const { shop, seen } = shopWithPreviews({
      redactPreview: () => {
        throw new Error('redactor down');
      },
    });
    const { contactId, sessionId } = startChat(shop);
    expect(ok(shop.engine.customers.typing(contactId, 'secret 4111')).delivered).toBe(false);
    shop.clock.advanceTo(5_000);
    expect(seen).toEqual([]);
    ok(shop.engine.sessions.sendMessage(sessionId, 'ann', 'still working'));
  });

  it('never puts a preview in the event log or the transcript', () => {
    const { shop, seen } = shopWithPreviews();
    const { contactId, sessionId } = startChat(shop);
    const before = shop.engine.events().length;
    ok(shop.engine.customers.typing(contactId, 'TYPED-SECRET-1'));
    shop.clock.advanceTo(100);
    ok(shop.engine.customers.typing(contactId, 'TYPED-SECRET-2'));
    shop.clock.advanceTo(2_000);
    expect(seen.map((p) => p.text)).toEqual(['TYPED-SECRET-1', 'TYPED-SECRET-2']);
    expect(shop.engine.events().length).toBe(before);
    expect(JSON.stringify(shop.engine.events())).not.toContain('TYPED-SECRET');
    expect(JSON.stringify(shop.engine.transcript(sessionId))).not.toContain('TYPED-SECRET');
  });
});
