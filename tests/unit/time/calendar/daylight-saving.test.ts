import { describe, expect, it } from 'vitest';
import { compileCalendar, isOpenAt, nextChangeAfter } from '../../../../src/time/calendar/index.js';
import { iso, walkChanges } from './walk-changes.js';

const HOUR_MS = 3_600_000;

/** A calendar open only on Saturday night, 22:00 to 06:00 on Sunday, in a zone. */
function saturdayNight(timeZone: string) {
  return compileCalendar({ timeZone, weekly: [{ day: 'sat', open: '22:00', close: '06:00' }] });
}

/** A calendar open only on Sunday between two wall times, in a zone. */
function sunday(timeZone: string, open: string, close: string) {
  return compileCalendar({ timeZone, weekly: [{ day: 'sun', open, close }] });
}

/** How long the open period starting after `fromMs` lasts. */
function openLengthMs(calendar: ReturnType<typeof saturdayNight>, fromMs: number): number {
  const opening = nextChangeAfter(calendar, fromMs);
  const closing = opening && nextChangeAfter(calendar, opening.atMs);
  if (!opening || !closing) throw new Error('expected an opening and a closing');
  return closing.atMs - opening.atMs;
}

describe('Europe/Warsaw (CET +1, CEST +2)', () => {
  const night = saturdayNight('Europe/Warsaw');

  it('keeps 22:00-06:00 open for 7 hours on the spring-forward night of 28-29 March 2026', () => {
    expect(walkChanges(night, Date.UTC(2026, 2, 28, 12), 2)).toEqual([
      [iso(Date.UTC(2026, 2, 28, 21)), true], // 22:00 CET is 21:00Z
      [iso(Date.UTC(2026, 2, 29, 4)), false], // 06:00 CEST is 04:00Z
    ]);
    expect(openLengthMs(night, Date.UTC(2026, 2, 28, 12))).toBe(7 * HOUR_MS);
  });

  it('keeps 22:00-06:00 open for 9 hours on the fall-back night of 24-25 October 2026', () => {
    expect(walkChanges(night, Date.UTC(2026, 9, 24, 12), 2)).toEqual([
      [iso(Date.UTC(2026, 9, 24, 20)), true], // 22:00 CEST is 20:00Z
      [iso(Date.UTC(2026, 9, 25, 5)), false], // 06:00 CET is 05:00Z
    ]);
    expect(openLengthMs(night, Date.UTC(2026, 9, 24, 12))).toBe(9 * HOUR_MS);
  });

  it('is open through the skipped hour and in both passes of the repeated hour', () => {
    expect(isOpenAt(night, Date.UTC(2026, 2, 29, 0, 59))).toBe(true); // 01:59 CET, just before the jump
    expect(isOpenAt(night, Date.UTC(2026, 2, 29, 1, 0))).toBe(true); // 03:00 CEST, just after it
    expect(isOpenAt(night, Date.UTC(2026, 9, 25, 0, 30))).toBe(true); // 02:30 CEST, first pass
    expect(isOpenAt(night, Date.UTC(2026, 9, 25, 1, 30))).toBe(true); // 02:30 CET, second pass
    expect(isOpenAt(night, Date.UTC(2026, 9, 25, 5))).toBe(false); // 06:00 CET: closed
  });

  it('opens at the switch when the opening time does not exist (02:30 on 29 March)', () => {
    const calendar = sunday('Europe/Warsaw', '02:30', '05:00');
    expect(walkChanges(calendar, Date.UTC(2026, 2, 28), 2)).toEqual([
      [iso(Date.UTC(2026, 2, 29, 1)), true], // 02:00 CET jumps to 03:00 CEST at 01:00Z
      [iso(Date.UTC(2026, 2, 29, 3)), false], // 05:00 CEST is 03:00Z
    ]);
    expect(isOpenAt(calendar, Date.UTC(2026, 2, 29, 0, 59))).toBe(false); // 01:59 CET
  });

  it('opens at the first occurrence of an ambiguous opening time (02:30 on 25 October)', () => {
    expect(walkChanges(sunday('Europe/Warsaw', '02:30', '05:00'), Date.UTC(2026, 9, 24), 2)).toEqual([
      [iso(Date.UTC(2026, 9, 25, 0, 30)), true], // the first 02:30 is still CEST (+2)
      [iso(Date.UTC(2026, 9, 25, 4)), false], // 05:00 CET is 04:00Z
    ]);
  });

  it('skips an interval that lies wholly inside the skipped hour', () => {
    expect(walkChanges(sunday('Europe/Warsaw', '02:00', '02:45'), Date.UTC(2026, 2, 28), 1)).toEqual([
      [iso(Date.UTC(2026, 3, 5, 0)), true], // next Sunday, 5 April, 02:00 CEST is 00:00Z
    ]);
  });
});

