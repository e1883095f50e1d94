/**
 * Agents with the same skills and the same `longest-idle` queues share one ready heap (see
 * `routing/ready-groups.ts`). These tests check, from the public surface, that sharing never shows:
 * offers go through the queue the contact waits in, and queue or membership changes regroup agents.
 */
import { describe, expect, it } from 'vitest';
import { type EventOf, type QueueConfigInput } from '../../../src/index.js';
import { GROUPS_PER_QUEUE_MAX } from '../../../src/routing/ready-groups.js';
import { ok, queue, setup } from './fixtures.js';

const QUEUE_A = queue('a', { wrapUpMs: 0 });
const QUEUE_B = queue('b', { wrapUpMs: 0 });

function twoQueues() {
  const harness = setup({
    queues: [QUEUE_A, QUEUE_B],
    agents: ['ann', 'bob'].map((id) => ({
      id,
      skills: {},
      capacity: { chat: 1 },
      memberships: [
        { queueId: 'a', priority: 0, wrapUpMs: 1_000 },
        { queueId: 'b', priority: 0, wrapUpMs: 2_000 },
      ],
    })),
  });
  const { engine, clock } = harness;
  engine.agents.setStatus('ann', 'available');
  clock.advanceTo(10);
  engine.agents.setStatus('bob', 'available');
  clock.advanceTo(20);
  return harness;
}

function offers(events: readonly { type: string }[]): EventOf<'offer.created'>[] {
  return events.filter((e): e is EventOf<'offer.created'> => e.type === 'offer.created');
}

function wrapUpMsOf(events: readonly { type: string }[], contactId: string): number | undefined {
  return events.filter((e): e is EventOf<'contact.completed'> => e.type === 'contact.completed').find((e) => e.contactId === contactId)?.wrapUpMs;
}

describe('ready sets shared by longest-idle queues', () => {
  it('offers a contact through the membership of the queue it waits in', () => {
    const { engine } = twoQueues();
    const created = ok(engine.dispatch({ type: 'contact.create', queueId: 'b', channel: 'chat' }));
    const [offer] = offers(engine.events());
    expect(offer).toMatchObject({ agentId: 'ann', queueId: 'b' });
    ok(engine.dispatch({ type: 'offer.accept', offerId: offer!.offerId }));
    ok(engine.dispatch({ type: 'contact.complete', contactId: created.contactId! }));
    expect(wrapUpMsOf(engine.events(), created.contactId!)).toBe(2_000);
  });

  it('withdraws an offer made through a queue the agent then leaves', () => {
    const { engine } = twoQueues();
    ok(engine.dispatch({ type: 'contact.create', queueId: 'b', channel: 'chat' }));
    const [offer] = offers(engine.events());
    ok(engine.dispatch({ type: 'agent.setMemberships', agentId: offer!.agentId, memberships: [{ queueId: 'a', priority: 0 }] }));
    expect(engine.events().find((e) => e.type === 'offer.withdrawn')).toMatchObject({ offerId: offer!.offerId, reason: 'membership_removed' });
  });

  it('still picks the longest-idle agent in every queue of the group', () => {
    const { engine } = twoQueues();
    ok(engine.dispatch({ type: 'contact.create', queueId: 'a', channel: 'chat' }));
    ok(engine.dispatch({ type: 'contact.create', queueId: 'b', channel: 'chat' }));
    expect(offers(engine.events()).map((o) => [o.agentId, o.queueId])).toEqual([
      ['ann', 'a'],
      ['bob', 'b'],
    ]);
  });

  it.each([QUEUE_A, QUEUE_B])('regroups agents after queue $id changes strategy and back', (config) => {
    const { engine, clock } = twoQueues();
    const roundRobin: QueueConfigInput = { ...config, strategy: 'round-robin' };
    ok(engine.dispatch({ type: 'queue.update', queue: roundRobin }));
    ok(engine.dispatch({ type: 'queue.update', queue: config }));
    clock.advanceTo(30);
    ok(engine.dispatch({ type: 'contact.create', queueId: 'a', channel: 'chat' }));
    ok(engine.dispatch({ type: 'contact.create', queueId: 'b', channel: 'chat' }));
    expect(offers(engine.events()).map((o) => [o.agentId, o.queueId])).toEqual([
      ['ann', 'a'],
      ['bob', 'b'],
    ]);
  });

  it('uses the wrap-up of the membership as configured at completion, not at the offer', () => {
    const { engine } = twoQueues();
    const created = ok(engine.dispatch({ type: 'contact.create', queueId: 'a', channel: 'chat' }));
    const [offer] = offers(engine.events());
    ok(engine.dispatch({ type: 'offer.accept', offerId: offer!.offerId }));
    ok(
      engine.dispatch({
        type: 'agent.setMemberships',
        agentId: offer!.agentId,
        memberships: [
          { queueId: 'a', priority: 0, wrapUpMs: 3_000 },
          { queueId: 'b', priority: 0, wrapUpMs: 2_000 },
        ],
      }),
    );
    ok(engine.dispatch({ type: 'contact.complete', contactId: created.contactId! }));
    expect(wrapUpMsOf(engine.events(), created.contactId!)).toBe(3_000);
  });

  it('keeps the longest-idle order in a queue that takes part in as many groups as it may, and more agents', () => {
    // Every agent serves the hub and a queue of its own: each has a queue set of its own, so past
    // GROUPS_PER_QUEUE_MAX groups the hub files the next agents in its own set.
    const count = GROUPS_PER_QUEUE_MAX + 8;
    const ids = Array.from({ length: count }, (_, i) => `agent-${String(i).padStart(2, '0')}`);
    const { engine, clock } = setup({
      queues: [queue('hub'), ...ids.map((id) => queue(`own-${id}`))],
      agents: ids.map((id) => ({ id, skills: {}, capacity: { chat: 1 }, memberships: [{ queueId: 'hub' }, { queueId: `own-${id}` }] })),
    });
    // Available from the last id to the first, one millisecond apart: the longest idle has the last id.
    const byIdleTime = [...ids].reverse();
    byIdleTime.forEach((id, i) => {
      clock.advanceTo(i + 1);
      engine.agents.setStatus(id, 'available');
    });
    for (let i = 0; i < count; i++) ok(engine.dispatch({ type: 'contact.create', queueId: 'hub', channel: 'chat' }));
    expect(offers(engine.events()).map((o) => o.agentId)).toEqual(byIdleTime);
  });
});
