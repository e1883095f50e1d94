/**
 * The real-time opening intervals of an hours calendar, one local day at a time: the exception for the
 * day if there is one, else the weekly intervals of its weekday, turned into instants with the
 * daylight-saving rules of `wall-to-instant.ts`.
 *
 * Intervals are listed by the day they START on. Because wall-to-instant is monotonic, the starts of
 * successive days never go backwards, which lets the queries scan forward and stop early.
 */
import type { HoursCalendar, WallInterval } from './calendar.js';
import { DAY_MS, MINUTE_MS, weekdayOfDay } from '../../domain/calendar/wall-clock.js';
import { steadyOffsetOfDays, wallTimeToInstant } from './wall-to-instant.js';

/** An opening interval in real time: open from `startMs` (inclusive) to `endMs` (exclusive). */
export interface InstantInterval {
  /** The instant it opens, UTC milliseconds. */
  readonly startMs: number;
  /** The instant it closes, UTC milliseconds, after `startMs`. */
  readonly endMs: number;
}

const NO_INTERVALS: readonly InstantInterval[] = [];

/** The local day number (days since 1970-01-01 on the zone's wall clock) that contains an instant. */
export function localDayOf(calendar: HoursCalendar, atMs: number): number {
  return Math.floor((atMs + calendar.zone.offset(atMs) * MINUTE_MS) / DAY_MS);
}

/**
 * The intervals that start on a local day, as instants, sorted by start. An interval that daylight
 * saving shrinks to nothing (opening and closing inside a spring-forward gap) is left out.
 * @example intervalsStartingOn(calendar, 20_570); // Monday 2026-04-27 in Warsaw, 08:00-16:00:
 * // [{ startMs: Date.UTC(2026, 3, 27, 6), endMs: Date.UTC(2026, 3, 27, 14) }]
 */
export function intervalsStartingOn(calendar: HoursCalendar, dayNumber: number): readonly InstantInterval[] {
  const wall = calendar.exceptions.get(dayNumber) ?? calendar.weekly[weekdayOfDay(dayNumber)] ?? [];
  if (wall.length === 0) return NO_INTERVALS;
  const dayWallMs = dayNumber * DAY_MS;
  const steadyOffsetMin = steadyOffsetOfDays(calendar.zone, dayWallMs);
  const toInstant =
    steadyOffsetMin === null
      ? (wallMs: number) => wallTimeToInstant(calendar.zone, wallMs)
      : (wallMs: number) => wallMs - steadyOffsetMin * MINUTE_MS;
  return toInstants(wall, dayWallMs, toInstant);
}

function toInstants(
  wall: readonly WallInterval[],
  dayWallMs: number,
  toInstant: (wallMs: number) => number,
): InstantInterval[] {
  const intervals: InstantInterval[] = [];
  for (const interval of wall) {
    const startMs = toInstant(dayWallMs + interval.startMin * MINUTE_MS);
    const endMs = toInstant(dayWallMs + interval.endMin * MINUTE_MS);
    if (endMs > startMs) intervals.push({ startMs, endMs });
  }
  return intervals;
}
