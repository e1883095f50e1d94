/**
 * A tally: the raw counters, value samples and accumulated times of one scope (overall, a queue, an
 * agent, or one of those within an interval). Figures (rates, means, percentiles) are derived from it
 * in one place, `figures.ts`, for the report and the live streams alike.
 */
import type { TicketReason } from '../domain/events/ticket.events.js';
import { ValueSample } from './value-sample.js';

/** Every ticket reason, in a fixed order (stable output). */
export const TICKET_REASONS: readonly TicketReason[] = ['after_hours', 'queue_full', 'wait_exceeded', 'no_agents', 'left_message'];

/** Agent time accumulated in a scope, in ms (contact-ms for `heldMs`). */
export interface AgentTime {
  offlineMs: number;
  availableMs: number;
  breakMs: number;
  notRespondingMs: number;
  /** Staffed time (not offline) during which the agent held at least one contact in talk or wrap-up. */
  busyMs: number;
  /** Integral of the number of contacts held over staffed time: divided by `busyMs`, the mean concurrency. */
  heldMs: number;
  /** Most contacts held at once, for a positive time, while staffed. */
  concurrencyMax: number;
}

/** A fresh, zeroed agent time. */
export function createAgentTime(): AgentTime {
  return { offlineMs: 0, availableMs: 0, breakMs: 0, notRespondingMs: 0, busyMs: 0, heldMs: 0, concurrencyMax: 0 };
}

/** The raw counts of one scope. Mutated only by the report fold. */
export class Tally {
  offered = 0;
  answered = 0;
  abandoned = 0;
  ticketed = 0;
  readonly ticketedByReason: Record<TicketReason, number> = {
    after_hours: 0,
    queue_full: 0,
    wait_exceeded: 0,
    no_agents: 0,
    left_message: 0,
  };
  rejected = 0;
  transferredOut = 0;
  requeued = 0;
  overflowedOut = 0;
  answeredWithinThreshold = 0;
  abandonedWithinThreshold = 0;
  completed = 0;
  handled = 0;
  /** Ratings by score: index 0 holds the count of 1s. */
  readonly ratingsByScore: number[] = [0, 0, 0, 0, 0];
  readonly answeredWait: ValueSample;
  readonly abandonedWait: ValueSample;
  readonly talk: ValueSample;
  readonly wrapUp: ValueSample;
  readonly handle: ValueSample;
  readonly time: AgentTime = createAgentTime();

  constructor(valuesMax: number) {
    this.answeredWait = new ValueSample(valuesMax);
    this.abandonedWait = new ValueSample(valuesMax);
    this.talk = new ValueSample(valuesMax);
    this.wrapUp = new ValueSample(valuesMax);
    this.handle = new ValueSample(valuesMax);
  }
}
