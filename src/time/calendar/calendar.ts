/**
 * The compiled form of a business-hours calendar: configuration parsed once into minutes and day
 * numbers, so that `isOpenAt`, `nextChangeAfter` and `nextOpeningAt` never re-parse text.
 */
import type { Zone } from 'luxon';

/**
 * How far ahead (in local days after the day of `atMs`) `nextChangeAfter` and `nextOpeningAt` search
 * before giving up with null: a little over two years, enough to cross any yearly holiday pattern.
 */
export const CALENDAR_SEARCH_DAYS_MAX = 800;

/** An opening interval in wall-clock minutes after the local midnight of the day it starts on. */
export interface WallInterval {
  /** Minutes after midnight at which it opens, 0 to 1439. */
  readonly startMin: number;
  /** Minutes after the same midnight at which it closes, above `startMin`; past 1440 runs into the next day. */
  readonly endMin: number;
}

/** A calendar that is open at every instant. */
export interface AlwaysOpenCalendar {
  readonly kind: 'always-open';
}

/** A calendar with opening hours in a time zone. */
export interface HoursCalendar {
  readonly kind: 'hours';
  /** The IANA zone name, as configured. */
  readonly timeZone: string;
  /** The luxon zone that gives offsets. */
  readonly zone: Zone;
  /** Intervals starting on each weekday, index 0 = Monday, each list sorted by start. */
  readonly weekly: readonly (readonly WallInterval[])[];
  /** Intervals starting on an exception date (by day number since 1970-01-01), sorted; empty = closed. */
  readonly exceptions: ReadonlyMap<number, readonly WallInterval[]>;
}

/** A compiled business-hours calendar, made by `compileCalendar`. Treat it as opaque and immutable. */
export type Calendar = AlwaysOpenCalendar | HoursCalendar;

/** The calendar that is open at every instant: what a queue without business hours uses. */
export const ALWAYS_OPEN_CALENDAR: Calendar = Object.freeze({ kind: 'always-open' });
