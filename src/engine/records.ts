/**
 * The engine's mutable records. They extend the routing views with lifecycle and bookkeeping fields.
 * Contacts stay plain records (never actors) because there can be hundreds of thousands of them.
 */
import type { Channel } from '../domain/channel.js';
import type { AgentConfig } from '../domain/config/agent.config.js';
import type { QueueConfig } from '../domain/config/queue.config.js';
import type { ContactStatus } from '../domain/contact-status.js';
import type { Membership, RoutedAgent } from '../routing/routed-agent.js';
import type { RoutedContact } from '../routing/routed-contact.js';
import type { RoutedQueue } from '../routing/routed-queue.js';

/** A contact in the engine. Fields are initialised in one order so all records share a shape. */
export interface ContactRecord extends RoutedContact {
  readonly kind: 'contact';
  readonly channel: Channel;
  /** Priority given at creation; `priority` is the effective one. */
  readonly basePriority: number;
  readonly createdAt: number;
  queue: QueueRecord;
  /** `new` only while the creating command runs. */
  status: ContactStatus | 'new';
  /** The pending offer, when `offered`. */
  offer: OfferRecord | null;
  /** The agent holding the contact (offered, active or wrap-up). */
  agent: AgentRecord | null;
  /** The membership the holder took it through (decides the wrap-up time). */
  membership: Membership | null;
  /** The contact's own requirement, or null when its queue's applies. */
  readonly skills: Readonly<Record<string, number>> | null;
  readonly customerId: string | null;
  readonly attributes: Readonly<Record<string, unknown>> | null;
  /** Set when the contact is routed only to one agent. */
  readonly targetAgentId: string | null;
  /** Whether a routing trigger for this contact is already pending in this step. */
  triggered: boolean;
}

/** An agent in the engine. */
export interface AgentRecord extends RoutedAgent {
  readonly kind: 'agent';
  config: AgentConfig;
  /** Offers that expired in a row; reset by an accept or a reject. */
  missedInRow: number;
  /** Offers waiting for this agent's answer. */
  readonly pendingOffers: OfferRecord[];
  /** Whether a routing trigger for this agent is already pending in this step. */
  triggered: boolean;
}

/** A queue in the engine. */
export interface QueueRecord extends RoutedQueue {
  config: QueueConfig;
  /** Every membership of every agent in this queue. */
  readonly members: Membership[];
}

/** A contact reserved for an agent. Only pending offers are kept. */
export interface OfferRecord {
  readonly id: string;
  readonly contact: ContactRecord;
  readonly agent: AgentRecord;
  readonly membership: Membership;
  readonly trigger: 'contact' | 'agent';
  readonly createdAt: number;
  readonly expiresAt: number;
}
