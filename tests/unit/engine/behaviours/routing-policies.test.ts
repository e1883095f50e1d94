/**
 * Routing policies driven by waiting time and channel: blending (rule 10: outbound work only for
 * agents with no inbound contact they could take), skill relaxation (the requirement changes at each
 * step's time, by a deadline) and priority ageing (priority rises by `step` every `everyMs` up to
 * `priorityMax`, changing the work order).
 */
import { describe, expect, it } from 'vitest';
import { agent, arrive, available, eventsFor, eventsOf, ok, queue, statusOf, world } from './fixtures.js';

describe('blending (rule 10)', () => {
  /** Ann serves inbound chat and outbound calls, one contact at a time in total. */
  function blended() {
    return world({
      skills: ['french'],
      queues: [queue('inbound'), queue('dialer', { channels: ['outbound'] })],
      agents: [
        agent('ann', ['inbound', 'dialer'], { capacity: { chat: 1, outbound: 1 }, capacityTotalMax: 1 }),
        agent('bob', ['dialer'], { capacity: { outbound: 1 } }),
      ],
    });
  }

  it('gives an agent the inbound contact before an outbound one that has waited longer', () => {
    const { engine, clock } = blended();
    const call = arrive(engine, { queueId: 'dialer', channel: 'outbound' });
    clock.advanceTo(60_000);
    const chat = arrive(engine, { queueId: 'inbound' });
    available(engine, 'ann');
    expect(eventsOf(engine, 'offer.created').map((e) => [e.contactId, e.agentId])).toEqual([[chat, 'ann']]);
    expect(statusOf(engine, call)).toBe('queued');
  });

  it('offers outbound work to an agent only once no inbound contact fits', () => {
    const { engine } = blended();
    const call = arrive(engine, { queueId: 'dialer', channel: 'outbound' });
    const chat = arrive(engine, { queueId: 'inbound' });
    available(engine, 'ann');
    ok(engine.offers.reject(engine.contact(chat)!.offerId!)); // ann declined the chat: it is in her cooldown
    expect(eventsFor(engine, 'offer.created', call)).toMatchObject([{ agentId: 'ann' }]);
  });

  it('gives outbound work to an agent whose waiting inbound contacts need skills the agent lacks', () => {
    const { engine } = blended();
    const call = arrive(engine, { queueId: 'dialer', channel: 'outbound' });
    arrive(engine, { queueId: 'inbound', skills: { french: 5 } });
    available(engine, 'ann');
    expect(eventsFor(engine, 'offer.created', call)).toMatchObject([{ agentId: 'ann' }]);
  });

  it('counts a cooldown ending this millisecond until its own deadline fires, so outbound work is not stranded', () => {
    // Ann misses a chat, an outbound call and a second chat at once: three cooldowns end together at
    // 13 s, and their deadlines fire in that order. When the call's fires, the second chat is still
    // in its cooldown, so ann takes the call; then the second chat's fires and she takes it too.
    const { engine, clock } = world({
      queues: [queue('mixed', { channels: ['chat', 'outbound'], reofferCooldownMs: 3_000 })],
      agents: [agent('ann', ['mixed'], { capacity: { chat: 2, outbound: 1 } })],
      routing: { missedOffersMax: 10 },
    });
    available(engine, 'ann');
    const first = arrive(engine, { queueId: 'mixed' });
    const call = arrive(engine, { queueId: 'mixed', channel: 'outbound' });
    const second = arrive(engine, { queueId: 'mixed' });
    expect(eventsOf(engine, 'offer.created').map((e) => e.contactId)).toEqual([first, call, second]);
    clock.advanceTo(13_000);
    const reoffered = eventsOf(engine, 'offer.created').slice(3);
    expect(reoffered.map((e) => [e.contactId, e.at])).toEqual([
      [first, 13_000],
      [call, 13_000],
      [second, 13_000],
    ]);
  });

  it('passes over a blended agent who could take an inbound contact when an outbound contact picks its agent', () => {
    const { engine, clock } = world({
      queues: [
        queue('mixed', {
          channels: ['chat', 'outbound'],
          afterHours: 'hold',
          calendar: { timeZone: 'UTC', weekly: [{ day: 'thu', open: '08:00', close: '16:00' }] },
        }),
      ],
      agents: [
        agent('ann', ['mixed'], { capacity: { chat: 1, outbound: 1 }, capacityTotalMax: 1 }),
        agent('bob', ['mixed'], { capacity: { outbound: 1 } }),
      ],
    }); // 1970-01-01 is a Thursday: the queue opens at 08:00
    available(engine, 'ann', 'bob'); // ann is the longest idle
    const call = arrive(engine, { queueId: 'mixed', channel: 'outbound' });
    clock.advanceTo(60_000);
    const chat = arrive(engine, { queueId: 'mixed' });
    clock.advanceTo(8 * 3_600_000); // opening: the older outbound contact is routed first
    expect(eventsFor(engine, 'offer.created', call)).toMatchObject([{ agentId: 'bob' }]);
    expect(eventsFor(engine, 'offer.created', chat)).toMatchObject([{ agentId: 'ann' }]);
  });
});

