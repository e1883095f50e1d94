/**
 * Tickets, callbacks and customers: work that leaves live routing, work scheduled for later, and the
 * people it belongs to.
 */
import type { EventBase } from './event-base.js';

/** Why a contact became a ticket. */
export type TicketReason = 'after_hours' | 'queue_full' | 'wait_exceeded' | 'no_agents' | 'left_message';

/** One line of a transcript, as carried by a ticket. */
export interface TranscriptLine {
  readonly at: number;
  readonly from: 'customer' | 'agent' | 'system';
  readonly agentId: string | null;
  readonly text: string;
}

/** The contact became a help-desk ticket, answered by e-mail. Terminal for the contact. */
export interface TicketCreatedEvent extends EventBase<'ticket.created'> {
  readonly ticketId: string;
  readonly contactId: string;
  readonly queueId: string;
  readonly reason: TicketReason;
  readonly customerId: string | null;
  /** Where the reply goes; null when the customer gave none. */
  readonly email: string | null;
  /** Everything written so far (internal consult messages excluded). */
  readonly transcript: readonly TranscriptLine[];
}

/** A callback was booked: the contact waits `scheduled` until `dueAt` (or the queue's next opening). */
export interface CallbackScheduledEvent extends EventBase<'callback.scheduled'> {
  readonly contactId: string;
  readonly queueId: string;
  readonly customerId: string | null;
  readonly phone: string;
  readonly dueAt: number;
}

/** A scheduled callback was cancelled. Terminal (`cancelled`). */
export interface CallbackCancelledEvent extends EventBase<'callback.cancelled'> {
  readonly contactId: string;
}

/** A customer record was created (first contact with an unknown e-mail). */
export interface CustomerCreatedEvent extends EventBase<'customer.created'> {
  readonly customerId: string;
  /** Normalised e-mail (trimmed, lower case), or null. */
  readonly email: string | null;
  readonly name: string | null;
}

/** A contact was linked to a customer record and added to its history. */
export interface CustomerLinkedEvent extends EventBase<'customer.linked'> {
  readonly customerId: string;
  readonly contactId: string;
}

/** The customer id given with a contact is not the owner of its e-mail: reported, never merged. */
export interface CustomerMismatchEvent extends EventBase<'customer.mismatch'> {
  readonly contactId: string;
  readonly givenCustomerId: string;
  readonly emailCustomerId: string;
  readonly email: string;
}

/** Every ticket, callback and customer event. */
export type TicketEvent =
  | TicketCreatedEvent
  | CallbackScheduledEvent
  | CallbackCancelledEvent
  | CustomerCreatedEvent
  | CustomerLinkedEvent
  | CustomerMismatchEvent;
