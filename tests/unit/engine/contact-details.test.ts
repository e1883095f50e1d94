/**
 * A waiting contact stays small (issue 8: at most 256 bytes per queued contact): what most contacts
 * never have (a target, declines, e-mail, customer, attributes, own skills, messages, context) lives
 * in `details`, made only when one of them is set. These tests read the engine's
 * records, because the saving is invisible from the public surface by design.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/index.js';
import type { EngineState } from '../../../src/engine/engine-state.js';
import type { ContactRecord } from '../../../src/engine/records.js';
import { setup } from './fixtures.js';

const CONFIG = {
  queues: [
    { id: 'sales', channels: ['chat' as const], welcomeMessage: 'Hello' },
    { id: 'calls', channels: ['callback' as const] },
    { id: 'phones', channels: ['voice' as const], waitMsMax: 5_000, onWaitMsMax: { action: 'queue' as const, queueId: 'overflow' } },
    { id: 'overflow', channels: ['voice' as const], waitMsMax: 5_000 },
  ],
  agents: [{ id: 'ann', memberships: [{ queueId: 'sales' }, { queueId: 'phones' }] }],
};

/** Fields of a contact record: 18 keeps a waiting contact under 256 bytes on a real-time clock too. */
const RECORD_FIELDS_MAX = 18;

function recordOf(engine: Engine, contactId: string): ContactRecord {
  const state = (engine as unknown as { state: EngineState }).state;
  const record = state.contacts.get(contactId);
  if (record === undefined) expect.fail(`no live record for ${contactId}`);
  return record;
}

