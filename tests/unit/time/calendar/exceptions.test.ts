import { describe, expect, it } from 'vitest';
import { compileCalendar, isOpenAt, nextOpeningAt } from '../../../../src/time/calendar/index.js';
import { iso, walkChanges } from './walk-changes.js';

// Warsaw is on CET (+1) in late December and early January.
const weekdays = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open: '08:00', close: '16:00' }));

describe('holidays and special hours', () => {
  const office = compileCalendar({
    timeZone: 'Europe/Warsaw',
    weekly: weekdays,
    exceptions: [
      { date: '2026-12-24', intervals: [{ open: '08:00', close: '12:00' }] }, // Thursday: short day
      { date: '2026-12-25', closed: true }, // Friday: holiday
      { date: '2026-12-31', intervals: [{ open: '08:00', close: '10:00' }, { open: '10:00', close: '11:00' }] },
    ],
  });

  it('opens for the special hours only on a short day', () => {
    expect(walkChanges(office, Date.UTC(2026, 11, 24, 0), 2)).toEqual([
      [iso(Date.UTC(2026, 11, 24, 7)), true], // 08:00 CET
      [iso(Date.UTC(2026, 11, 24, 11)), false], // 12:00 CET, not the weekly 16:00
    ]);
    expect(isOpenAt(office, Date.UTC(2026, 11, 24, 13))).toBe(false); // 14:00 CET
  });

  it('stays closed all day on a holiday and reopens on the next working day', () => {
    expect(isOpenAt(office, Date.UTC(2026, 11, 25, 9))).toBe(false); // Friday 10:00 CET
    expect(nextOpeningAt(office, Date.UTC(2026, 11, 24, 11))).toBe(Date.UTC(2026, 11, 28, 7)); // Monday 08:00
  });

  it('merges touching special-hours intervals into one open period', () => {
    expect(walkChanges(office, Date.UTC(2026, 11, 31, 0), 2)).toEqual([
      [iso(Date.UTC(2026, 11, 31, 7)), true], // 08:00 CET
      [iso(Date.UTC(2026, 11, 31, 10)), false], // 11:00 CET: no change at 10:00
    ]);
  });

  it('leaves the weekly hours of other dates alone', () => {
    expect(isOpenAt(office, Date.UTC(2026, 11, 23, 14))).toBe(true); // Wednesday 15:00 CET
    expect(isOpenAt(office, Date.UTC(2026, 11, 23, 15))).toBe(false); // Wednesday 16:00 CET
  });
});

describe('exceptions next to spans past midnight', () => {
  const fridayNight = { day: 'fri', open: '22:00', close: '02:00' } as const;

  it('lets a span that began the evening before run into a holiday', () => {
    // Saturday 2026-12-26 is a holiday; the Friday 25th span still runs to 02:00 on the 26th.
    const calendar = compileCalendar({
      timeZone: 'Europe/Warsaw',
      weekly: [fridayNight],
      exceptions: [{ date: '2026-12-26', closed: true }],
    });
    expect(isOpenAt(calendar, Date.UTC(2026, 11, 26, 0, 30))).toBe(true); // Saturday 01:30 CET
    expect(walkChanges(calendar, Date.UTC(2026, 11, 25, 12), 2)).toEqual([
      [iso(Date.UTC(2026, 11, 25, 21)), true], // Friday 22:00 CET
      [iso(Date.UTC(2026, 11, 26, 1)), false], // Saturday 02:00 CET
    ]);
  });

  it('cancels a span that would start on the exception date', () => {
    // Friday 2026-12-25 is a holiday, so its 22:00 span does not start; the next is Friday 1 January.
    const calendar = compileCalendar({
      timeZone: 'Europe/Warsaw',
      weekly: [fridayNight],
      exceptions: [{ date: '2026-12-25', closed: true }],
    });
    expect(isOpenAt(calendar, Date.UTC(2026, 11, 25, 22))).toBe(false); // Friday 23:00 CET
    expect(nextOpeningAt(calendar, Date.UTC(2026, 11, 25, 12))).toBe(Date.UTC(2027, 0, 1, 21));
  });

  it('merges a span into special hours that start at midnight on the next date', () => {
    const calendar = compileCalendar({
      timeZone: 'Europe/Warsaw',
      weekly: [fridayNight],
      exceptions: [{ date: '2026-12-26', intervals: [{ open: '00:00', close: '04:00' }] }],
    });
    expect(walkChanges(calendar, Date.UTC(2026, 11, 25, 12), 2)).toEqual([
      [iso(Date.UTC(2026, 11, 25, 21)), true], // Friday 22:00 CET
      [iso(Date.UTC(2026, 11, 26, 3)), false], // Saturday 04:00 CET: the longer of the two
    ]);
  });
});

describe('year end', () => {
  // 31 December 2026 is a Thursday; 1 January 2027 a Friday.
  const calendar = compileCalendar({
    timeZone: 'Europe/Warsaw',
    weekly: [
      { day: 'thu', open: '22:00', close: '02:00' },
      { day: 'fri', open: '08:00', close: '16:00' },
    ],
    exceptions: [{ date: '2027-01-01', closed: true }],
  });

  it('keeps a span from 31 December 22:00 open into 1 January 02:00', () => {
    expect(walkChanges(calendar, Date.UTC(2026, 11, 31, 12), 2)).toEqual([
      [iso(Date.UTC(2026, 11, 31, 21)), true], // 22:00 CET on the 31st
      [iso(Date.UTC(2027, 0, 1, 1)), false], // 02:00 CET on 1 January
    ]);
    expect(isOpenAt(calendar, Date.UTC(2026, 11, 31, 23))).toBe(true); // midnight local, New Year
  });

  it('keeps the 1 January holiday closed and opens next on Thursday 7 January', () => {
    expect(isOpenAt(calendar, Date.UTC(2027, 0, 1, 9))).toBe(false); // Friday 10:00 CET
    expect(nextOpeningAt(calendar, Date.UTC(2027, 0, 1, 1))).toBe(Date.UTC(2027, 0, 7, 21)); // 22:00 CET
  });
});
