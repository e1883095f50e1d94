/**
 * DESIGN.md section 3, rule 7: when `waitMsMax` is reached, `lengthMax` is reached or no member is
 * logged in, the contact moves to the overflow queue (keeping its original enqueue time), becomes a
 * ticket or is rejected, exactly once per queue entry. Overflow chains are checked for cycles when the
 * configuration is given, and at run time by `queue.add` / `queue.update` / `queue.remove`.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, createEngine, VirtualClock } from '../../../../src/index.js';
import {
  accept,
  agent,
  arrive,
  available,
  eventsFor,
  eventsOf,
  ok,
  queue,
  refused,
  statusOf,
  world,
} from './fixtures.js';

describe('overflow: waitMsMax', () => {
  it('moves a contact to the overflow queue exactly when waitMsMax is reached', () => {
    const { engine, clock } = world({
      queues: [queue('a', { waitMsMax: 30_000, onWaitMsMax: { action: 'queue', queueId: 'b' } }), queue('b')],
      agents: [agent('ann', ['a']), agent('bob', ['b'])],
    });
    available(engine, 'bob');
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(29_999);
    expect(engine.contact(c1)?.queueId).toBe('a');
    clock.advanceTo(30_000);
    expect(eventsFor(engine, 'contact.overflowed', c1)).toMatchObject([{ fromQueueId: 'a', toQueueId: 'b', reason: 'wait_exceeded', at: 30_000 }]);
    expect(eventsFor(engine, 'contact.queued', c1).map((e) => [e.queueId, e.cause, e.at])).toEqual([
      ['a', 'arrival', 0],
      ['b', 'overflow', 30_000],
    ]);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'bob', queueId: 'b', at: 30_000 }]);
  });

  it('keeps the original enqueue time when a contact moves, so its wait counts from the first queue', () => {
    const { engine, clock } = world({
      queues: [queue('a', { waitMsMax: 30_000, onWaitMsMax: { action: 'queue', queueId: 'b' } }), queue('b')],
      agents: [agent('bob', ['b'])],
    });
    clock.advanceTo(5_000);
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(40_000);
    expect(eventsFor(engine, 'contact.queued', c1).map((e) => e.enqueuedAt)).toEqual([5_000, 5_000]);
    expect(engine.contact(c1)).toMatchObject({ queueId: 'b', enqueuedAt: 5_000 });
    clock.advanceTo(50_000);
    available(engine, 'bob');
    accept(engine, c1);
    expect(eventsFor(engine, 'contact.assigned', c1)).toMatchObject([{ waitMs: 45_000 }]);
  });

  it('counts waitMsMax from entering the queue, not from the contact arrival', () => {
    const { engine, clock } = world({
      queues: [
        queue('a', { waitMsMax: 10_000, onWaitMsMax: { action: 'queue', queueId: 'b' } }),
        queue('b', { waitMsMax: 30_000, onWaitMsMax: { action: 'ticket' } }),
      ],
    });
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(39_999);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(40_000);
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([{ reason: 'wait_exceeded', queueId: 'b', at: 40_000 }]);
  });

  it('tickets a contact that waited too long when the action is ticket', () => {
    const { engine, clock } = world({ queues: [queue('a', { waitMsMax: 20_000, onWaitMsMax: { action: 'ticket' } })] });
    const c1 = arrive(engine, { queueId: 'a', message: 'still there?' });
    clock.advanceTo(20_000);
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([
      { reason: 'wait_exceeded', queueId: 'a', at: 20_000, transcript: [{ text: 'still there?' }] },
    ]);
  });

  it('rejects a contact that waited too long when the action is reject', () => {
    const { engine, clock } = world({ queues: [queue('a', { waitMsMax: 20_000, onWaitMsMax: { action: 'reject' } })] });
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(20_000);
    expect(eventsFor(engine, 'contact.rejected', c1)).toMatchObject([{ reason: 'wait_exceeded', queueId: 'a', at: 20_000 }]);
    expect(statusOf(engine, c1)).toBe('ended');
  });

  it('lets a contact offered when waitMsMax is reached overflow only once its offer expires, and only once', () => {
    const { engine, clock } = world({
      queues: [queue('a', { waitMsMax: 15_000, offerTimeoutMs: 10_000, onWaitMsMax: { action: 'queue', queueId: 'b' } }), queue('b')],
      agents: [agent('ann', ['a'])],
    });
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(8_000);
    available(engine, 'ann'); // offered at 8 s, expires at 18 s
    clock.advanceTo(17_999);
    expect(statusOf(engine, c1)).toBe('offered');
    clock.advanceTo(18_000);
    expect(eventsFor(engine, 'contact.overflowed', c1)).toMatchObject([{ fromQueueId: 'a', toQueueId: 'b', at: 18_000 }]);
    clock.advanceTo(600_000);
    expect(eventsFor(engine, 'contact.overflowed', c1)).toHaveLength(1);
    expect(engine.contact(c1)?.queueId).toBe('b');
  });

  it('follows an overflow chain a -> b -> c -> ticket, each limit once, each counted from its own entry', () => {
    const { engine, clock } = world({
      queues: [
        queue('a', { waitMsMax: 10_000, onWaitMsMax: { action: 'queue', queueId: 'b' } }),
        queue('b', { waitMsMax: 20_000, onWaitMsMax: { action: 'queue', queueId: 'c' } }),
        queue('c', { waitMsMax: 40_000, onWaitMsMax: { action: 'ticket' } }),
      ],
    });
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(1_000_000);
    expect(eventsFor(engine, 'contact.overflowed', c1).map((e) => [e.fromQueueId, e.toQueueId, e.at])).toEqual([
      ['a', 'b', 10_000],
      ['b', 'c', 30_000],
    ]);
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([{ queueId: 'c', reason: 'wait_exceeded', at: 70_000 }]);
    expect(eventsFor(engine, 'contact.queued', c1).every((e) => e.enqueuedAt === 0)).toBe(true);
  });
});

describe('overflow: lengthMax', () => {
  it('rejects (by default) an arrival that would make more than lengthMax contacts wait', () => {
    const { engine } = world({ queues: [queue('a', { lengthMax: 2 })] });
    const c1 = arrive(engine, { queueId: 'a' });
    const c2 = arrive(engine, { queueId: 'a' });
    const c3 = arrive(engine, { queueId: 'a' });
    expect([statusOf(engine, c1), statusOf(engine, c2)]).toEqual(['queued', 'queued']);
    expect(eventsFor(engine, 'contact.rejected', c3)).toMatchObject([{ reason: 'queue_full', queueId: 'a' }]);
    expect(engine.queue('a')?.waitingCount).toBe(2);
  });

  it('blocks every arrival with lengthMax 0 when no agent is free', () => {
    const { engine } = world({ queues: [queue('a', { lengthMax: 0, onLengthMax: { action: 'ticket' } })], agents: [agent('ann', ['a'])] });
    ok(engine.agents.setStatus('ann', 'break'));
    const c1 = arrive(engine, { queueId: 'a', customer: { email: 'x@example.com' } });
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([{ reason: 'queue_full', email: 'x@example.com' }]);
    expect(engine.queue('a')?.waitingCount).toBe(0);
  });

  it('does not apply lengthMax 0 to a contact an agent takes at once', () => {
    const { engine } = world({ queues: [queue('a', { lengthMax: 0 })], agents: [agent('ann', ['a']), agent('bob', ['a'])] });
    available(engine, 'ann', 'bob');
    const c1 = arrive(engine, { queueId: 'a' });
    const c2 = arrive(engine, { queueId: 'a' });
    const c3 = arrive(engine, { queueId: 'a' });
    expect([statusOf(engine, c1), statusOf(engine, c2)]).toEqual(['offered', 'offered']);
    expect(eventsFor(engine, 'contact.rejected', c3)).toMatchObject([{ reason: 'queue_full' }]);
    expect(eventsOf(engine, 'contact.rejected')).toHaveLength(1);
  });

  it('does not apply lengthMax 0 to an auto-accepted contact', () => {
    const { engine } = world({ queues: [queue('a', { lengthMax: 0, offerMode: 'auto-accept' })], agents: [agent('ann', ['a'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'a' });
    expect(statusOf(engine, c1)).toBe('active');
    expect(eventsOf(engine, 'contact.rejected')).toEqual([]);
  });

  it('moves a contact over lengthMax to the overflow queue, keeping its enqueue time', () => {
    const { engine, clock } = world({ queues: [queue('a', { lengthMax: 1, onLengthMax: { action: 'queue', queueId: 'b' } }), queue('b')] });
    arrive(engine, { queueId: 'a' });
    clock.advanceTo(3_000);
    const c2 = arrive(engine, { queueId: 'a' });
    expect(eventsFor(engine, 'contact.overflowed', c2)).toMatchObject([{ fromQueueId: 'a', toQueueId: 'b', reason: 'queue_full', at: 3_000 }]);
    expect(engine.contact(c2)).toMatchObject({ queueId: 'b', enqueuedAt: 3_000, status: 'queued' });
  });

  it('does not count an offer returned to the queue as a new arrival for lengthMax', () => {
    const { engine } = world({ queues: [queue('a', { lengthMax: 1 })], agents: [agent('ann', ['a'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'a' }); // offered to ann
    const c2 = arrive(engine, { queueId: 'a' }); // waits: 1 waiting
    ok(engine.agents.setStatus('ann', 'break')); // the offer is withdrawn: 2 wait, but c1 did not arrive again
    expect([statusOf(engine, c1), statusOf(engine, c2)]).toEqual(['queued', 'queued']);
    expect(eventsOf(engine, 'contact.rejected')).toEqual([]);
  });
});

describe('overflow: no member logged in', () => {
  it('tickets an arrival when no member of the open queue is logged in and the action is ticket', () => {
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'ticket' } })], agents: [agent('ann', ['a'])] });
    const c1 = arrive(engine, { queueId: 'a', message: 'hello?' });
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([{ reason: 'no_agents', transcript: [{ text: 'hello?' }] }]);
  });

  it('rejects an arrival when no member is logged in and the action is reject', () => {
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'reject' } })], agents: [agent('ann', ['a'])] });
    const c1 = arrive(engine, { queueId: 'a' });
    expect(eventsFor(engine, 'contact.rejected', c1)).toMatchObject([{ reason: 'no_agents' }]);
  });

  it('moves an arrival to the overflow queue when no member is logged in and the action is queue', () => {
    const { engine } = world({
      queues: [queue('a', { onNoAgents: { action: 'queue', queueId: 'b' } }), queue('b')],
      agents: [agent('ann', ['a']), agent('bob', ['b'])],
    });
    available(engine, 'bob');
    const c1 = arrive(engine, { queueId: 'a' });
    expect(eventsFor(engine, 'contact.overflowed', c1)).toMatchObject([{ fromQueueId: 'a', toQueueId: 'b', reason: 'no_agents' }]);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'bob' }]);
  });

  it('lets a contact wait when a member is logged in but on a break', () => {
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'ticket' } })], agents: [agent('ann', ['a'])] });
    ok(engine.agents.setStatus('ann', 'break'));
    const c1 = arrive(engine, { queueId: 'a' });
    expect(statusOf(engine, c1)).toBe('queued');
  });

  it('applies the action to every waiting contact when the last member of an open queue logs out', () => {
    const { engine, clock } = world({
      queues: [queue('a', { onNoAgents: { action: 'queue', queueId: 'b' } }), queue('b')],
      agents: [agent('ann', ['a']), agent('bea', ['a'])],
    });
    ok(engine.agents.setStatus('ann', 'break'));
    ok(engine.agents.setStatus('bea', 'break'));
    const c1 = arrive(engine, { queueId: 'a' });
    const c2 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(10_000);
    ok(engine.agents.setStatus('ann', 'offline'));
    expect(eventsOf(engine, 'contact.overflowed')).toEqual([]);
    clock.advanceTo(20_000);
    ok(engine.agents.setStatus('bea', 'offline'));
    expect(eventsOf(engine, 'contact.overflowed').map((e) => [e.contactId, e.reason, e.at])).toEqual([
      [c1, 'no_agents', 20_000],
      [c2, 'no_agents', 20_000],
    ]);
    expect(engine.contact(c1)).toMatchObject({ queueId: 'b', enqueuedAt: 0 });
  });

  it('applies the action to a contact whose offer is withdrawn because its agent, the last member, logs out', () => {
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'ticket' } })], agents: [agent('ann', ['a'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'a' });
    expect(statusOf(engine, c1)).toBe('offered');
    ok(engine.agents.setStatus('ann', 'offline'));
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([{ reason: 'no_agents' }]);
    expect(engine.agent('ann')?.usedTotal).toBe(0);
  });
});

describe('overflow: configuration checks', () => {
  it('rejects an overflow cycle at configuration time and names its path', () => {
    const clock = new VirtualClock(0);
    const build = () =>
      createEngine({
        clock,
        config: {
          queues: [
            queue('a', { waitMsMax: 1_000, onWaitMsMax: { action: 'queue', queueId: 'b' } }),
            queue('b', { lengthMax: 1, onLengthMax: { action: 'queue', queueId: 'c' } }),
            queue('c', { onNoAgents: { action: 'queue', queueId: 'a' } }),
          ],
        },
      });
    expect(build).toThrow(ConfigError);
    expect(build).toThrow(/overflow cycle \(a -> b -> c -> a\)/);
    expect(build).toThrow(/queues\[2\]\.onNoAgents\.queueId/);
  });

  it('accepts a chain that only looks like a cycle because two queues overflow to the same target', () => {
    const { engine } = world({
      queues: [
        queue('a', { waitMsMax: 1_000, onWaitMsMax: { action: 'queue', queueId: 'c' } }),
        queue('b', { waitMsMax: 1_000, onWaitMsMax: { action: 'queue', queueId: 'c' } }),
        queue('c'),
      ],
    });
    expect(engine.queue('c')).toBeDefined();
  });

  it('refuses queue.add with an overflow target that is not a queue', () => {
    const { engine } = world({ queues: [queue('a')] });
    const error = refused(engine.queues.add(queue('z', { onNoAgents: { action: 'queue', queueId: 'nowhere' } })), 'unknown_queue');
    expect(error.message).toContain('nowhere');
    expect(engine.queue('z')).toBeUndefined();
  });

  it('refuses queue.add that would close an overflow cycle', () => {
    const { engine } = world({ queues: [queue('a', { waitMsMax: 1_000, onWaitMsMax: { action: 'queue', queueId: 'b' } }), queue('b')] });
    ok(engine.queues.add(queue('c', { waitMsMax: 1_000, onWaitMsMax: { action: 'queue', queueId: 'a' } })));
    const error = refused(engine.queues.update(queue('b', { lengthMax: 0, onLengthMax: { action: 'queue', queueId: 'c' } })), 'invalid_command');
    expect(error.message).toMatch(/overflow cycle/);
    expect(error.message).toMatch(/a -> b -> c -> a|b -> c -> a -> b|c -> a -> b -> c/);
  });

  it('refuses queue.update that points a queue at itself, and leaves the old configuration in force', () => {
    const { engine, clock } = world({ queues: [queue('a', { waitMsMax: 5_000, onWaitMsMax: { action: 'ticket' } })] });
    const error = refused(
      engine.queues.update(queue('a', { waitMsMax: 5_000, onWaitMsMax: { action: 'queue', queueId: 'a' } })),
      'invalid_command',
    );
    expect(error.message).toMatch(/overflow cycle \(a -> a\)/);
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(5_000);
    expect(eventsFor(engine, 'ticket.created', c1)).toHaveLength(1);
  });

  it('refuses queue.update with an unknown overflow target', () => {
    const { engine } = world({ queues: [queue('a')] });
    refused(engine.queues.update(queue('a', { lengthMax: 3, onLengthMax: { action: 'queue', queueId: 'ghost' } })), 'unknown_queue');
  });

  it('refuses to remove a queue that another queue overflows to', () => {
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'queue', queueId: 'b' } }), queue('b')] });
    const error = refused(engine.queues.remove('b'), 'queue_in_use');
    expect(error.message).toContain('"a"');
    expect(engine.queue('b')).toBeDefined();
    ok(engine.queues.update(queue('a')));
    ok(engine.queues.remove('b'));
    expect(engine.queue('b')).toBeUndefined();
  });
});
