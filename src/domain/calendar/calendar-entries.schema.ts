/**
 * The entries of a calendar configuration: weekly opening intervals, exception intervals and dated
 * exceptions. Messages follow `calendar-primitives.schema.ts`.
 */
import { z } from 'zod';
import {
  CloseTimeSchema,
  EVEN_IF_ENTRIES_FAIL,
  EVEN_IF_FIELDS_FAIL,
  LocalDateSchema,
  OpenTimeSchema,
  WeekdaySchema,
} from './calendar-primitives.schema.js';
import { dayOverlaps } from './interval-overlaps.js';
import { clockMinutes, isCloseTime, isOpenTime } from './wall-clock.js';

/**
 * One weekly opening interval. A `close` at or before `open` runs past midnight into the next day
 * (`fri 22:00-02:00` closes Saturday 02:00); `24:00` closes at the end of the day. `open == close` is
 * rejected: write `00:00`-`24:00` for a whole day.
 */
export const WeeklyIntervalSchema = z
  .strictObject({ day: WeekdaySchema, open: OpenTimeSchema, close: CloseTimeSchema })
  .superRefine((interval, ctx) => {
    if (isOpenTime(interval.open) && interval.open === interval.close) {
      ctx.addIssue({ code: 'custom', message: 'must differ from open', path: ['close'], input: interval.close });
    }
  }, EVEN_IF_FIELDS_FAIL);

/**
 * One interval of special hours on an exception date. It may not cross midnight: `close` must be after
 * `open` (`24:00` ends the day). To stay open past midnight, add an exception for the next date too.
 */
export const ExceptionIntervalSchema = z
  .strictObject({ open: OpenTimeSchema, close: CloseTimeSchema })
  .superRefine((interval, ctx) => {
    if (!isOpenTime(interval.open) || !isCloseTime(interval.close)) return;
    if (clockMinutes(interval.close) <= clockMinutes(interval.open)) {
      ctx.addIssue({ code: 'custom', message: 'must be after open', path: ['close'], input: interval.close });
    }
  }, EVEN_IF_FIELDS_FAIL);

/**
 * One dated exception: `{ date, closed: true }` for a holiday, or `{ date, intervals }` for special
 * hours (an empty list also means closed). It replaces the weekly intervals that start on its date; a
 * weekly span that began the evening before still runs past midnight into it.
 */
export const CalendarExceptionSchema = z
  .strictObject({
    date: LocalDateSchema,
    closed: z.literal(true, { error: 'must be true (list intervals for special hours)' }).optional(),
    intervals: z
      .array(ExceptionIntervalSchema, { error: 'must be a list' })
      .superRefine(reportDayOverlaps, EVEN_IF_ENTRIES_FAIL)
      .optional(),
  })
  .superRefine((exception, ctx) => {
    if (exception.closed === true && exception.intervals !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be left out when closed is true', path: ['intervals'] });
    } else if (exception.closed === undefined && exception.intervals === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must set closed: true or list intervals', path: [] });
    }
  }, EVEN_IF_FIELDS_FAIL);

/** One weekly interval as validated. */
export type WeeklyIntervalConfig = z.output<typeof WeeklyIntervalSchema>;
/** One exception as validated. */
export type CalendarExceptionConfig = z.output<typeof CalendarExceptionSchema>;

function reportDayOverlaps(entries: readonly unknown[], ctx: z.RefinementCtx): void {
  for (const { index, otherIndex } of dayOverlaps(entries)) {
    ctx.addIssue({ code: 'custom', message: `overlaps intervals[${otherIndex}]`, path: [index] });
  }
}
