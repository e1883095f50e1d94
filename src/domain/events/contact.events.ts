/**
 * Events in a contact's lifecycle: created, queued, assigned, completed, abandoned.
 */
import type { Channel } from '../channel.js';
import type { EventBase } from './event-base.js';

/** A contact arrived. Its first `contact.queued` (or a rejection or ticket) follows in the same step. */
export interface ContactCreatedEvent extends EventBase<'contact.created'> {
  readonly contactId: string;
  readonly queueId: string;
  readonly channel: Channel;
  readonly priority: number;
  /** The contact's own skill requirement, or null when the queue's applies. */
  readonly skills: Readonly<Record<string, number>> | null;
  readonly customerId: string | null;
  /** Set when the contact may only go to this agent. */
  readonly targetAgentId: string | null;
  readonly attributes: Readonly<Record<string, unknown>> | null;
}

/** Why a contact entered a queue. */
export type QueueCause = 'arrival' | 'requeue' | 'overflow' | 'transfer' | 'released' | 'callback' | 'escalation';

/** A contact started (or resumed) waiting in a queue. `enqueuedAt` is kept across moves. */
export interface ContactQueuedEvent extends EventBase<'contact.queued'> {
  readonly contactId: string;
  readonly queueId: string;
  readonly priority: number;
  readonly enqueuedAt: number;
  readonly cause: QueueCause;
}

/** An agent took the contact: the conversation is live. */
export interface ContactAssignedEvent extends EventBase<'contact.assigned'> {
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  /** Time from the first enqueue to this assignment. */
  readonly waitMs: number;
  /** The accepted offer, or null in auto-accept mode. */
  readonly offerId: string | null;
  /** Which side started the decision (see `offer.created`). */
  readonly trigger: 'contact' | 'agent';
}

/** The conversation ended; the agent's wrap-up for this contact starts. */
export interface ContactCompletedEvent extends EventBase<'contact.completed'> {
  readonly contactId: string;
  readonly agentId: string;
  readonly wrapUpMs: number;
}

/** The customer left before an agent took the contact. Terminal. */
export interface ContactAbandonedEvent extends EventBase<'contact.abandoned'> {
  readonly contactId: string;
  readonly queueId: string;
  readonly waitMs: number;
}

/** Every contact lifecycle event. */
export type ContactEvent =
  | ContactCreatedEvent
  | ContactQueuedEvent
  | ContactAssignedEvent
  | ContactCompletedEvent
  | ContactAbandonedEvent;
