/**
 * DESIGN.md section 3, rule 6, at the engine level: a queue with a calendar opens and closes through
 * its deadline, at the exact instants its calendar gives (daylight-saving switches and year ends
 * included); contacts arriving while it is closed follow the after-hours policy; a closed queue makes
 * no offers. The at-close policies are in `at-close.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarConfigInput } from '../../../../src/index.js';
import {
  agent,
  arrive,
  available,
  edgesOf,
  MONDAY,
  OFFICE_UTC,
  eventsFor,
  eventsOf,
  queue,
  statusOf,
  ticketsOf,
  utc,
  world,
} from './fixtures.js';

const HOUR = 3_600_000;
const MIN = 60_000;

/**
 * A queue `q` with the calendar and one member, who logs in at the start. (The login is the first
 * command: an engine that has had no command does not fire its deadlines; see the test below.)
 */
function calendarWorld(calendar: CalendarConfigInput, startMs: number) {
  const w = world({ queues: [queue('q', { calendar })], agents: [agent('ann', ['q'])] }, startMs);
  available(w.engine, 'ann');
  return w;
}


describe('business hours: opening and closing through the calendar deadline', () => {
  it('starts a queue closed outside its hours and opens and closes it at the exact instants', () => {
    const { engine, clock } = calendarWorld(OFFICE_UTC, MONDAY + 6 * HOUR);
    expect(engine.queue('q')?.open).toBe(false);
    clock.advanceTo(MONDAY + 8 * HOUR - 1);
    expect(engine.queue('q')?.open).toBe(false);
    clock.advanceTo(MONDAY + 8 * HOUR);
    expect(engine.queue('q')?.open).toBe(true);
    clock.advanceTo(MONDAY + 16 * HOUR - 1);
    expect(engine.queue('q')?.open).toBe(true);
    clock.advanceTo(MONDAY + 16 * HOUR);
    expect(engine.queue('q')?.open).toBe(false);
    expect(eventsOf(engine, 'queue.opened')).toMatchObject([{ queueId: 'q', at: MONDAY + 8 * HOUR }]);
    expect(eventsOf(engine, 'queue.closed')).toMatchObject([{ queueId: 'q', at: MONDAY + 16 * HOUR }]);
  });

  // Engine bug: `createEngine` (src/engine/create-engine.ts) adds each queue's first calendar-edge
  // deadline but never arms the clock timer for it; only `dispatch` and a fired timer call
  // `scheduleWake`. An engine that receives no command never opens or closes its queues.
  it('opens a queue at its opening time even when no command has been dispatched since createEngine', () => {
    const { engine, clock } = world({ queues: [queue('q', { calendar: OFFICE_UTC })] }, MONDAY + 6 * HOUR);
    clock.advanceTo(MONDAY + 8 * HOUR);
    expect(engine.queue('q')?.open).toBe(true);
    expect(eventsOf(engine, 'queue.opened')).toMatchObject([{ queueId: 'q', at: MONDAY + 8 * HOUR }]);
  });

  it('keeps opening and closing every day when the clock jumps over several days at once', () => {
    const { engine, clock } = calendarWorld(OFFICE_UTC, MONDAY);
    clock.advanceTo(MONDAY + 7 * 24 * HOUR);
    expect(edgesOf(engine, 'q')).toEqual([
      ['queue.opened', '2026-01-05T08:00:00.000Z'],
      ['queue.closed', '2026-01-05T16:00:00.000Z'],
      ['queue.opened', '2026-01-06T08:00:00.000Z'],
      ['queue.closed', '2026-01-06T16:00:00.000Z'],
      ['queue.opened', '2026-01-07T08:00:00.000Z'],
      ['queue.closed', '2026-01-07T16:00:00.000Z'],
      ['queue.opened', '2026-01-08T08:00:00.000Z'],
      ['queue.closed', '2026-01-08T16:00:00.000Z'],
      ['queue.opened', '2026-01-09T08:00:00.000Z'],
      ['queue.closed', '2026-01-09T16:00:00.000Z'],
    ]);
  });

  it('closes a Warsaw span across the spring-forward night one real hour early (Saturday 22:00 CET to Sunday 06:00 CEST)', () => {
    const calendar: CalendarConfigInput = { timeZone: 'Europe/Warsaw', weekly: [{ day: 'sat', open: '22:00', close: '06:00' }] };
    const { engine, clock } = calendarWorld(calendar, utc(2026, 3, 28, 12));
    clock.advanceTo(utc(2026, 3, 30));
    expect(edgesOf(engine, 'q')).toEqual([
      ['queue.opened', '2026-03-28T21:00:00.000Z'],
      ['queue.closed', '2026-03-29T04:00:00.000Z'],
    ]);
  });

  it('opens a Warsaw queue at the switch instant when its opening time falls in the spring-forward gap', () => {
    const calendar: CalendarConfigInput = { timeZone: 'Europe/Warsaw', weekly: [{ day: 'sun', open: '02:30', close: '04:00' }] };
    const { engine, clock } = calendarWorld(calendar, utc(2026, 3, 28, 12));
    clock.advanceTo(utc(2026, 3, 30));
    // 02:30 does not exist on 29 March 2026: the clock jumps from 02:00 CET to 03:00 CEST (01:00Z).
    expect(edgesOf(engine, 'q')).toEqual([
      ['queue.opened', '2026-03-29T01:00:00.000Z'],
      ['queue.closed', '2026-03-29T02:00:00.000Z'],
    ]);
  });

  it('keeps a Warsaw queue open one real hour longer across the autumn fall-back night', () => {
    const calendar: CalendarConfigInput = { timeZone: 'Europe/Warsaw', weekly: [{ day: 'sat', open: '22:00', close: '06:00' }] };
    const { engine, clock } = calendarWorld(calendar, utc(2026, 10, 24, 12));
    clock.advanceTo(utc(2026, 10, 26));
    expect(edgesOf(engine, 'q')).toEqual([
      ['queue.opened', '2026-10-24T20:00:00.000Z'], // 22:00 CEST
      ['queue.closed', '2026-10-25T05:00:00.000Z'], // 06:00 CET
    ]);
  });

  it('opens a New York queue at 09:00 local on both sides of the March switch (14:00Z on Friday, 13:00Z on Monday)', () => {
    const calendar: CalendarConfigInput = {
      timeZone: 'America/New_York',
      weekly: [
        { day: 'fri', open: '09:00', close: '17:00' },
        { day: 'mon', open: '09:00', close: '17:00' },
      ],
    };
    const { engine, clock } = calendarWorld(calendar, utc(2026, 3, 6, 12));
    clock.advanceTo(utc(2026, 3, 10));
    expect(edgesOf(engine, 'q')).toEqual([
      ['queue.opened', '2026-03-06T14:00:00.000Z'],
      ['queue.closed', '2026-03-06T22:00:00.000Z'],
      ['queue.opened', '2026-03-09T13:00:00.000Z'],
      ['queue.closed', '2026-03-09T21:00:00.000Z'],
    ]);
  });

  it('opens a New York queue at the first 01:30 of the November fall-back night and closes it on standard time', () => {
    const calendar: CalendarConfigInput = { timeZone: 'America/New_York', weekly: [{ day: 'sun', open: '01:30', close: '08:00' }] };
    const { engine, clock } = calendarWorld(calendar, utc(2026, 10, 31, 12));
    clock.advanceTo(utc(2026, 11, 2));
    expect(edgesOf(engine, 'q')).toEqual([
      ['queue.opened', '2026-11-01T05:30:00.000Z'], // 01:30 EDT, the first of the two
      ['queue.closed', '2026-11-01T13:00:00.000Z'], // 08:00 EST
    ]);
  });

  it('follows Sydney, a southern-hemisphere zone, out of daylight saving in April and into it in October', () => {
    const calendar: CalendarConfigInput = {
      timeZone: 'Australia/Sydney',
      weekly: [
        { day: 'sat', open: '09:00', close: '17:00' },
        { day: 'mon', open: '09:00', close: '17:00' },
      ],
    };
    const april = calendarWorld(calendar, utc(2026, 4, 3, 12));
    april.clock.advanceTo(utc(2026, 4, 7));
    expect(edgesOf(april.engine, 'q')).toEqual([
      ['queue.opened', '2026-04-03T22:00:00.000Z'], // Saturday 09:00 AEDT (+11)
      ['queue.closed', '2026-04-04T06:00:00.000Z'],
      ['queue.opened', '2026-04-05T23:00:00.000Z'], // Monday 09:00 AEST (+10)
      ['queue.closed', '2026-04-06T07:00:00.000Z'],
    ]);
    const october = calendarWorld(calendar, utc(2026, 10, 2, 12));
    october.clock.advanceTo(utc(2026, 10, 6));
    expect(edgesOf(october.engine, 'q')).toEqual([
      ['queue.opened', '2026-10-02T23:00:00.000Z'], // Saturday 09:00 AEST (+10)
      ['queue.closed', '2026-10-03T07:00:00.000Z'],
      ['queue.opened', '2026-10-04T22:00:00.000Z'], // Monday 09:00 AEDT (+11)
      ['queue.closed', '2026-10-05T06:00:00.000Z'],
    ]);
  });

  it('crosses the year end: short hours on 31 December, closed on New Year Day, open again on Monday 4 January', () => {
    const calendar: CalendarConfigInput = {
      timeZone: 'Europe/Warsaw',
      weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open: '08:00', close: '16:00' })),
      exceptions: [
        { date: '2026-12-31', intervals: [{ open: '08:00', close: '12:00' }] },
        { date: '2027-01-01', closed: true },
      ],
    };
    const { engine, clock } = calendarWorld(calendar, utc(2026, 12, 31));
    clock.advanceTo(utc(2027, 1, 5));
    expect(edgesOf(engine, 'q')).toEqual([
      ['queue.opened', '2026-12-31T07:00:00.000Z'],
      ['queue.closed', '2026-12-31T11:00:00.000Z'],
      ['queue.opened', '2027-01-04T07:00:00.000Z'],
      ['queue.closed', '2027-01-04T15:00:00.000Z'],
    ]);
  });

  it('keeps a New Year Eve span open past midnight into the next year', () => {
    const calendar: CalendarConfigInput = { timeZone: 'UTC', weekly: [{ day: 'thu', open: '22:00', close: '02:00' }] };
    const { engine, clock } = calendarWorld(calendar, utc(2026, 12, 31, 12));
    clock.advanceTo(utc(2027, 1, 1, 12));
    expect(edgesOf(engine, 'q')).toEqual([
      ['queue.opened', '2026-12-31T22:00:00.000Z'],
      ['queue.closed', '2027-01-01T02:00:00.000Z'],
    ]);
  });
});

