/**
 * Shift instants: the login, logout and break times of a group's shifts on one local day, in the
 * scenario's time zone (luxon; a time that falls in a daylight-saving gap moves forward).
 */
import { DateTime } from 'luxon';
import { clockMinutes, WEEKDAYS } from '../domain/calendar/wall-clock.js';
import type { Shift } from './agent-group.schema.js';

/** One shift on one day, as instants. */
export interface ShiftInstance {
  readonly loginMs: number;
  readonly logoutMs: number;
  readonly breaks: readonly { readonly startMs: number; readonly endMs: number }[];
}

/** The start of the local day containing `atMs`. */
export function localDayStart(atMs: number, timeZone: string): DateTime {
  return DateTime.fromMillis(atMs, { zone: timeZone }).startOf('day');
}

/**
 * The shifts that start on the local day `day` (a start of day from `localDayStart`).
 * @example shiftsOnDay([{ days: ['mon'], loginAt: '08:00', logoutAt: '16:00', breaks: [] }], monday);
 */
export function shiftsOnDay(shifts: readonly Shift[], day: DateTime): ShiftInstance[] {
  const weekday = WEEKDAYS[day.weekday - 1] as (typeof WEEKDAYS)[number];
  const out: ShiftInstance[] = [];
  for (const shift of shifts) {
    if (!shift.days.includes(weekday)) continue;
    const loginMin = clockMinutes(shift.loginAt);
    const logoutMin = clockMinutes(shift.logoutAt);
    const loginMs = at(day, loginMin);
    const logoutMs = at(logoutMin > loginMin ? day : day.plus({ days: 1 }), logoutMin);
    const breaks = shift.breaks.map((b) => {
      const breakMin = clockMinutes(b.startAt);
      const startMs = at(breakMin >= loginMin ? day : day.plus({ days: 1 }), breakMin);
      return { startMs, endMs: startMs + b.durationMs };
    });
    out.push({ loginMs, logoutMs, breaks });
  }
  return out;
}

function at(day: DateTime, minutes: number): number {
  if (minutes >= 1440) return day.plus({ days: 1 }).toMillis();
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}
