/**
 * Events about the engine itself and its configuration: start, queues, rejected commands, clock anomalies.
 */
import type { ErrorCode } from '../command-error.js';
import type { RoutingConfig } from '../config/engine.config.js';
import type { QueueConfig } from '../config/queue.config.js';
import type { EventBase } from './event-base.js';

/**
 * The first event of every log: the seed and engine-wide settings. The configured queues and agents
 * follow as `queue.added` and `agent.added`, so a log can be read on its own.
 */
export interface EngineStartedEvent extends EventBase<'engine.started'> {
  readonly seed: number;
  readonly skills: readonly string[];
  readonly routing: RoutingConfig;
}

/** A queue was added at run time. */
export interface QueueAddedEvent extends EventBase<'queue.added'> {
  readonly queueId: string;
  readonly queue: QueueConfig;
}

/** A queue's configuration was replaced. */
export interface QueueUpdatedEvent extends EventBase<'queue.updated'> {
  readonly queueId: string;
  readonly queue: QueueConfig;
}

/** A queue was removed. */
export interface QueueRemovedEvent extends EventBase<'queue.removed'> {
  readonly queueId: string;
}

/** The queue's calendar opened it: held contacts become routable. */
export interface QueueOpenedEvent extends EventBase<'queue.opened'> {
  readonly queueId: string;
}

/** The queue's calendar closed it: no more offers; the at-close policy applies to waiting contacts. */
export interface QueueClosedEvent extends EventBase<'queue.closed'> {
  readonly queueId: string;
}

/** A command failed validation and changed nothing. */
export interface CommandRejectedEvent extends EventBase<'command.rejected'> {
  readonly commandType: string;
  readonly commandId: string | null;
  readonly code: ErrorCode;
  readonly message: string;
}

/** The clock went backwards; engine time stays where it was. */
export interface ClockAnomalyEvent extends EventBase<'clock.anomaly'> {
  readonly clockMs: number;
  readonly engineMs: number;
}

/** Every engine event. */
export type EngineEvent =
  | EngineStartedEvent
  | QueueAddedEvent
  | QueueUpdatedEvent
  | QueueRemovedEvent
  | QueueOpenedEvent
  | QueueClosedEvent
  | CommandRejectedEvent
  | ClockAnomalyEvent;
