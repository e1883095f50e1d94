/**
 * Whether a calendar is open at an instant. Hot path: it resolves at most two local days (the day of the
 * instant and the one before, whose span may run past midnight) and allocates little.
 */
import type { Calendar } from './calendar.js';
import { intervalsStartingOn, localDayOf } from './day-intervals.js';

/**
 * Whether the calendar is open at `atMs` (UTC milliseconds); intervals include their opening instant
 * and exclude their closing one.
 * @example
 * const calendar = compileCalendar({ timeZone: 'UTC', weekly: [{ day: 'mon', open: '08:00', close: '16:00' }] });
 * isOpenAt(calendar, Date.UTC(2026, 0, 5, 8, 0)); // true: Monday 08:00
 * isOpenAt(calendar, Date.UTC(2026, 0, 5, 16, 0)); // false: closed from 16:00
 */
export function isOpenAt(calendar: Calendar, atMs: number): boolean {
  if (calendar.kind === 'always-open') return true;
  const day = localDayOf(calendar, atMs);
  // Every interval lasts at most a wall-clock day, so only yesterday's and today's starts can cover atMs.
  for (let dayNumber = day - 1; dayNumber <= day; dayNumber++) {
    for (const interval of intervalsStartingOn(calendar, dayNumber)) {
      if (interval.startMs <= atMs && atMs < interval.endMs) return true;
    }
  }
  return false;
}