describe('skill relaxation', () => {
  const relaxing = {
    skills: ['billing'],
    queues: [
      queue('billing', {
        relaxation: [
          { afterMs: 0, skills: { billing: 8 } },
          { afterMs: 30_000, skills: { billing: 5 } },
          { afterMs: 90_000, skills: {} },
        ],
      }),
    ],
    agents: [
      agent('expert', ['billing'], { skills: { billing: 9 } }),
      agent('mid', ['billing'], { skills: { billing: 6 } }),
      agent('novice', ['billing']),
    ],
  };

  it('requires the first step skills at once: only an agent meeting them is offered the contact', () => {
    const { engine } = world(relaxing);
    available(engine, 'novice', 'mid', 'expert');
    const c1 = arrive(engine, { queueId: 'billing' });
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'expert', at: 0 }]);
  });

  it('relaxes the requirement at the exact step time and offers the contact to a less-skilled agent then', () => {
    const { engine, clock } = world(relaxing);
    available(engine, 'novice', 'mid');
    const c1 = arrive(engine, { queueId: 'billing' });
    clock.advanceTo(29_999);
    expect(eventsOf(engine, 'contact.relaxed')).toEqual([]);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(30_000);
    expect(eventsFor(engine, 'contact.relaxed', c1)).toMatchObject([{ step: 1, skills: { billing: 5 }, at: 30_000 }]);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'mid', at: 30_000 }]);
  });

  it('walks every step in order: at the last one an agent without the skill gets the contact', () => {
    const { engine, clock } = world(relaxing);
    available(engine, 'novice');
    const c1 = arrive(engine, { queueId: 'billing' });
    clock.advanceTo(89_999);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(90_000);
    expect(eventsFor(engine, 'contact.relaxed', c1).map((e) => [e.step, e.at, e.skills])).toEqual([
      [1, 30_000, { billing: 5 }],
      [2, 90_000, {}],
    ]);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'novice', at: 90_000 }]);
  });

  it('counts relaxation from entering the queue, restarting from the first step after an overflow', () => {
    const { engine, clock } = world({
      ...relaxing,
      queues: [queue('front', { waitMsMax: 20_000, onWaitMsMax: { action: 'queue', queueId: 'billing' } }), ...relaxing.queues],
    });
    available(engine, 'mid');
    const c1 = arrive(engine, { queueId: 'front' });
    clock.advanceTo(20_000); // enters billing; its first step applies
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(49_999);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(50_000);
    expect(eventsFor(engine, 'contact.relaxed', c1)).toMatchObject([{ step: 1, at: 50_000 }]);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'mid', at: 50_000 }]);
  });

  it('never relaxes a contact that brings its own skill requirement', () => {
    const { engine, clock } = world(relaxing);
    available(engine, 'novice', 'mid');
    const c1 = arrive(engine, { queueId: 'billing', skills: { billing: 8 } });
    clock.advanceTo(600_000);
    expect(eventsOf(engine, 'contact.relaxed')).toEqual([]);
    expect(eventsOf(engine, 'offer.created')).toEqual([]);
    available(engine, 'expert');
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'expert' }]);
  });
});

describe('priority ageing', () => {
  const ageing = { everyMs: 10_000, step: 2, priorityMax: 5 };

  it('raises priority by step every everyMs of waiting, up to priorityMax and no further', () => {
    const { engine, clock } = world({ queues: [queue('a', { ageing })] });
    const c1 = arrive(engine, { queueId: 'a', priority: 0 });
    clock.advanceTo(9_999);
    expect(engine.contact(c1)?.priority).toBe(0);
    clock.advanceTo(100_000);
    expect(eventsFor(engine, 'contact.aged', c1).map((e) => [e.at, e.priority])).toEqual([
      [10_000, 2],
      [20_000, 4],
      [30_000, 5],
    ]);
    expect(engine.contact(c1)?.priority).toBe(5);
  });

  it('lets an aged contact overtake a newer contact of higher base priority', () => {
    const { engine, clock } = world({ queues: [queue('a', { ageing })], agents: [agent('ann', ['a'])] });
    const old = arrive(engine, { queueId: 'a', priority: 0 });
    clock.advanceTo(15_000);
    const urgent = arrive(engine, { queueId: 'a', priority: 3 });
    clock.advanceTo(20_000); // old reaches 4 > 3
    available(engine, 'ann');
    expect(eventsOf(engine, 'offer.created').map((e) => e.contactId)).toEqual([old]);
    expect(statusOf(engine, urgent)).toBe('queued');
  });

  it('keeps the base order before the ageing step is reached', () => {
    const { engine, clock } = world({ queues: [queue('a', { ageing })], agents: [agent('ann', ['a'])] });
    arrive(engine, { queueId: 'a', priority: 0 });
    clock.advanceTo(15_000); // old is at 2 < 3
    const urgent = arrive(engine, { queueId: 'a', priority: 3 });
    clock.advanceTo(19_999);
    available(engine, 'ann');
    expect(eventsOf(engine, 'offer.created').map((e) => e.contactId)).toEqual([urgent]);
  });

  it('does not age a contact whose base priority is already at priorityMax', () => {
    const { engine, clock } = world({ queues: [queue('a', { ageing })] });
    const c1 = arrive(engine, { queueId: 'a', priority: 7 });
    clock.advanceTo(100_000);
    expect(eventsFor(engine, 'contact.aged', c1)).toEqual([]);
    expect(engine.contact(c1)?.priority).toBe(7);
  });
});
