import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '../../../../src/time/calendar/wall-to-instant.js';

/** A wall time written as if it were UTC: the local date and time, not an instant. */
const wall = (month: number, day: number, hour: number, minute = 0) => Date.UTC(2026, month, day, hour, minute);

describe('wallTimeToInstant', () => {
  const warsaw = IANAZone.create('Europe/Warsaw');
  const newYork = IANAZone.create('America/New_York');
  const sydney = IANAZone.create('Australia/Sydney');

  it('subtracts the offset in force on an ordinary day', () => {
    expect(wallTimeToInstant(warsaw, wall(0, 15, 8))).toBe(Date.UTC(2026, 0, 15, 7)); // CET +1
    expect(wallTimeToInstant(warsaw, wall(6, 15, 8))).toBe(Date.UTC(2026, 6, 15, 6)); // CEST +2
    expect(wallTimeToInstant(sydney, wall(0, 15, 8))).toBe(Date.UTC(2026, 0, 14, 21)); // AEDT +11
  });

  it('moves a wall time inside the spring-forward gap to the switch instant', () => {
    expect(wallTimeToInstant(warsaw, wall(2, 29, 2, 0))).toBe(Date.UTC(2026, 2, 29, 1)); // 02:00 CET never shows
    expect(wallTimeToInstant(warsaw, wall(2, 29, 2, 59))).toBe(Date.UTC(2026, 2, 29, 1));
    expect(wallTimeToInstant(newYork, wall(2, 8, 2, 30))).toBe(Date.UTC(2026, 2, 8, 7)); // 02:00 EST = 07:00Z
    expect(wallTimeToInstant(sydney, wall(9, 4, 2, 30))).toBe(Date.UTC(2026, 9, 3, 16)); // 02:00 AEST = 16:00Z
  });

  it('resolves the edges of the gap exactly', () => {
    expect(wallTimeToInstant(warsaw, wall(2, 29, 1, 59))).toBe(Date.UTC(2026, 2, 29, 0, 59)); // still CET
    expect(wallTimeToInstant(warsaw, wall(2, 29, 3, 0))).toBe(Date.UTC(2026, 2, 29, 1)); // first CEST minute
  });

  it('takes the first occurrence of an ambiguous wall time', () => {
    expect(wallTimeToInstant(warsaw, wall(9, 25, 2, 0))).toBe(Date.UTC(2026, 9, 25, 0)); // 02:00 CEST
    expect(wallTimeToInstant(warsaw, wall(9, 25, 2, 30))).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(wallTimeToInstant(newYork, wall(10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 5, 30)); // 01:30 EDT
    expect(wallTimeToInstant(sydney, wall(3, 5, 2, 30))).toBe(Date.UTC(2026, 3, 4, 15, 30)); // 02:30 AEDT
  });

  it('uses the new offset once the repeated hour is over', () => {
    expect(wallTimeToInstant(warsaw, wall(9, 25, 3, 0))).toBe(Date.UTC(2026, 9, 25, 2)); // 03:00 CET
    expect(wallTimeToInstant(newYork, wall(10, 1, 2, 0))).toBe(Date.UTC(2026, 10, 1, 7)); // 02:00 EST
  });
});
