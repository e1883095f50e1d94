/**
 * Read-only views of engine records for embedders: copies, so nothing outside can change the engine.
 */
import type { Channel } from '../domain/channel.js';
import { CHANNELS } from '../domain/channel.js';
import type { ContactStatus } from '../domain/contact-status.js';
import type { Presence } from '../domain/presence.js';
import type { AgentRecord, ContactRecord, CustomerContext, OfferRecord, QueueRecord, SessionRecord } from './records.js';
import { ownerOf } from './sessions.js';
import { channelOf, createdAtOf, readDetails } from './contact-record.js';

/** A live contact as seen from outside. */
export interface ContactView {
  readonly id: string;
  readonly status: ContactStatus;
  readonly queueId: string;
  readonly channel: Channel;
  readonly priority: number;
  readonly createdAt: number;
  readonly enqueuedAt: number;
  readonly agentId: string | null;
  readonly offerId: string | null;
  readonly customerId: string | null;
  /** The customer's e-mail (normalised), for replies. */
  readonly email: string | null;
  readonly sessionId: string | null;
  readonly context: CustomerContext | null;
}

/** An agent as seen from outside. */
export interface AgentView {
  readonly id: string;
  readonly presence: Presence;
  readonly phoneBusy: boolean;
  /** Contacts held per channel (pending offers, active, wrap-up). */
  readonly used: Readonly<Record<Channel, number>>;
  readonly usedTotal: number;
  /** Caps per channel and in total (Infinity when no total cap is set). */
  readonly capacity: Readonly<Record<Channel, number>>;
  readonly capacityTotalMax: number;
  readonly pendingOfferIds: readonly string[];
  readonly queueIds: readonly string[];
}

/** A queue as seen from outside. */
export interface QueueView {
  readonly id: string;
  readonly open: boolean;
  readonly waitingCount: number;
  readonly memberIds: readonly string[];
}

/** A chat session as seen from outside. */
export interface SessionView {
  readonly id: string;
  readonly contactId: string;
  readonly status: 'open' | 'closed' | 'ended';
  /** The agent holding the chat, or null between agents (after a cold transfer or requeue) and once closed. */
  readonly ownerId: string | null;
  /** The last agent who held the chat (the one a rating is about); kept after close. */
  readonly lastOwnerId: string;
  readonly invitedIds: readonly string[];
  /** What the customer is doing (page, cart, profile), as last reported. */
  readonly context: CustomerContext | null;
  readonly rated: boolean;
}

/** Copies a session record into a view. */
export function sessionView(session: SessionRecord): SessionView {
  const contact = session.contact;
  return {
    id: session.id,
    contactId: contact.id,
    status: session.status,
    ownerId: session.status === 'open' ? (ownerOf(contact)?.id ?? null) : null,
    lastOwnerId: session.lastOwnerId,
    invitedIds: session.invited.map((a) => a.id),
    context: readDetails(contact).context,
    rated: session.rated,
  };
}

/** Copies a contact record into a view. */
export function contactView(contact: ContactRecord): ContactView {
  const details = readDetails(contact);
  return {
    id: contact.id,
    status: contact.status as ContactStatus,
    queueId: contact.queue.id,
    channel: channelOf(contact),
    priority: contact.priority,
    createdAt: createdAtOf(contact),
    enqueuedAt: contact.enqueuedAt,
    agentId: contact.agent?.id ?? null,
    offerId: contact.offer?.id ?? null,
    customerId: details.customerId,
    email: details.email,
    sessionId: contact.session?.id ?? null,
    context: details.context,
  };
}

/** Copies an agent record into a view. */
export function agentView(agent: AgentRecord): AgentView {
  const used = Object.fromEntries(CHANNELS.map((c, i) => [c, agent.used[i] as number])) as Record<Channel, number>;
  const capacity = Object.fromEntries(CHANNELS.map((c, i) => [c, agent.capacity[i] as number])) as Record<Channel, number>;
  return {
    id: agent.id,
    presence: agent.presence,
    phoneBusy: agent.phoneBusy,
    used,
    usedTotal: agent.usedTotal,
    capacity,
    capacityTotalMax: agent.capacityTotalMax,
    pendingOfferIds: agent.pendingOffers.map((o) => o.id),
    queueIds: agent.memberships.map((m) => m.queue.id),
  };
}

/** A pending offer as seen from outside. */
export interface OfferView {
  readonly id: string;
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  readonly channel: Channel;
  readonly createdAt: number;
  readonly expiresAt: number;
  /** `transfer` for a warm transfer (the contact stays with `fromAgentId` until accepted). */
  readonly trigger: 'contact' | 'agent' | 'transfer';
  readonly fromAgentId: string | null;
}

/** Copies an offer record into a view. */
export function offerView(offer: OfferRecord): OfferView {
  return {
    id: offer.id,
    contactId: offer.contact.id,
    agentId: offer.agent.id,
    queueId: offer.membership.queue.id,
    channel: channelOf(offer.contact),
    createdAt: offer.createdAt,
    expiresAt: offer.expiresAt,
    trigger: offer.trigger,
    fromAgentId: offer.fromAgent?.id ?? null,
  };
}

/** Copies a queue record into a view. */
export function queueView(queue: QueueRecord): QueueView {
  return {
    id: queue.id,
    open: queue.open,
    waitingCount: queue.waitingCount,
    memberIds: queue.members.map((m) => m.agent.id),
  };
}