describe('business hours: after-hours policies for contacts arriving while closed', () => {
  const closedAt = MONDAY + 6 * HOUR;

  it('turns an after-hours contact into a ticket with reason after_hours, its first message and the customer e-mail', () => {
    const { engine } = world(
      { queues: [queue('q', { calendar: OFFICE_UTC, afterHours: 'ticket' })], agents: [agent('ann', ['q'])] },
      closedAt,
    );
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'q', message: 'My parcel is late', customer: { email: 'Ann@Example.com' } });
    expect(statusOf(engine, c1)).toBe('ended');
    const [ticket] = eventsFor(engine, 'ticket.created', c1);
    expect(ticket).toMatchObject({
      reason: 'after_hours',
      queueId: 'q',
      email: 'ann@example.com',
      at: closedAt,
      transcript: [{ from: 'customer', text: 'My parcel is late', at: closedAt }],
    });
    expect(ticketsOf(engine)).toHaveLength(1);
    expect(eventsOf(engine, 'offer.created')).toEqual([]);
  });

  it('rejects an after-hours contact with the queue closed message under the reject policy', () => {
    const { engine } = world(
      { queues: [queue('q', { calendar: OFFICE_UTC, afterHours: 'reject', closedMessage: 'We open at 08:00 UTC.' })] },
      closedAt,
    );
    const c1 = arrive(engine, { queueId: 'q' });
    expect(eventsFor(engine, 'contact.rejected', c1)).toMatchObject([
      { queueId: 'q', reason: 'after_hours', message: 'We open at 08:00 UTC.', at: closedAt },
    ]);
    expect(eventsOf(engine, 'ticket.created')).toEqual([]);
    expect(statusOf(engine, c1)).toBe('ended');
  });

  it('holds an after-hours contact without offering it, even to an available member, until the queue opens', () => {
    const { engine, clock } = world(
      { queues: [queue('q', { calendar: OFFICE_UTC, afterHours: 'hold' })], agents: [agent('ann', ['q'])] },
      closedAt,
    );
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'q' });
    clock.advanceTo(MONDAY + 8 * HOUR - 1);
    expect(statusOf(engine, c1)).toBe('queued');
    expect(eventsOf(engine, 'offer.created')).toEqual([]);
    clock.advanceTo(MONDAY + 8 * HOUR);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'ann', at: MONDAY + 8 * HOUR }]);
  });

  it('routes held contacts at opening in work order: higher priority first, then the earliest arrival', () => {
    const { engine, clock } = world(
      {
        queues: [queue('q', { calendar: OFFICE_UTC, afterHours: 'hold' })],
        agents: [agent('ann', ['q']), agent('bob', ['q'])],
      },
      closedAt,
    );
    available(engine, 'ann', 'bob');
    const early = arrive(engine, { queueId: 'q' });
    clock.advanceTo(closedAt + MIN);
    const urgent = arrive(engine, { queueId: 'q', priority: 5 });
    clock.advanceTo(closedAt + 2 * MIN);
    const late = arrive(engine, { queueId: 'q' });
    clock.advanceTo(MONDAY + 8 * HOUR);
    // Two agents, three contacts: the two first in work order get them, in that order.
    expect(eventsOf(engine, 'offer.created').map((e) => e.contactId)).toEqual([urgent, early]);
    expect(statusOf(engine, late)).toBe('queued');
  });

  it('starts the queue timers of a held contact at the opening, not at its arrival', () => {
    const { engine, clock } = world(
      { queues: [queue('q', { calendar: OFFICE_UTC, afterHours: 'hold', waitMsMax: 5 * MIN, onWaitMsMax: { action: 'ticket' } })] },
      closedAt,
    );
    const c1 = arrive(engine, { queueId: 'q' });
    clock.advanceTo(MONDAY + 8 * HOUR + 5 * MIN - 1);
    expect(statusOf(engine, c1)).toBe('queued');
    clock.advanceTo(MONDAY + 8 * HOUR + 5 * MIN);
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([{ reason: 'wait_exceeded', at: MONDAY + 8 * HOUR + 5 * MIN }]);
  });

  it('makes no offer from a closed queue when a member becomes available while contacts wait', () => {
    const { engine, clock } = world(
      { queues: [queue('q', { calendar: OFFICE_UTC, afterHours: 'hold' })], agents: [agent('ann', ['q'])] },
      closedAt,
    );
    const c1 = arrive(engine, { queueId: 'q' });
    clock.advanceTo(closedAt + 10 * MIN);
    available(engine, 'ann');
    expect(eventsOf(engine, 'offer.created')).toEqual([]);
    expect(engine.queue('q')).toMatchObject({ open: false, waitingCount: 1 });
    clock.advanceTo(MONDAY + 8 * HOUR);
    expect(eventsFor(engine, 'offer.created', c1)).toMatchObject([{ agentId: 'ann', at: MONDAY + 8 * HOUR }]);
  });
});
