/**
 * Zod schemas for the values inside a calendar configuration: time zones, weekdays, `HH:mm` times
 * and `YYYY-MM-DD` dates. Messages are phrased so that `formatIssues` can prefix them with the path and
 * append the value: `weekly[1].close must be HH:mm (got "25:00")`; and the options that let cross-field
 * rules run even when some fields are invalid, so that every problem is reported at once.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { WEEKDAYS, dayNumberOfDate, isCloseTime, isDateShaped, isOpenTime } from './wall-clock.js';

/** Refinement options: run on a list even when some of its entries are invalid (the rule skips those). */
export const EVEN_IF_ENTRIES_FAIL = { when: (payload: z.core.ParsePayload) => Array.isArray(payload.value) };

/** Refinement options: run on an object even when some of its fields are invalid (the rule skips those). */
export const EVEN_IF_FIELDS_FAIL = { when: (payload: z.core.ParsePayload) => isPlainObject(payload.value) };

/** An IANA time zone name that this runtime knows, e.g. `Europe/Warsaw` or `UTC`. */
export const TimeZoneSchema = z
  .string({ error: 'must be an IANA time zone name' })
  .refine((name) => IANAZone.isValidZone(name), { error: 'is not a known IANA time zone' });

/** A day of the week: `mon` to `sun`. */
export const WeekdaySchema = z.enum(WEEKDAYS, { error: `must be one of ${WEEKDAYS.join(', ')}` });

/** The time an interval opens: `HH:mm`, `00:00` to `23:59`. */
export const OpenTimeSchema = z
  .string({ error: 'must be HH:mm' })
  .refine(isOpenTime, { error: 'must be HH:mm' });

/** The time an interval closes: `HH:mm`, `00:00` to `23:59`, or `24:00` for the end of the day. */
export const CloseTimeSchema = z
  .string({ error: 'must be HH:mm' })
  .refine(isCloseTime, { error: 'must be HH:mm' });

/** A local calendar date `YYYY-MM-DD` that exists (`2026-02-30` does not). */
export const LocalDateSchema = z
  .string({ error: 'must be a date YYYY-MM-DD' })
  .superRefine((text, ctx) => {
    if (!isDateShaped(text)) ctx.addIssue({ code: 'custom', message: 'must be a date YYYY-MM-DD', input: text });
    else if (dayNumberOfDate(text) === null) {
      ctx.addIssue({ code: 'custom', message: 'is not a real date', input: text });
    }
  });

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
