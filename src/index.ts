/**
 * Switchboard: a headless routing engine for contact centres. Public API.
 */

/* Engine */
export { createEngine, Engine, type EngineOptions } from './engine/create-engine.js';
export type { AgentView, ContactView, OfferView, QueueView, SessionView } from './engine/views.js';
export type { TranscriptEntry, HistoryEntry } from './engine/transcripts.js';
export type { TypingPreview, RedactPreview } from './engine/previews.js';
export { InMemoryTicketSink, type Ticket, type TicketSink } from './engine/tickets.js';
export {
  InMemoryCustomerDirectory,
  normalizeEmail,
  type CustomerDirectory,
  type CustomerRecord,
} from './engine/customers.js';

/* Time */
export type { Clock, TimerHandle } from './time/clock.js';
export { VirtualClock } from './time/virtual-clock.js';
export { createRealClock } from './time/real-clock.js';
export { createRandom, restoreRandom, type Random } from './time/random.js';

/* Configuration */
export { parseConfig } from './domain/config/parse-config.js';
export {
  EngineConfigSchema,
  RoutingConfigSchema,
  type EngineConfig,
  type EngineConfigInput,
  type RoutingConfig,
} from './domain/config/engine.config.js';
export {
  AgentConfigSchema,
  MembershipConfigSchema,
  DEFAULT_CAPACITY,
  type AgentConfig,
  type AgentConfigInput,
  type MembershipConfig,
} from './domain/config/agent.config.js';
export {
  QueueConfigSchema,
  STRATEGIES,
  OFFER_MODES,
  type QueueConfig,
  type QueueConfigInput,
  type Strategy,
} from './domain/config/queue.config.js';

/* Domain */
export { CHANNELS, type Channel } from './domain/channel.js';
export { PRESENCES, type Presence } from './domain/presence.js';
export { TERMINAL_STATUSES, isTerminal, type ContactStatus } from './domain/contact-status.js';
export { ConfigError, InvariantError, type ConfigProblem } from './domain/errors.js';
export { RATING_EMOTICONS, isRatingScore, type RatingScore } from './domain/rating.js';
export { ERROR_CODES, type CommandError, type ErrorCode } from './domain/command-error.js';

/* Commands and events */
export type { Command, CommandOf, CommandResult, CommandType, CommandValue } from './domain/commands/command.js';
export type * from './domain/commands/contact.commands.js';
export type * from './domain/commands/offer.commands.js';
export type * from './domain/commands/agent.commands.js';
export type * from './domain/commands/queue.commands.js';
export type * from './domain/commands/session.commands.js';
export type { SwitchboardEvent, EventOf, EventType } from './domain/events/event.js';
export type * from './domain/events/contact.events.js';
export type * from './domain/events/offer.events.js';
export type * from './domain/events/agent.events.js';
export type * from './domain/events/engine.events.js';
export type * from './domain/events/ticket.events.js';
export type * from './domain/events/session.events.js';

/* Actors */
export { agentMachine } from './actors/agent.machine.js';
export { contactMachine } from './actors/contact.machine.js';
export { queueMachine } from './actors/queue.machine.js';
export { sessionMachine } from './actors/session.machine.js';
export { customerMachine } from './actors/customer.machine.js';

/* Reporting and live statistics */
export { createReport } from './reporting/create-report.js';
export type { ReportOptions } from './reporting/report-options.js';
export {
  ReportSchema,
  QueueRowSchema,
  AgentRowSchema,
  IntervalRowSchema,
  REPORT_SCHEMA_VERSION,
  type Report,
  type QueueRow,
  type AgentRow,
  type IntervalRow,
} from './reporting/report.schema.js';
export {
  ContactFiguresSchema,
  AgentFiguresSchema,
  AgentTimeFiguresSchema,
  OverallFiguresSchema,
  type ContactFigures,
  type AgentFigures,
  type AgentTimeFigures,
  type OverallFigures,
} from './reporting/figures.schema.js';
export { nearestRank } from './reporting/nearest-rank.js';
export { clockScheduler, type ClockSchedulerOptions } from './streams/clock-scheduler.js';
export {
  createLiveStats,
  type LiveStats,
  type LiveStatsOptions,
  type LiveStatsSource,
  type QueueStats,
  type AgentStats,
  type SampleStamp,
} from './streams/live-stats.js';
export type { QueueState } from './streams/queue-state.js';

/* Durability */
export { InMemoryJournal, parseJournalText, type Journal, type JournalContents, type JournalEntry, type Unreadable } from './engine/journal.js';
export { FileJournal, type FileJournalOptions } from './engine/file-journal.js';
export { SNAPSHOT_VERSION, type EngineSnapshot } from './engine/snapshot-types.js';

/* Business hours */
export { compileCalendar, isOpenAt, nextChangeAfter, nextOpeningAt, type Calendar, type CalendarChange } from './time/calendar/index.js';
export { CalendarConfigSchema, type CalendarConfig, type CalendarConfigInput } from './domain/calendar/calendar.schema.js';

/* Simulation */
export * from './simulation/index.js';

/* Erlang calculators */
export * from './simulation/erlang/index.js';
