/**
 * DESIGN.md section 3, rule 5: break and `not_responding` stop new offers while work in progress
 * continues; `phoneBusy` stops new offers on the channels it blocks; a presence change withdraws
 * pending offers.
 */
import { describe, expect, it } from 'vitest';
import {
  acceptContact,
  agent,
  agentOf,
  arrive,
  available,
  eventsOf,
  holderOf,
  nextSeq,
  offerOf,
  ok,
  queue,
  rejected,
  setup,
  statusOf,
  typesSince,
} from './fixtures.js';

describe('rule 5: break', () => {
  it('stops new offers while the work in progress continues to completion', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { wrapUpMs: 2_000 })],
      agents: [agent('ann', ['sales'], { capacity: { chat: 2 } })],
    });
    available(engine, 'ann');
    const active = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, active);
    ok(engine.agents.setStatus('ann', 'break'));
    expect(statusOf(engine, active)).toBe('active');
    const waiting = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, waiting)).toBe('queued');
    clock.advanceTo(1_000);
    ok(engine.contacts.complete(active));
    clock.advanceTo(3_000);
    expect(eventsOf(engine, 'agent.wrapup.ended')).toMatchObject([{ agentId: 'ann', contactId: active, at: 3_000 }]);
    expect(statusOf(engine, waiting)).toBe('queued');
    expect(agentOf(engine, 'ann')).toMatchObject({ presence: 'break', usedTotal: 0 });
    available(engine, 'ann');
    expect(holderOf(engine, waiting)).toBe('ann');
  });

  it('stops new offers while offline too, keeping the work in progress', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'], { capacity: { chat: 2 } })] });
    available(engine, 'ann');
    const active = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, active);
    ok(engine.agents.setStatus('ann', 'offline'));
    const waiting = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, active)).toBe('active');
    expect(statusOf(engine, waiting)).toBe('queued');
    ok(engine.contacts.complete(active));
  });
});

describe('rule 5: not_responding', () => {
  it('stops new offers while the work in progress continues', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { offerTimeoutMs: 1_000, reofferCooldownMs: 0 })],
      agents: [agent('ann', ['sales'], { capacity: { chat: 2 } })],
      routing: { missedOffersMax: 1 },
    });
    available(engine, 'ann');
    const active = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, active);
    const missed = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(1_000);
    expect(agentOf(engine, 'ann').presence).toBe('not_responding');
    expect(statusOf(engine, active)).toBe('active');
    expect(statusOf(engine, missed)).toBe('queued');
    const later = arrive(engine, { queueId: 'sales' });
    expect(statusOf(engine, later)).toBe('queued');
    ok(engine.contacts.complete(active));
    expect(statusOf(engine, later)).toBe('queued');
  });

  it('withdraws the other pending offers of an agent that stops responding', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { offerTimeoutMs: 10_000 })],
      agents: [agent('ann', ['sales'], { capacity: { chat: 2 } })],
      routing: { missedOffersMax: 1 },
    });
    available(engine, 'ann');
    const first = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(5_000);
    const second = arrive(engine, { queueId: 'sales' });
    const secondOffer = offerOf(engine, second);
    clock.advanceTo(10_000);
    expect(eventsOf(engine, 'offer.withdrawn')).toMatchObject([{ offerId: secondOffer, agentId: 'ann', reason: 'agent_status' }]);
    expect([statusOf(engine, first), statusOf(engine, second)]).toEqual(['queued', 'queued']);
    expect(agentOf(engine, 'ann')).toMatchObject({ presence: 'not_responding', usedTotal: 0, pendingOfferIds: [] });
  });

  it('cannot be set by command', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    rejected(engine.agents.setStatus('ann', 'not_responding' as 'break'), 'invalid_command');
  });
});

describe('rule 5: a presence change withdraws pending offers', () => {
  it.each(['break', 'offline'] as const)('withdraws the pending offer of an agent going to %s and routes the contact on', (to) => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'ann', 'bob');
    const c1 = arrive(engine, { queueId: 'sales' });
    const offerId = offerOf(engine, c1);
    expect(holderOf(engine, c1)).toBe('ann');
    const from = nextSeq(engine);
    ok(engine.agents.setStatus('ann', to));
    expect(typesSince(engine, from)).toEqual(['agent.status.changed', 'offer.withdrawn', 'offer.created']);
    expect(eventsOf(engine, 'offer.withdrawn')).toMatchObject([{ offerId, agentId: 'ann', reason: 'agent_status' }]);
    expect(holderOf(engine, c1)).toBe('bob');
    expect(agentOf(engine, 'ann')).toMatchObject({ usedTotal: 0, pendingOfferIds: [] });
    rejected(engine.offers.accept(offerId), 'offer_not_pending');
  });

  it('counts a withdrawal as neither a miss nor a decline', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { reofferCooldownMs: 60_000 })],
      agents: [agent('ann', ['sales'])],
      routing: { missedOffersMax: 1 },
    });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    clock.advanceTo(1_000);
    ok(engine.agents.setStatus('ann', 'break'));
    available(engine, 'ann');
    expect(holderOf(engine, c1)).toBe('ann');
    expect(agentOf(engine, 'ann').presence).toBe('available');
  });

  it('withdraws no offer when the status does not change', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    const from = nextSeq(engine);
    ok(engine.agents.setStatus('ann', 'available'));
    expect(typesSince(engine, from)).toEqual([]);
    expect(statusOf(engine, c1)).toBe('offered');
  });
});

describe('rule 5: phone calls', () => {
  const desk = queue('desk', { channels: ['chat', 'voice', 'email'] });
  const ann = agent('ann', ['desk'], { capacity: { chat: 1, voice: 1, email: 1 } });

  it('withdraws pending chat and e-mail offers when a phone call starts, keeping voice offers', () => {
    const { engine } = setup({ queues: [desk], agents: [ann] });
    available(engine, 'ann');
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    const voice = arrive(engine, { queueId: 'desk', channel: 'voice' });
    const email = arrive(engine, { queueId: 'desk', channel: 'email' });
    ok(engine.agents.setPhoneBusy('ann', true));
    expect(eventsOf(engine, 'offer.withdrawn').map((e) => [e.contactId, e.reason])).toEqual([
      [chat, 'agent_phone'],
      [email, 'agent_phone'],
    ]);
    expect([statusOf(engine, chat), statusOf(engine, voice), statusOf(engine, email)]).toEqual(['queued', 'offered', 'queued']);
    expect(agentOf(engine, 'ann').presence).toBe('available');
  });

  it('keeps active chats going during a phone call', () => {
    const { engine } = setup({ queues: [desk], agents: [ann] });
    available(engine, 'ann');
    const chat = arrive(engine, { queueId: 'desk', channel: 'chat' });
    acceptContact(engine, chat);
    ok(engine.agents.setPhoneBusy('ann', true));
    expect(statusOf(engine, chat)).toBe('active');
    ok(engine.contacts.complete(chat));
  });
});
