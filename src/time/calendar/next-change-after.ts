/**
 * When a calendar next opens or closes. Touching and overlapping intervals merge (a Friday span to
 * 02:00 followed by a Saturday 00:00 opening is one open period), so every change it reports is real.
 */
import { CALENDAR_SEARCH_DAYS_MAX, type Calendar, type HoursCalendar } from './calendar.js';
import { intervalsStartingOn, localDayOf } from './day-intervals.js';
import { isOpenAt } from './is-open-at.js';
import { firstStartAfter } from './next-opening-at.js';

/** A change of a calendar's state: from `atMs` on, the calendar is `open` (or closed). */
export interface CalendarChange {
  /** The instant of the change, UTC milliseconds. */
  readonly atMs: number;
  /** Whether the calendar is open from `atMs` on. */
  readonly open: boolean;
}

/**
 * The next instant strictly after `atMs` at which the calendar opens or closes, and the state from then
 * on; null for an always-open calendar, or when nothing changes within `CALENDAR_SEARCH_DAYS_MAX` days.
 * @example
 * const calendar = compileCalendar({ timeZone: 'UTC', weekly: [{ day: 'mon', open: '08:00', close: '16:00' }] });
 * nextChangeAfter(calendar, Date.UTC(2026, 0, 5, 9, 0)); // { atMs: Date.UTC(2026, 0, 5, 16, 0), open: false }
 */
export function nextChangeAfter(calendar: Calendar, atMs: number): CalendarChange | null {
  if (calendar.kind === 'always-open') return null;
  if (isOpenAt(calendar, atMs)) {
    const closeMs = closingAfter(calendar, atMs);
    return closeMs === null ? null : { atMs: closeMs, open: false };
  }
  const openMs = firstStartAfter(calendar, atMs);
  return openMs === null ? null : { atMs: openMs, open: true };
}

/** The end of the merged open period that contains `atMs`, for a calendar open at `atMs`. */
function closingAfter(calendar: HoursCalendar, atMs: number): number | null {
  const day = localDayOf(calendar, atMs);
  let openUntilMs = atMs;
  // Starts never go backwards from one day to the next, so the first start past the open period ends it.
  for (let dayNumber = day - 1; dayNumber <= day + CALENDAR_SEARCH_DAYS_MAX; dayNumber++) {
    for (const interval of intervalsStartingOn(calendar, dayNumber)) {
      if (interval.startMs > openUntilMs) return openUntilMs;
      if (interval.endMs > openUntilMs) openUntilMs = interval.endMs;
    }
  }
  return null;
}
