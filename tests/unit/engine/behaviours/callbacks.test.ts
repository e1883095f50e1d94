/**
 * DESIGN.md section 3, rule 9: a callback requested for time T waits `scheduled` until T, then becomes
 * a queued `callback` contact, or at the next opening of its queue if T falls in closed hours.
 */
import { describe, expect, it } from 'vitest';
import { agent, available, eventsFor, eventsOf, historyOfContact, MONDAY, OFFICE_UTC, ok, queue, refused, statusOf, world } from './fixtures.js';

const HOUR = 3_600_000;

function callbackWorld(extra: Parameters<typeof queue>[1] = {}, startMs = 0) {
  const w = world(
    { queues: [queue('cb', { channels: ['callback'], ...extra })], agents: [agent('ann', ['cb'], { capacity: { callback: 1 } })] },
    startMs,
  );
  return w;
}

describe('callbacks (rule 9)', () => {
  it('keeps a callback scheduled until its time, then queues it and offers it at exactly that time', () => {
    const { engine, clock } = callbackWorld();
    available(engine, 'ann');
    const c1 = ok(engine.callbacks.request({ queueId: 'cb', phone: '+48 600 100 200', at: 60_000 })).contactId as string;
    expect(eventsFor(engine, 'callback.scheduled', c1)).toMatchObject([{ queueId: 'cb', phone: '+48 600 100 200', dueAt: 60_000 }]);
    clock.advanceTo(59_999);
    expect(statusOf(engine, c1)).toBe('scheduled');
    expect(eventsOf(engine, 'offer.created')).toEqual([]);
    clock.advanceTo(60_000);
    expect(eventsFor(engine, 'contact.queued', c1)).toMatchObject([{ queueId: 'cb', cause: 'callback', at: 60_000, enqueuedAt: 60_000 }]);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'ann', at: 60_000 }]);
  });

  it('queues a callback whose time falls in closed hours at the next opening of its queue', () => {
    const { engine, clock } = callbackWorld({ calendar: OFFICE_UTC, afterHours: 'ticket' }, MONDAY + 10 * HOUR);
    available(engine, 'ann');
    const friday20h = MONDAY + 4 * 24 * HOUR + 20 * HOUR;
    const nextMonday8h = MONDAY + 7 * 24 * HOUR + 8 * HOUR;
    const c1 = ok(engine.callbacks.request({ queueId: 'cb', phone: '+1 212 555 0100', at: friday20h })).contactId as string;
    clock.advanceTo(nextMonday8h - 1);
    expect(statusOf(engine, c1)).toBe('scheduled');
    clock.advanceTo(nextMonday8h);
    expect(eventsFor(engine, 'contact.queued', c1)).toMatchObject([{ cause: 'callback', at: nextMonday8h }]);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'ann', at: nextMonday8h }]);
    // A due callback is not an after-hours arrival: it is never ticketed by the after-hours policy.
    expect(eventsOf(engine, 'ticket.created')).toEqual([]);
  });

  it('queues a callback due exactly at an opening at that opening', () => {
    const { engine, clock } = callbackWorld({ calendar: OFFICE_UTC }, MONDAY + 10 * HOUR);
    available(engine, 'ann');
    const tuesday8h = MONDAY + 32 * HOUR;
    const c1 = ok(engine.callbacks.request({ queueId: 'cb', phone: '+1 212 555 0100', at: tuesday8h })).contactId as string;
    clock.advanceTo(tuesday8h);
    expect(eventsFor(engine, 'contact.queued', c1)).toMatchObject([{ at: tuesday8h }]);
    expect(statusOf(engine, c1)).toBe('offered');
  });

  it('cancels a scheduled callback, which then never enters its queue', () => {
    const { engine, clock } = callbackWorld();
    available(engine, 'ann');
    const c1 = ok(engine.callbacks.request({ queueId: 'cb', phone: '+48 600 100 200', at: 60_000 })).contactId as string;
    clock.advanceTo(30_000);
    ok(engine.callbacks.cancel(c1));
    expect(eventsFor(engine, 'callback.cancelled', c1)).toMatchObject([{ at: 30_000 }]);
    expect(statusOf(engine, c1)).toBe('ended');
    clock.advanceTo(120_000);
    expect(eventsFor(engine, 'contact.queued', c1)).toEqual([]);
    expect(eventsOf(engine, 'offer.created')).toEqual([]);
  });

  it('rejects a callback requested for a time in the past, and creates nothing', () => {
    const { engine, clock } = callbackWorld();
    clock.advanceTo(10_000);
    const error = refused(engine.callbacks.request({ queueId: 'cb', phone: '+48 600 100 200', at: 9_999 }), 'invalid_command');
    expect(error.message).toMatch(/at is in the past/);
    expect(eventsOf(engine, 'contact.created')).toEqual([]);
    expect(eventsOf(engine, 'callback.scheduled')).toEqual([]);
  });

  it('accepts a callback requested for now and queues it at once', () => {
    const { engine, clock } = callbackWorld();
    clock.advanceTo(10_000);
    const c1 = ok(engine.callbacks.request({ queueId: 'cb', phone: '+48 600 100 200', at: 10_000 })).contactId as string;
    clock.advanceTo(10_000);
    ok(engine.agents.setStatus('ann', 'break')); // any command reads the clock and fires what is due
    expect(statusOf(engine, c1)).toBe('queued');
  });

  it('rejects cancelling a callback once it has been queued', () => {
    const { engine, clock } = callbackWorld();
    const c1 = ok(engine.callbacks.request({ queueId: 'cb', phone: '+48 600 100 200', at: 5_000 })).contactId as string;
    clock.advanceTo(5_000);
    expect(statusOf(engine, c1)).toBe('queued');
    refused(engine.callbacks.cancel(c1), 'contact_not_scheduled');
    expect(statusOf(engine, c1)).toBe('queued');
    expect(historyOfContact(engine, c1)).not.toContain('callback.cancelled');
  });

  it('rejects a callback to a queue that does not serve the callback channel', () => {
    const { engine } = world({ queues: [queue('chat-only')] });
    refused(engine.callbacks.request({ queueId: 'chat-only', phone: '+48 600 100 200', at: 5_000 }), 'queue_not_serving_channel');
  });
});
