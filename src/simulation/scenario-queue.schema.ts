/**
 * A queue in a scenario: the engine's queue configuration, except that `calendar` may also name one of
 * the scenario's `calendars`, so several queues share business hours.
 */
import { z } from 'zod';
import { CalendarConfigSchema } from '../domain/calendar/calendar.schema.js';
import { IdSchema } from '../domain/config/primitives.schema.js';
import { QueueConfigSchema } from '../domain/config/queue.config.js';

/** A queue's calendar: the name of a scenario calendar, or a calendar written in place. */
export const QueueCalendarSchema = z.union([IdSchema, CalendarConfigSchema], {
  error: 'must be a calendar name or a calendar object',
});

/** A scenario queue: `QueueConfigSchema` with a calendar given by name or in place. */
export const ScenarioQueueSchema = QueueConfigSchema.extend({ calendar: QueueCalendarSchema.optional() }).meta({
  id: 'ScenarioQueue',
  description: "The engine's queue configuration; calendar may name one of the scenario's calendars",
});

/** A scenario queue as written. */
export type ScenarioQueueInput = z.input<typeof ScenarioQueueSchema>;
/** A scenario queue with defaults applied. */
export type ScenarioQueue = z.output<typeof ScenarioQueueSchema>;
