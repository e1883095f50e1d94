/**
 * Every command field checked by `checkId`, `checkInteger`, `checkDuration` or `checkBoolean`: a bad
 * value in that one field is rejected with a message naming that field. The checks take the value
 * from their caller (`checkId(c, 'queueId', c.queueId)`), so this also catches a caller that names one
 * field and passes another's value: the bad field would then pass, or be blamed on the wrong name.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/index.js';
import { available, openShop, pendingOffer, rejected, startChat } from './sessions/session-fixtures.js';

/** What a row needs from the shop: a live chat held by ann, and a pending offer of a second chat. */
interface Live {
  readonly contactId: string;
  readonly sessionId: string;
  readonly offerId: string;
  readonly offeredTo: string;
}

/** A valid command (every other field well-formed) and the field to spoil. */
interface Row {
  readonly build: (live: Live) => Record<string, unknown>;
  readonly field: string;
  /** The bad value, and what the message says the field must be. */
  readonly bad: unknown;
  readonly mustBe: string;
}

const ID = { bad: 5, mustBe: 'an id' };
const INTEGER = { bad: 'x', mustBe: 'an integer' };
const DURATION = { bad: 'x', mustBe: 'a duration' };
const BOOLEAN = { bad: 'yes', mustBe: 'true or false' };

const create = () => ({ type: 'contact.create', queueId: 'sales', channel: 'chat' });
const callback = () => ({ type: 'callback.request', queueId: 'sales', phone: '+441234567', at: 60_000 });
const offer = (type: string) => (l: Live) => ({ type, offerId: l.offerId, agentId: l.offeredTo });
const session = (type: string, fields: Record<string, unknown>) => (l: Live) => ({ type, sessionId: l.sessionId, agentId: 'ann', ...fields });
const held = (type: string, fields: Record<string, unknown>) => (l: Live) => ({ type, contactId: l.contactId, agentId: 'ann', ...fields });

const ROWS: Record<string, Row> = {
  'contact.create contactId': { build: create, field: 'contactId', ...ID },
  'contact.create queueId': { build: create, field: 'queueId', ...ID },
  'contact.create priority': { build: create, field: 'priority', ...INTEGER },
  'contact.create targetAgentId': { build: create, field: 'targetAgentId', ...ID },
  'callback.request contactId': { build: callback, field: 'contactId', ...ID },
  'callback.request queueId': { build: callback, field: 'queueId', ...ID },
  'callback.request priority': { build: callback, field: 'priority', ...INTEGER },
  'offer.accept offerId': { build: offer('offer.accept'), field: 'offerId', ...ID },
  'offer.accept agentId': { build: offer('offer.accept'), field: 'agentId', ...ID },
  'offer.reject agentId': { build: offer('offer.reject'), field: 'agentId', ...ID },
  'agent.setStatus agentId': { build: () => ({ type: 'agent.setStatus', agentId: 'cara', status: 'available' }), field: 'agentId', ...ID },
  'agent.setPhoneBusy agentId': { build: () => ({ type: 'agent.setPhoneBusy', agentId: 'cara', busy: true }), field: 'agentId', ...ID },
  'agent.setPhoneBusy busy': { build: () => ({ type: 'agent.setPhoneBusy', agentId: 'cara', busy: true }), field: 'busy', ...BOOLEAN },
  'contact.complete contactId': { build: held('contact.complete', {}), field: 'contactId', ...ID },
  'contact.complete agentId': { build: held('contact.complete', {}), field: 'agentId', ...ID },
  'contact.complete wrapUpMs': { build: held('contact.complete', { wrapUpMs: 1_000 }), field: 'wrapUpMs', ...DURATION },
  'queue.remove queueId': { build: () => ({ type: 'queue.remove', queueId: 'spare' }), field: 'queueId', ...ID },
  'session.sendMessage sessionId': { build: session('session.sendMessage', { text: 'hi' }), field: 'sessionId', ...ID },
  'session.sendMessage agentId': { build: session('session.sendMessage', { text: 'hi' }), field: 'agentId', ...ID },
  'session.sendCanned cannedId': { build: session('session.sendCanned', { cannedId: 'greet', values: { customerName: 'Jo' } }), field: 'cannedId', ...ID },
  'session.consult toAgentId': { build: session('session.consult', { toAgentId: 'bob', text: 'psst' }), field: 'toAgentId', ...ID },
  'session.invite inviteeId': { build: session('session.invite', { inviteeId: 'bob' }), field: 'inviteeId', ...ID },
  'session.close wrapUpMs': { build: session('session.close', { by: 'agent', wrapUpMs: 1_000 }), field: 'wrapUpMs', ...DURATION },
  'contact.transfer agentId': { build: held('contact.transfer', { toQueueId: 'support', mode: 'cold' }), field: 'agentId', ...ID },
  'contact.transfer toAgentId': { build: held('contact.transfer', { toAgentId: 'bob', mode: 'cold' }), field: 'toAgentId', ...ID },
  'contact.transfer toQueueId': { build: held('contact.transfer', { toQueueId: 'support', mode: 'cold' }), field: 'toQueueId', ...ID },
  'contact.requeue queueId': { build: held('contact.requeue', { queueId: 'support' }), field: 'queueId', ...ID },
  'contact.escalate agentId': { build: held('contact.escalate', {}), field: 'agentId', ...ID },
};

/** A shop (sales also takes callbacks) with ann holding a chat, a second chat offered, and a queue nobody uses. */
function liveShop() {
  const shop = openShop({ queues: { sales: { channels: ['chat', 'callback'] } } });
  const chat = startChat(shop);
  available(shop, 'bob');
  const second = shop.engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' } as Command);
  if (!second.ok || second.contactId === undefined) throw new Error('the second chat was not created');
  const { offerId, agentId } = pendingOffer(shop, second.contactId);
  const spare = shop.engine.dispatch({ type: 'queue.add', queue: { id: 'spare', channels: ['chat'] } } as Command);
  if (!spare.ok) throw new Error(spare.error.message);
  return { shop, live: { ...chat, offerId, offeredTo: agentId } };
}

describe('command field checks name the field that is wrong (seed 7)', () => {
  it.each(Object.entries(ROWS))('%s', (_name, row) => {
    // As built the command is accepted: spoiling the one field is what gets it rejected.
    const clean = liveShop();
    const accepted = clean.shop.engine.dispatch(row.build(clean.live) as unknown as Command);
    expect(accepted.ok ? null : `${accepted.error.code}: ${accepted.error.message}`).toBeNull();
    const spoiled = liveShop();
    const error = rejected(spoiled.shop.engine.dispatch({ ...row.build(spoiled.live), [row.field]: row.bad } as unknown as Command), 'invalid_command');
    expect(error.message).toContain(`${row.field} must be ${row.mustBe}`);
  });
});
