/**
 * Wall-clock arithmetic for calendars: `HH:mm` times as minutes, `YYYY-MM-DD` dates as day numbers,
 * weekdays. A "wall time" here is a local date and time written as if it were UTC milliseconds
 * (`dayNumber * DAY_MS + minutes * MINUTE_MS`); only `wall-to-instant.ts` turns it into a real instant.
 *
 * Non-goals: time zones and daylight saving (see `wall-to-instant.ts`). No `Date` is used, so nothing
 * here depends on the host's zone or clock.
 */

/** One minute in milliseconds. */
export const MINUTE_MS = 60_000;
/** One calendar day of wall time in milliseconds (real days may be 23 or 25 hours long). */
export const DAY_MS = 86_400_000;
/** Minutes in one wall-clock day. */
export const MINUTES_PER_DAY = 1440;
/** Minutes in one wall-clock week. */
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** The days of the week as written in calendar configuration, Monday first (ISO order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week as written in calendar configuration. */
export type Weekday = (typeof WEEKDAYS)[number];

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a value is a start-of-interval time: `HH:mm` from `00:00` to `23:59`. */
export function isOpenTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK_PATTERN.test(value);
}

/** Whether a value is an end-of-interval time: `HH:mm` from `00:00` to `23:59`, or `24:00`. */
export function isCloseTime(value: unknown): value is string {
  return value === '24:00' || isOpenTime(value);
}

/**
 * Minutes after midnight of an `HH:mm` time (`24:00` is 1440); NaN when the text is not a time.
 * @example clockMinutes('08:30'); // 510
 */
export function clockMinutes(text: string): number {
  if (text === '24:00') return MINUTES_PER_DAY;
  const match = CLOCK_PATTERN.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** Whether a value has the shape `YYYY-MM-DD` (the date itself may still not exist). */
export function isDateShaped(value: unknown): value is string {
  return typeof value === 'string' && DATE_PATTERN.test(value);
}

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or null when the date does not exist.
 * @example dayNumberOfDate('2026-02-30'); // null
 * @example dayNumberOfDate('1970-01-02'); // 1
 */
export function dayNumberOfDate(text: string): number | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** The weekday index (0 = Monday ... 6 = Sunday) of a day number. */
export function weekdayOfDay(dayNumber: number): number {
  // Day 0, 1970-01-01, was a Thursday (index 3).
  return (((dayNumber + 3) % 7) + 7) % 7;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
