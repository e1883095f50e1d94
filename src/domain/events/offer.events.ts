/**
 * Events of an offer: a contact reserved for one agent until accepted, rejected, expired or withdrawn.
 */
import type { EventBase } from './event-base.js';

/**
 * Which side started the decision: `contact` (a contact became routable and the queue's strategy chose
 * the agent), `agent` (an agent gained capacity and took the first contact in its work order), or
 * `transfer` (a warm transfer: the contact stays with its agent until this offer is accepted).
 */
export type OfferTrigger = 'contact' | 'agent' | 'transfer';

/** A contact was reserved for an agent. `expiresAt` is null in auto-accept mode. */
export interface OfferCreatedEvent extends EventBase<'offer.created'> {
  readonly offerId: string;
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  readonly trigger: OfferTrigger;
  readonly expiresAt: number | null;
}

/** The agent accepted; `contact.assigned` follows. */
export interface OfferAcceptedEvent extends EventBase<'offer.accepted'> {
  readonly offerId: string;
  readonly contactId: string;
  readonly agentId: string;
}

/** The agent declined; the contact waits again. */
export interface OfferRejectedEvent extends EventBase<'offer.rejected'> {
  readonly offerId: string;
  readonly contactId: string;
  readonly agentId: string;
}

/** Nobody answered within the timeout: a miss for the agent; the contact waits again. */
export interface OfferExpiredEvent extends EventBase<'offer.expired'> {
  readonly offerId: string;
  readonly contactId: string;
  readonly agentId: string;
  /** The agent's misses in a row, this one included. */
  readonly missedInRow: number;
}

/** Why the engine took an offer back. */
export type WithdrawReason = 'agent_status' | 'agent_phone' | 'contact_ended' | 'queue_closed' | 'membership_removed';

/** The engine took the offer back (presence change, contact gone...). */
export interface OfferWithdrawnEvent extends EventBase<'offer.withdrawn'> {
  readonly offerId: string;
  readonly contactId: string;
  readonly agentId: string;
  readonly reason: WithdrawReason;
}

/** Every offer event. */
export type OfferEvent =
  | OfferCreatedEvent
  | OfferAcceptedEvent
  | OfferRejectedEvent
  | OfferExpiredEvent
  | OfferWithdrawnEvent;
