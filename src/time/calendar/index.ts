/**
 * Business-hours calendars: configuration schema, compilation, and the pure queries the engine uses
 * to decide whether a queue is open and when it next opens or closes.
 */

// Configuration
export { CalendarConfigSchema, type CalendarConfig, type CalendarConfigInput } from '../../domain/calendar/calendar.schema.js';
export {
  CalendarExceptionSchema,
  ExceptionIntervalSchema,
  WeeklyIntervalSchema,
  type CalendarExceptionConfig,
  type WeeklyIntervalConfig,
} from '../../domain/calendar/calendar-entries.schema.js';
export { WEEKDAYS, type Weekday } from '../../domain/calendar/wall-clock.js';

// Compiled form
export {
  ALWAYS_OPEN_CALENDAR,
  CALENDAR_SEARCH_DAYS_MAX,
  type AlwaysOpenCalendar,
  type Calendar,
  type HoursCalendar,
  type WallInterval,
} from './calendar.js';
export { compileCalendar } from './compile-calendar.js';

// Queries
export { isOpenAt } from './is-open-at.js';
export { nextChangeAfter, type CalendarChange } from './next-change-after.js';
export { nextOpeningAt } from './next-opening-at.js';
