/**
 * Events in a contact's lifecycle: created, queued, assigned, completed, abandoned.
 */
import type { Channel } from '../channel.js';
import type { EventBase } from './event-base.js';

/** A contact arrived. Its first `contact.queued` follows in the same step (then, maybe, a ticket or rejection). */
export interface ContactCreatedEvent extends EventBase<'contact.created'> {
  readonly contactId: string;
  readonly queueId: string;
  readonly channel: Channel;
  readonly priority: number;
  /** The contact's own skill requirement, or null when the queue's applies. */
  readonly skills: Readonly<Record<string, number>> | null;
  readonly customerId: string | null;
  /** Set when the contact goes only to this agent (until that agent declines or misses it). */
  readonly targetAgentId: string | null;
  readonly attributes: Readonly<Record<string, unknown>> | null;
}

/** Why a contact entered a queue. */
export type QueueCause = 'arrival' | 'requeue' | 'overflow' | 'transfer' | 'callback' | 'escalation';

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
  readonly trigger: 'contact' | 'agent' | 'transfer';
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

/** The contact was turned away: closed queue (`reject` policy) or a limit whose action is `reject`. Terminal. */
export interface ContactRejectedEvent extends EventBase<'contact.rejected'> {
  readonly contactId: string;
  readonly queueId: string;
  readonly reason: 'after_hours' | OverflowReason;
  /** What the customer is told: the queue's closed message after hours. */
  readonly message: string;
}

/** Why a contact left its queue for another one (or for a ticket). */
export type OverflowReason = 'queue_full' | 'wait_exceeded' | 'no_agents';

/** The contact moved to an overflow queue, keeping its first enqueue time. A `contact.queued` follows. */
export interface ContactOverflowedEvent extends EventBase<'contact.overflowed'> {
  readonly contactId: string;
  readonly fromQueueId: string;
  readonly toQueueId: string;
  readonly reason: OverflowReason;
}

/** An agent handed the contact on: to another agent or to a queue (escalation is a transfer too). */
export interface ContactTransferredEvent extends EventBase<'contact.transferred'> {
  readonly contactId: string;
  readonly fromAgentId: string;
  readonly toAgentId: string | null;
  readonly toQueueId: string;
  /** `cold`: the first agent leaves at once; `warm`: stays until the second accepts. */
  readonly mode: 'cold' | 'warm';
  readonly reason: 'transfer' | 'escalation';
}

/** An agent put the contact back into a queue; it keeps its first enqueue time. */
export interface ContactRequeuedEvent extends EventBase<'contact.requeued'> {
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
}

/** The contact's waiting time reached a skill-relaxation step: its requirement is now `skills`. */
export interface ContactRelaxedEvent extends EventBase<'contact.relaxed'> {
  readonly contactId: string;
  readonly step: number;
  readonly skills: Readonly<Record<string, number>>;
}

/** Priority ageing raised the contact's effective priority. */
export interface ContactAgedEvent extends EventBase<'contact.aged'> {
  readonly contactId: string;
  readonly priority: number;
}

/**
 * A contact that was for one agent only now goes to its whole queue: that agent declined or missed it
 * (`declined`), left the queue or was removed (`agent_left`), or the contact moved (overflow) to a
 * queue that agent is not a member of (`not_member`).
 */
export interface ContactUntargetedEvent extends EventBase<'contact.untargeted'> {
  readonly contactId: string;
  readonly agentId: string;
  readonly reason: 'declined' | 'agent_left' | 'not_member';
}

/** Every contact lifecycle event. */
export type ContactEvent =
  | ContactCreatedEvent
  | ContactQueuedEvent
  | ContactAssignedEvent
  | ContactCompletedEvent
  | ContactAbandonedEvent
  | ContactRejectedEvent
  | ContactOverflowedEvent
  | ContactTransferredEvent
  | ContactRequeuedEvent
  | ContactRelaxedEvent
  | ContactAgedEvent
  | ContactUntargetedEvent;
