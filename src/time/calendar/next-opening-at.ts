/**
 * When a calendar is next open: the instant itself if open, else the next opening, searching at most
 * `CALENDAR_SEARCH_DAYS_MAX` local days ahead.
 */
import { CALENDAR_SEARCH_DAYS_MAX, type Calendar, type HoursCalendar } from './calendar.js';
import { intervalsStartingOn, localDayOf } from './day-intervals.js';
import { isOpenAt } from './is-open-at.js';

/**
 * The first instant at or after `atMs` at which the calendar is open: `atMs` itself when open, else the
 * next opening; null when it does not open within `CALENDAR_SEARCH_DAYS_MAX` days.
 * @example
 * const calendar = compileCalendar({ timeZone: 'UTC', weekly: [{ day: 'mon', open: '08:00', close: '16:00' }] });
 * nextOpeningAt(calendar, Date.UTC(2026, 0, 5, 17, 0)); // Date.UTC(2026, 0, 12, 8, 0): next Monday
 */
export function nextOpeningAt(calendar: Calendar, atMs: number): number | null {
  if (calendar.kind === 'always-open' || isOpenAt(calendar, atMs)) return atMs;
  return firstStartAfter(calendar, atMs);
}

/**
 * The first opening strictly after `atMs`, for a calendar that is closed at `atMs` (so the first start
 * after it is where closed turns to open). Shared with `nextChangeAfter`.
 */
export function firstStartAfter(calendar: HoursCalendar, atMs: number): number | null {
  const day = localDayOf(calendar, atMs);
  // Intervals starting on earlier days started at or before atMs (wall-to-instant is monotonic).
  for (let dayNumber = day; dayNumber <= day + CALENDAR_SEARCH_DAYS_MAX; dayNumber++) {
    for (const interval of intervalsStartingOn(calendar, dayNumber)) {
      if (interval.startMs > atMs) return interval.startMs;
    }
  }
  return null;
}
