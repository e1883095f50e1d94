/**
 * The reference router's records and configuration. Configuration fields are all explicit (no
 * defaults to remember); records are plain data, found by scanning, never indexed.
 */
import type { Channel } from '../../../src/domain/channel.js';
import type { Strategy } from '../../../src/domain/config/queue.config.js';
import type { Presence } from '../../../src/domain/presence.js';

/** A skill map. */
export type Skills = Readonly<Record<string, number>>;

/** What happens at a queue's wait limit. */
export type ModelOverflow = { readonly action: 'queue'; readonly queueId: string } | { readonly action: 'ticket' } | { readonly action: 'reject' };

/** A queue, every field the router reads spelled out. Also valid as engine configuration. */
export interface ModelQueueConfig {
  readonly id: string;
  readonly channels: Channel[];
  readonly priority: number;
  readonly strategy: Strategy;
  readonly offerMode: 'offer' | 'auto-accept';
  readonly offerTimeoutMs: number;
  readonly reofferCooldownMs: number;
  readonly wrapUpMs: number;
  readonly skills: Skills;
  readonly relaxation?: { readonly afterMs: number; readonly skills: Skills }[];
  readonly waitMsMax?: number;
  readonly onWaitMsMax: ModelOverflow;
}

/** One queue an agent serves. */
export interface ModelMembership {
  readonly queueId: string;
  readonly priority: number;
  readonly wrapUpMs?: number;
}

/** An agent as configured. No `capacity` means one contact at a time, any channel (D-009). */
export interface ModelAgentConfig {
  readonly id: string;
  readonly skills: Skills;
  readonly capacity?: Partial<Record<Channel, number>>;
  readonly capacityTotalMax?: number;
  readonly memberships: ModelMembership[];
}

/** The whole configuration. */
export interface ModelConfig {
  readonly skills: string[];
  readonly queues: ModelQueueConfig[];
  readonly agents: ModelAgentConfig[];
  readonly routing: { readonly missedOffersMax: number; readonly phoneBlocks: Channel[] };
}

/** An agent's state. */
export interface MAgent {
  readonly id: string;
  config: ModelAgentConfig;
  presence: Presence;
  phoneBusy: boolean;
  idleSinceMs: number;
  missedInRow: number;
  /** When the agent was last picked in each queue (`round-robin`). */
  readonly roundRobin: Map<string, number>;
  /** Pending offer ids, oldest first. */
  readonly pending: string[];
  triggered: boolean;
}

/** A contact's state. */
export interface MContact {
  readonly id: string;
  readonly seq: number;
  readonly channel: Channel;
  readonly basePriority: number;
  readonly ownSkills: Skills | null;
  priority: number;
  enqueuedAt: number;
  queueId: string;
  status: 'queued' | 'offered' | 'active' | 'wrap_up' | 'completed' | 'abandoned' | 'ticketed' | 'rejected';
  requirement: Skills;
  target: string | null;
  declined: { agentId: string; untilMs: number }[];
  offerId: string | null;
  agentId: string | null;
  /** The membership's wrap-up override when the contact was routed, or null for the queue's. */
  wrapUpOverrideMs: number | null;
  leg: number;
  legStartMs: number;
  step: number;
  triggered: boolean;
}

/** A pending offer. */
export interface MOffer {
  readonly id: string;
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  readonly trigger: 'contact' | 'agent';
  readonly expiresAt: number;
}

/** Kinds of deadline the router keeps. */
export type MDeadlineKind = 'offer.expire' | 'wrapup.end' | 'cooldown.end' | 'wait.max' | 'relax.step';

/** A deadline: due time, creation order, what it acts on, and the queue entry it belongs to. */
export interface MDeadline {
  readonly at: number;
  readonly seq: number;
  readonly kind: MDeadlineKind;
  readonly targetId: string;
  readonly token: number;
}

/** An event the router predicts: the engine's event without `seq` (and, for `agent.updated`, without the configuration). */
export type ModelEvent = { readonly type: string; readonly at: number } & Record<string, unknown>;
