/**
 * The engine's mutable records. They extend the routing views with lifecycle and bookkeeping fields.
 * Contacts stay plain records (never actors) because there can be hundreds of thousands of them.
 */
import type { AgentConfig } from '../domain/config/agent.config.js';
import type { QueueConfig } from '../domain/config/queue.config.js';
import type { ContactStatus } from '../domain/contact-status.js';
import type { Membership, RoutedAgent } from '../routing/routed-agent.js';
import type { RoutedContact, RoutedDetails } from '../routing/routed-contact.js';
import type { RoutedQueue } from '../routing/routed-queue.js';
import type { SkillSet } from '../routing/skill-index.js';
import type { TranscriptLine } from '../domain/events/ticket.events.js';
import type { Calendar } from '../time/calendar/calendar.js';

/**
 * A contact in the engine. Fields are initialised in one order so all records share a shape. What
 * most contacts never have sits in `details`, allocated on first use, so that a waiting contact stays
 * small (issue 8: at most 256 bytes per queued contact). The channel is `CHANNELS[channelIndex]`.
 */
export interface ContactRecord extends RoutedContact {
  /** Priority given at creation; `priority` is the effective one. */
  readonly basePriority: number;
  queue: QueueRecord;
  /** `new` only while the creating command runs. */
  status: ContactStatus | 'new';
  /** The pending offer, when `offered`. */
  offer: OfferRecord | null;
  /** The agent holding the contact (offered, active or wrap-up). */
  agent: AgentRecord | null;
  /** The chat's session, from its first accept; null before and for other channels. */
  session: SessionRecord | null;
  /** Whether a routing trigger for this contact is already pending in this step. */
  triggered: boolean;
  /** Counts queue entries; queue timers carry it as their token, so a move makes them stale. */
  leg: number;
  /** The relaxation step reached in the current queue. */
  step: number;
  details: ContactDetails | null;
}

/**
 * What few contacts have: what they were given at creation, a chat's messages, routing restrictions,
 * and times that differ from `enqueuedAt`.
 */
export interface ContactDetails extends RoutedDetails {
  /** The contact's own requirement, or null when its queue's applies. */
  readonly skills: Readonly<Record<string, number>> | null;
  readonly customerId: string | null;
  readonly attributes: Readonly<Record<string, unknown>> | null;
  /** The customer's normalised e-mail, for ticket replies. */
  readonly email: string | null;
  /** Transcript lines so far (customer, agent, system); null until the first message. */
  messages: TranscriptLine[] | null;
  /** Ids of customer messages not yet delivered to an agent. */
  undelivered: string[] | null;
  /** What the customer is doing (page, cart, profile); null until the embedder reports it. */
  context: CustomerContext | null;
  /**
   * When the contact was created, or null when that is its `enqueuedAt` (all but callbacks, which
   * are enqueued at their due time). See `createdAtOf`.
   */
  createdAt: number | null;
  /**
   * When the contact entered its current queue (queue timers count from here), or null when that is
   * its `enqueuedAt` (a contact still in its first queue). See `legStartOf`.
   */
  legStartMs: number | null;
}

/** What the embedder reports about the customer's visit. */
export interface CustomerContext {
  readonly pageUrl: string | null;
  readonly cart: unknown;
  readonly profile: unknown;
}

/** The conversation of an accepted chat. */
export interface SessionRecord {
  readonly id: string;
  readonly contact: ContactRecord;
  status: 'open' | 'closed' | 'ended';
  /**
   * Colleagues invited into the session (the owner is `contact.agent`). Replaced, never changed in
   * place: most sessions share one empty list (`NOBODY_INVITED`).
   */
  invited: readonly AgentRecord[];
  /** The agent who closed (or last owned) the session: the one a rating is about. */
  lastOwnerId: string;
  /** Whether the customer has rated. */
  rated: boolean;
  /** Until when a rating is accepted (set at close). */
  ratingUntilMs: number;
  /**
   * When the last typing preview went out (for throttling); null before the first. Not -Infinity:
   * that is no small integer, so every session held a 16-byte boxed double for it.
   */
  previewAtMs: number | null;
  /** A preview held back by the throttle, sent when the interval is over. */
  previewPending: string | null;
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
  calendar: Calendar;
  /** Bumped when the calendar changes, so scheduled edges of the old one go stale. */
  calendarVersion: number;
  /** Members whose presence is not `offline`. */
  loggedInCount: number;
  /** Interned requirements: one per relaxation step, or the queue's `skills` alone. */
  requirements: SkillSet[];
  /** When a contact was last answered from this queue (for the estimated wait), or null. */
  lastAnswerAtMs: number | null;
  /** Moving average of the time between answers, or null before the second answer. */
  answerGapMs: number | null;
}

/** A contact reserved for an agent. Only pending offers are kept. */
export interface OfferRecord {
  readonly id: string;
  /** True until the offer is accepted, rejected, expired or withdrawn. */
  pending: boolean;
  /** `transfer` offers are warm transfers: the contact stays with `fromAgent` until accepted. */
  readonly fromAgent: AgentRecord | null;
  readonly contact: ContactRecord;
  readonly agent: AgentRecord;
  readonly membership: Membership;
  readonly trigger: 'contact' | 'agent' | 'transfer';
  readonly createdAt: number;
  readonly expiresAt: number;
}
