/**
 * What the report fold remembers between events: each live contact (its current queue leg) and each
 * agent (presence, contacts held). Plain records, one shape each.
 */
import type { AgentTimeState } from './agent-time.accrual.js';

/**
 * One stay of a contact in one queue: from its `contact.queued` to the next one or to its end. A contact
 * that ends without ever being queued (rejected, ticketed on arrival) gets a leg at that event.
 * Everything that happens in a leg is counted in the leg's queue and in the interval it started in.
 */
export interface Leg {
  readonly queueId: string;
  /** Interval in which the contact entered the queue. */
  readonly index: number;
  /** Whether an agent took the contact during this leg (counted once per leg). */
  answered: boolean;
}

/** A contact seen in the log. */
export interface ContactTrack {
  readonly id: string;
  /** Whether its figures count: it arrived inside the report, after the warm-up. */
  readonly counted: boolean;
  /** Interval of its first enqueue (its arrival): where the overall figures count it. */
  readonly arrivalIndex: number;
  leg: Leg | null;
  /** Whether it was answered at least once (the overall `answered` counts contacts, not legs). */
  answered: boolean;
  /** The leg of its latest answer: where a rating is counted. */
  answeredLeg: Leg | null;
  /** Agents holding it (talk, wrap-up, or invited into its session). */
  readonly holders: Set<string>;
  /** The agent of a warm transfer to a queue, who holds the contact until the next agent takes it. */
  warmFromAgentId: string | null;
}

/** One agent's hold on one contact, from `contact.assigned` (or joining its session) to the end of its part. */
export interface Hold {
  readonly contactId: string;
  /** The leg the agent took the contact in; null for an invited colleague. */
  readonly leg: Leg | null;
  /** Whether talk, wrap-up and handle times are recorded (the owner of a counted contact). */
  readonly counted: boolean;
  /** Owner (assigned) or invited colleague. */
  readonly owner: boolean;
  readonly assignedAt: number;
  completedAt: number | null;
}

/** An agent seen in the log. */
export interface AgentTrack extends AgentTimeState {
  readonly id: string;
  readonly holds: Map<string, Hold>;
}
