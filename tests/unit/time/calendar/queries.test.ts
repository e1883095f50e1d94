import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN_CALENDAR,
  CALENDAR_SEARCH_DAYS_MAX,
  WEEKDAYS,
  compileCalendar,
  isOpenAt,
  nextChangeAfter,
  nextOpeningAt,
} from '../../../../src/time/calendar/index.js';
import { iso, walkChanges } from './walk-changes.js';

// Warsaw is on CEST (+2) all through June 2026; Monday 2026-06-15 starts the week walked below.
const week = compileCalendar({
  timeZone: 'Europe/Warsaw',
  weekly: [
    { day: 'mon', open: '08:00', close: '16:00' },
    { day: 'tue', open: '13:00', close: '17:00' },
    { day: 'tue', open: '08:00', close: '12:00' },
    { day: 'wed', open: '09:00', close: '24:00' },
    { day: 'thu', open: '00:00', close: '06:00' },
    { day: 'fri', open: '22:00', close: '02:00' },
    { day: 'sat', open: '10:00', close: '14:00' },
  ],
});
const mondayMidnightMs = Date.UTC(2026, 5, 14, 22); // Monday 15 June 00:00 CEST

describe('nextChangeAfter', () => {
  it('walks a whole week of openings and closings in order', () => {
    expect(walkChanges(week, mondayMidnightMs, 13)).toEqual([
      [iso(Date.UTC(2026, 5, 15, 6)), true], // Mon 08:00
      [iso(Date.UTC(2026, 5, 15, 14)), false], // Mon 16:00
      [iso(Date.UTC(2026, 5, 16, 6)), true], // Tue 08:00
      [iso(Date.UTC(2026, 5, 16, 10)), false], // Tue 12:00
      [iso(Date.UTC(2026, 5, 16, 11)), true], // Tue 13:00
      [iso(Date.UTC(2026, 5, 16, 15)), false], // Tue 17:00
      [iso(Date.UTC(2026, 5, 17, 7)), true], // Wed 09:00; 24:00 touches Thu 00:00, so no change
      [iso(Date.UTC(2026, 5, 18, 4)), false], // Thu 06:00
      [iso(Date.UTC(2026, 5, 19, 20)), true], // Fri 22:00
      [iso(Date.UTC(2026, 5, 20, 0)), false], // Sat 02:00
      [iso(Date.UTC(2026, 5, 20, 8)), true], // Sat 10:00
      [iso(Date.UTC(2026, 5, 20, 12)), false], // Sat 14:00
      [iso(Date.UTC(2026, 5, 22, 6)), true], // next Mon 08:00
    ]);
  });

  it('reports only changes strictly after the given instant', () => {
    const openingMs = Date.UTC(2026, 5, 15, 6); // Mon 08:00 CEST
    expect(nextChangeAfter(week, openingMs)).toEqual({ atMs: Date.UTC(2026, 5, 15, 14), open: false });
    expect(nextChangeAfter(week, openingMs - 1)).toEqual({ atMs: openingMs, open: true });
  });

  it('agrees with isOpenAt on both sides of every change', () => {
    for (const [at, open] of walkChanges(week, mondayMidnightMs, 13)) {
      const atMs = Date.parse(at);
      expect([isOpenAt(week, atMs - 1), isOpenAt(week, atMs)]).toEqual([!open, open]);
    }
  });

  it('returns null for an always-open calendar', () => {
    expect(nextChangeAfter(compileCalendar({ alwaysOpen: true }), mondayMidnightMs)).toBeNull();
    expect(nextChangeAfter(ALWAYS_OPEN_CALENDAR, mondayMidnightMs)).toBeNull();
  });

  it('treats weekly hours that fill the whole week as always open', () => {
    const halves = WEEKDAYS.flatMap((day) => [
      { day, open: '06:00', close: '18:00' },
      { day, open: '18:00', close: '06:00' },
    ]);
    const calendar = compileCalendar({ timeZone: 'Europe/Warsaw', weekly: halves });
    expect(calendar.kind).toBe('always-open');
    expect(nextChangeAfter(calendar, mondayMidnightMs)).toBeNull();
  });

  it('follows a round-the-clock week to its closing at a holiday months away', () => {
    const calendar = compileCalendar({
      timeZone: 'UTC',
      weekly: WEEKDAYS.map((day) => ({ day, open: '00:00', close: '24:00' })),
      exceptions: [{ date: '2026-12-25', closed: true }],
    });
    expect(walkChanges(calendar, Date.UTC(2026, 5, 15), 2)).toEqual([
      [iso(Date.UTC(2026, 11, 25)), false], // the holiday starts at midnight UTC
      [iso(Date.UTC(2026, 11, 26)), true], // and ends the next midnight
    ]);
  });
});

describe('nextOpeningAt', () => {
  it('returns the instant itself while open', () => {
    expect(nextOpeningAt(week, Date.UTC(2026, 5, 15, 9, 17))).toBe(Date.UTC(2026, 5, 15, 9, 17));
    expect(nextOpeningAt(ALWAYS_OPEN_CALENDAR, 123)).toBe(123);
  });

  it('returns the next opening while closed', () => {
    expect(nextOpeningAt(week, Date.UTC(2026, 5, 20, 12))).toBe(Date.UTC(2026, 5, 22, 6)); // Sat 14:00 -> Mon 08:00
  });

  it(`searches ${CALENDAR_SEARCH_DAYS_MAX} days ahead and then gives up with null`, () => {
    const calendar = compileCalendar({
      timeZone: 'UTC',
      exceptions: [{ date: '2029-01-01', intervals: [{ open: '09:00', close: '10:00' }] }],
    });
    expect(nextOpeningAt(calendar, Date.UTC(2026, 0, 1))).toBeNull(); // 1096 days ahead
    expect(nextOpeningAt(calendar, Date.UTC(2027, 0, 1))).toBe(Date.UTC(2029, 0, 1, 9)); // 731 days ahead
    expect(nextChangeAfter(calendar, Date.UTC(2026, 0, 1))).toBeNull();
  });
});