describe('America/New_York (EST -5, EDT -4)', () => {
  const night = saturdayNight('America/New_York');

  it('keeps 22:00-06:00 open for 7 hours on the spring-forward night of 7-8 March 2026', () => {
    expect(walkChanges(night, Date.UTC(2026, 2, 7, 12), 2)).toEqual([
      [iso(Date.UTC(2026, 2, 8, 3)), true], // 22:00 EST on the 7th is 03:00Z on the 8th
      [iso(Date.UTC(2026, 2, 8, 10)), false], // 06:00 EDT is 10:00Z
    ]);
  });

  it('keeps 22:00-06:00 open for 9 hours on the fall-back night of 31 October-1 November 2026', () => {
    expect(walkChanges(night, Date.UTC(2026, 9, 31, 12), 2)).toEqual([
      [iso(Date.UTC(2026, 10, 1, 2)), true], // 22:00 EDT on the 31st is 02:00Z on 1 November
      [iso(Date.UTC(2026, 10, 1, 11)), false], // 06:00 EST is 11:00Z
    ]);
  });

  it('opens at the switch for 02:15 on 8 March and at the first 01:30 on 1 November', () => {
    expect(walkChanges(sunday('America/New_York', '02:15', '04:00'), Date.UTC(2026, 2, 7), 2)).toEqual([
      [iso(Date.UTC(2026, 2, 8, 7)), true], // 02:00 EST jumps to 03:00 EDT at 07:00Z
      [iso(Date.UTC(2026, 2, 8, 8)), false], // 04:00 EDT is 08:00Z
    ]);
    expect(walkChanges(sunday('America/New_York', '01:30', '04:00'), Date.UTC(2026, 9, 31), 2)).toEqual([
      [iso(Date.UTC(2026, 10, 1, 5, 30)), true], // the first 01:30 is EDT (-4)
      [iso(Date.UTC(2026, 10, 1, 9)), false], // 04:00 EST is 09:00Z
    ]);
  });
});

describe('Australia/Sydney (AEST +10, AEDT +11)', () => {
  const night = saturdayNight('Australia/Sydney');

  it('keeps 22:00-06:00 open for 9 hours on the fall-back night of 4-5 April 2026', () => {
    expect(walkChanges(night, Date.UTC(2026, 3, 4, 0), 2)).toEqual([
      [iso(Date.UTC(2026, 3, 4, 11)), true], // 22:00 AEDT on the 4th is 11:00Z the same day
      [iso(Date.UTC(2026, 3, 4, 20)), false], // 06:00 AEST on the 5th is 20:00Z on the 4th
    ]);
  });

  it('keeps 22:00-06:00 open for 7 hours on the spring-forward night of 3-4 October 2026', () => {
    expect(walkChanges(night, Date.UTC(2026, 9, 3, 0), 2)).toEqual([
      [iso(Date.UTC(2026, 9, 3, 12)), true], // 22:00 AEST on the 3rd is 12:00Z
      [iso(Date.UTC(2026, 9, 3, 19)), false], // 06:00 AEDT on the 4th is 19:00Z on the 3rd
    ]);
  });

  it('opens at the switch for 02:30 on 4 October and at the first 02:30 on 5 April', () => {
    expect(walkChanges(sunday('Australia/Sydney', '02:30', '05:00'), Date.UTC(2026, 9, 3), 1)).toEqual([
      [iso(Date.UTC(2026, 9, 3, 16)), true], // 02:00 AEST jumps to 03:00 AEDT at 16:00Z on the 3rd
    ]);
    expect(walkChanges(sunday('Australia/Sydney', '02:30', '05:00'), Date.UTC(2026, 3, 3), 1)).toEqual([
      [iso(Date.UTC(2026, 3, 4, 15, 30)), true], // the first 02:30 is AEDT (+11)
    ]);
  });
});
