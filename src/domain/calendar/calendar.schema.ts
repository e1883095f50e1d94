/**
 * The business-hours calendar configuration: an IANA time zone, weekly opening intervals and dated
 * exceptions, or `{ alwaysOpen: true }`. Every problem is a zod issue with a path relative to the
 * calendar, so the caller's `formatIssues` prefixes it: `queues[2].calendar.weekly[1].close must be
 * HH:mm (got "25:00")`. The entries are in `calendar-entries.schema.ts`.
 */
import { z } from 'zod';
import { CalendarExceptionSchema, WeeklyIntervalSchema } from './calendar-entries.schema.js';
import { EVEN_IF_ENTRIES_FAIL, EVEN_IF_FIELDS_FAIL, TimeZoneSchema } from './calendar-primitives.schema.js';
import { weeklyOverlaps } from './interval-overlaps.js';

/**
 * A business-hours calendar as configured. `{ alwaysOpen: true }` is open at every instant (the usual
 * case for a queue); otherwise `timeZone` is required and at least one weekly interval or exception.
 * @example
 * const config: CalendarConfigInput = {
 *   timeZone: 'Europe/Warsaw',
 *   weekly: [{ day: 'mon', open: '08:00', close: '16:00' }, { day: 'fri', open: '22:00', close: '02:00' }],
 *   exceptions: [
 *     { date: '2026-12-25', closed: true },
 *     { date: '2026-12-24', intervals: [{ open: '08:00', close: '12:00' }] },
 *   ],
 * };
 */
export const CalendarConfigSchema = z
  .strictObject(
    {
      timeZone: TimeZoneSchema.optional(),
      alwaysOpen: z.boolean({ error: 'must be true or false' }).default(false),
      weekly: z
        .array(WeeklyIntervalSchema, { error: 'must be a list' })
        .superRefine(reportWeeklyOverlaps, EVEN_IF_ENTRIES_FAIL)
        .default([]),
      exceptions: z
        .array(CalendarExceptionSchema, { error: 'must be a list' })
        .superRefine(reportDuplicateDates, EVEN_IF_ENTRIES_FAIL)
        .default([]),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'must be an object' : undefined) },
  )
  .superRefine(reportShapeProblems, EVEN_IF_FIELDS_FAIL);

/** A calendar configuration as written by the embedder. */
export type CalendarConfigInput = z.input<typeof CalendarConfigSchema>;
/** A calendar configuration with defaults applied. */
export type CalendarConfig = z.output<typeof CalendarConfigSchema>;

function reportShapeProblems(calendar: CalendarConfig, ctx: z.RefinementCtx): void {
  const hasWeekly = Array.isArray(calendar.weekly) && calendar.weekly.length > 0;
  const hasExceptions = Array.isArray(calendar.exceptions) && calendar.exceptions.length > 0;
  if (calendar.alwaysOpen === true) {
    if (hasWeekly) ctx.addIssue({ code: 'custom', message: 'must be empty when alwaysOpen is true', path: ['weekly'] });
    if (hasExceptions) {
      ctx.addIssue({ code: 'custom', message: 'must be empty when alwaysOpen is true', path: ['exceptions'] });
    }
    return;
  }
  if (calendar.timeZone === undefined) {
    ctx.addIssue({ code: 'custom', message: 'is required unless alwaysOpen is true', path: ['timeZone'] });
  }
  if (!hasWeekly && !hasExceptions && Array.isArray(calendar.weekly)) {
    const message = 'must list at least one interval unless alwaysOpen is true';
    ctx.addIssue({ code: 'custom', message, path: ['weekly'] });
  }
}

function reportWeeklyOverlaps(entries: readonly unknown[], ctx: z.RefinementCtx): void {
  for (const { index, otherIndex } of weeklyOverlaps(entries)) {
    ctx.addIssue({ code: 'custom', message: `overlaps weekly[${otherIndex}]`, path: [index] });
  }
}

function reportDuplicateDates(entries: readonly unknown[], ctx: z.RefinementCtx): void {
  const firstIndexByDate = new Map<unknown, number>();
  entries.forEach((entry, index) => {
    const date = entry !== null && typeof entry === 'object' ? (entry as { date?: unknown }).date : undefined;
    if (typeof date !== 'string') return;
    const firstIndex = firstIndexByDate.get(date);
    if (firstIndex === undefined) firstIndexByDate.set(date, index);
    else ctx.addIssue({ code: 'custom', message: `repeats exceptions[${firstIndex}].date`, path: [index, 'date'] });
  });
}
