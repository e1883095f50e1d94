/**
 * Compiles a calendar configuration into the form the hot queries use.
 *
 * Rules, decided here and relied on by the queries:
 * - Weekly intervals are local wall times in the calendar's zone. A close at or before the open runs past
 *   midnight, so its real length follows daylight saving (Warsaw 22:00-06:00 lasts 9 hours on the night
 *   of 24-25 October 2026 and 7 hours on 28-29 March 2026).
 * - An exception replaces the weekly intervals that START on its date. A weekly span that began the
 *   evening before is not cut: `fri 22:00-02:00` still runs to 02:00 on a Saturday holiday.
 * - Exception intervals stay within their date (close after open, `24:00` at most).
 * - Overlapping or touching open intervals merge: the state changes only where open turns to closed.
 * - A weekly list that covers the whole week with no exceptions compiles to always-open.
 * - Daylight saving: see `wall-to-instant.ts` (a missing wall time opens at the switch; an ambiguous one
 *   is its first occurrence).
 */
import { IANAZone } from 'luxon';
import { ConfigError, assert } from '../../domain/errors.js';
import { formatIssues } from '../../domain/config/format-issues.js';
import { ALWAYS_OPEN_CALENDAR, type Calendar, type WallInterval } from './calendar.js';
import type { CalendarExceptionConfig, WeeklyIntervalConfig } from '../../domain/calendar/calendar-entries.schema.js';
import { type CalendarConfig, type CalendarConfigInput, CalendarConfigSchema } from '../../domain/calendar/calendar.schema.js';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEKDAYS, clockMinutes, dayNumberOfDate } from '../../domain/calendar/wall-clock.js';

/**
 * Validates a calendar configuration and compiles it; throws a `ConfigError` listing every problem.
 * @example
 * const calendar = compileCalendar({
 *   timeZone: 'Europe/Warsaw',
 *   weekly: [{ day: 'mon', open: '08:00', close: '16:00' }],
 *   exceptions: [{ date: '2026-12-28', closed: true }],
 * });
 * const always = compileCalendar({ alwaysOpen: true });
 */
export function compileCalendar(config: CalendarConfigInput): Calendar {
  const parsed = CalendarConfigSchema.safeParse(config);
  if (!parsed.success) throw new ConfigError('calendar', formatIssues(parsed.error.issues, config));
  return compileParsed(parsed.data);
}

function compileParsed(config: CalendarConfig): Calendar {
  if (config.alwaysOpen || coversWholeWeek(config)) return ALWAYS_OPEN_CALENDAR;
  assert(config.timeZone !== undefined, 'time/calendar: a validated calendar with hours has a time zone');
  return {
    kind: 'hours',
    timeZone: config.timeZone,
    zone: IANAZone.create(config.timeZone),
    weekly: WEEKDAYS.map((day) => sortByStart(config.weekly.filter((i) => i.day === day).map(weeklyWallInterval))),
    exceptions: new Map(config.exceptions.map(exceptionEntry)),
  };
}

function coversWholeWeek(config: CalendarConfig): boolean {
  // Validated weekly intervals never overlap, so their lengths add up to the week only if they fill it.
  const lengthMin = config.weekly.reduce((sum, i) => sum + wallLengthMin(weeklyWallInterval(i)), 0);
  return config.exceptions.length === 0 && lengthMin === MINUTES_PER_WEEK;
}

function weeklyWallInterval(interval: WeeklyIntervalConfig): WallInterval {
  const startMin = clockMinutes(interval.open);
  const closeMin = clockMinutes(interval.close);
  return { startMin, endMin: closeMin > startMin ? closeMin : closeMin + MINUTES_PER_DAY };
}

function exceptionEntry(exception: CalendarExceptionConfig): [number, readonly WallInterval[]] {
  const dayNumber = dayNumberOfDate(exception.date);
  assert(dayNumber !== null, 'time/calendar: a validated exception date exists');
  const intervals = (exception.intervals ?? []).map((i) => ({
    startMin: clockMinutes(i.open),
    endMin: clockMinutes(i.close),
  }));
  return [dayNumber, sortByStart(intervals)];
}

function wallLengthMin(interval: WallInterval): number {
  return interval.endMin - interval.startMin;
}

function sortByStart(intervals: WallInterval[]): readonly WallInterval[] {
  return intervals.sort((a, b) => a.startMin - b.startMin);
}