describe('contact details', () => {
  it('a plain waiting contact has no details and at most 18 fields', () => {
    const { engine } = setup(CONFIG);
    const created = engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' });
    if (!created.ok) expect.fail(created.error.message);
    const record = recordOf(engine, created.contactId as string);
    expect(record.status).toBe('queued');
    expect(record.details).toBeNull();
    expect(Object.keys(record).length).toBeLessThanOrEqual(RECORD_FIELDS_MAX);
  });

  it('keeps what the contact was given in its details and reports it unchanged', () => {
    const { engine } = setup(CONFIG);
    const created = engine.dispatch({
      type: 'contact.create',
      queueId: 'sales',
      channel: 'chat',
      customer: { email: 'Ann.Buyer@Example.com' },
      attributes: { plan: 'gold' },
      targetAgentId: 'ann',
    });
    if (!created.ok) expect.fail(created.error.message);
    const id = created.contactId as string;
    const record = recordOf(engine, id);
    expect(record.details).toMatchObject({ email: 'ann.buyer@example.com', attributes: { plan: 'gold' }, targetAgentId: 'ann' });
    expect(record.details?.customerId).toEqual(expect.any(String));
    expect(engine.contact(id)).toMatchObject({ email: 'ann.buyer@example.com', customerId: record.details?.customerId, channel: 'chat', sessionId: null });
    const event = engine.events().find((e) => e.type === 'contact.created');
    expect(event).toMatchObject({ channel: 'chat', targetAgentId: 'ann', attributes: { plan: 'gold' } });
  });

  it('makes details when a waiting customer writes, and keeps the session on the record after the accept', () => {
    const { engine } = setup(CONFIG);
    const created = engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' });
    if (!created.ok) expect.fail(created.error.message);
    const id = created.contactId as string;
    expect(engine.dispatch({ type: 'customer.sendMessage', contactId: id, text: 'anyone there?' }).ok).toBe(true);
    const record = recordOf(engine, id);
    expect(record.details?.undelivered).toHaveLength(1);
    expect(engine.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' }).ok).toBe(true);
    const offer = engine.events().find((e) => e.type === 'offer.created');
    if (offer?.type !== 'offer.created') expect.fail('no offer');
    expect(engine.dispatch({ type: 'offer.accept', offerId: offer.offerId, agentId: 'ann' }).ok).toBe(true);
    expect(record.details?.undelivered).toBeNull();
    expect(record.session?.id).toBe(engine.contact(id)?.sessionId);
    expect(record.details?.messages?.map((m) => m.text)).toEqual(['anyone there?', 'Hello']);
  });

  it('gives an accepted plain chat no details, and its session no list of its own until someone is invited', () => {
    const { engine } = setup({
      queues: [{ id: 'sales', channels: ['chat' as const] }],
      agents: ['ann', 'ben'].map((id) => ({ id, capacity: { chat: 2 }, memberships: [{ queueId: 'sales' }] })),
    });
    for (const agentId of ['ann', 'ben']) expect(engine.dispatch({ type: 'agent.setStatus', agentId, status: 'available' }).ok).toBe(true);
    const accepted = [1, 2].map(() => {
      const created = engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' });
      if (!created.ok) expect.fail(created.error.message);
      const offer = engine.events().filter((e) => e.type === 'offer.created').at(-1);
      if (offer?.type !== 'offer.created') expect.fail('no offer');
      expect(engine.dispatch({ type: 'offer.accept', offerId: offer.offerId, agentId: offer.agentId }).ok).toBe(true);
      return recordOf(engine, created.contactId as string);
    });
    const [first, second] = accepted.map((record) => record.session);
    if (!first || !second) expect.fail('no session');
    expect(accepted.map((record) => record.details)).toEqual([null, null]);
    expect(first.invited).toHaveLength(0);
    expect(first.invited).toBe(second.invited);
    // No preview yet: null, not -Infinity, which would hold a boxed double in every session.
    expect(first.previewAtMs).toBeNull();
    const owner = accepted[0]!.agent!.id;
    const colleague = owner === 'ann' ? 'ben' : 'ann';
    expect(engine.dispatch({ type: 'session.invite', sessionId: first.id, agentId: owner, inviteeId: colleague }).ok).toBe(true);
    expect(first.invited.map((a) => a.id)).toEqual([colleague]);
    expect(second.invited).toHaveLength(0);
    expect(engine.dispatch({ type: 'session.leave', sessionId: first.id, agentId: colleague }).ok).toBe(true);
    expect(first.invited).toBe(second.invited);
    expect(engine.session(first.id)?.invitedIds).toEqual([]);
  });

  it('checks lengthMax once per entry, right after its routing, from a set of the step rather than a field of the record', () => {
    const { engine } = setup({
      queues: [{ id: 'small', channels: ['chat' as const], lengthMax: 0, onLengthMax: { action: 'ticket' as const }, reofferCooldownMs: 0 }],
      agents: [{ id: 'ann', capacity: { chat: 1 }, memberships: [{ queueId: 'small' }] }],
    });
    const state = (engine as unknown as { state: EngineState }).state;
    const full = engine.dispatch({ type: 'contact.create', queueId: 'small', channel: 'chat' });
    if (!full.ok) expect.fail(full.error.message);
    expect(engine.events().filter((e) => e.type === 'ticket.created')).toMatchObject([{ contactId: full.contactId, reason: 'queue_full' }]);
    expect(state.lengthChecks.size).toBe(0);
    expect(engine.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' }).ok).toBe(true);
    const chat = engine.dispatch({ type: 'contact.create', queueId: 'small', channel: 'chat' });
    if (!chat.ok) expect.fail(chat.error.message);
    const offer = engine.events().filter((e) => e.type === 'offer.created').at(-1);
    if (offer?.type !== 'offer.created') expect.fail('the chat should be offered to ann at once');
    expect(engine.dispatch({ type: 'offer.accept', offerId: offer.offerId, agentId: 'ann' }).ok).toBe(true);
    // Requeued: ann's own trigger offers the chat again before the chat's trigger comes up, so the
    // new entry is routed and its check is over. Withdrawing that offer later must not apply it.
    expect(engine.dispatch({ type: 'contact.requeue', contactId: chat.contactId as string, agentId: 'ann' }).ok).toBe(true);
    expect(engine.contact(chat.contactId as string)?.status).toBe('offered');
    expect(state.lengthChecks.size).toBe(0);
    expect(engine.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'break' }).ok).toBe(true);
    expect(engine.contact(chat.contactId as string)?.status).toBe('queued');
    expect(engine.events().filter((e) => e.type === 'ticket.created')).toHaveLength(1);
  });

  it("keeps a callback's creation time apart from the time it was enqueued at", () => {
    const { engine, clock } = setup(CONFIG, { startMs: Date.UTC(2026, 10, 23, 9) });
    const created = engine.dispatch({ type: 'callback.request', queueId: 'calls', phone: '+15550100', at: clock.now() + 30_000 });
    if (!created.ok) expect.fail(created.error.message);
    const id = created.contactId as string;
    const requestedAt = clock.now();
    expect(engine.contact(id)).toMatchObject({ createdAt: requestedAt, enqueuedAt: requestedAt });
    clock.advanceTo(requestedAt + 30_000);
    expect(engine.contact(id)).toMatchObject({ status: 'queued', createdAt: requestedAt, enqueuedAt: requestedAt + 30_000 });
    expect(recordOf(engine, id).details?.createdAt).toBe(requestedAt);
  });

  it("counts queue timers from the current queue's entry, kept apart once it differs from the first enqueue", () => {
    const { engine, clock } = setup(CONFIG);
    const first = engine.dispatch({ type: 'contact.create', queueId: 'phones', channel: 'voice' });
    if (!first.ok) expect.fail(first.error.message);
    const id = first.contactId as string;
    expect(recordOf(engine, id).details).toBeNull();
    clock.advanceTo(5_000);
    expect(engine.contact(id)).toMatchObject({ status: 'queued', queueId: 'overflow', createdAt: 0, enqueuedAt: 0 });
    expect(recordOf(engine, id).details?.legStartMs).toBe(5_000);
    // The overflow queue's own limit counts from 5 s, not from the first enqueue.
    clock.advanceTo(9_999);
    expect(engine.contact(id)?.status).toBe('queued');
    clock.advanceTo(10_000);
    expect(engine.events().filter((e) => e.type === 'ticket.created' && e.contactId === id).map((e) => e.at)).toEqual([10_000]);
  });
});
