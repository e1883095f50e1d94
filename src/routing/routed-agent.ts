/**
 * An agent as the router sees it: presence, capacity counters and queue memberships.
 */
import { CHANNELS } from '../domain/channel.js';
import type { Presence } from '../domain/presence.js';
import type { HeapSlot } from './indexed-heap.js';
import type { ReadySet, RoutedQueue } from './routed-queue.js';
import type { SkillSet } from './skill-index.js';

/** The routing view of an agent. The engine's agent record extends it. */
export interface RoutedAgent {
  readonly id: string;
  profile: SkillSet;
  presence: Presence;
  phoneBusy: boolean;
  /** Cap per channel index (see `CHANNELS`). */
  capacity: number[];
  /** Cap over all channels; Infinity when none is configured. */
  capacityTotalMax: number;
  /** Contacts held per channel index: pending offers, active and in wrap-up. */
  used: number[];
  usedTotal: number;
  /** Last routing activity (became available, got an offer, finished wrap-up): `longest-idle` ranks by it. */
  idleSinceMs: number;
  /** In the agent's work order: membership priority, then queue priority, then queue id. */
  memberships: Membership[];
  /** Channels the agent's slots are filed for, as bits by channel index (kept by `refreshAgent`). */
  readyMask: number;
  /** Whether a membership's queue re-sorts ready sets on load (`least-occupied`). */
  eagerUpkeep: boolean;
  /**
   * The slots that hold the agent's places in ready-set heaps (see `AgentSlot.lead`), all channels:
   * the only ones a readiness change touches. Null until worked out after a change (`unfileAgent`).
   */
  leads: AgentSlot[] | null;
}

/** One queue an agent serves. */
export interface Membership {
  readonly agent: RoutedAgent;
  readonly queue: RoutedQueue;
  /** Higher is served first (and ranks first under `top-down`). */
  readonly priority: number;
  /** Wrap-up override for this agent in this queue, or null for the queue's. */
  readonly wrapUpMs: number | null;
  /** When this agent was last picked in this queue (`round-robin`); 0 when never. */
  roundRobinSeq: number;
  /** One slot per channel the queue serves (replaced when the queue's channels change). */
  slots: readonly AgentSlot[];
}

/** An agent's place in one ready set: (queue, channel, profile). */
export interface AgentSlot extends HeapSlot {
  readonly agent: RoutedAgent;
  readonly membership: Membership;
  readonly channelIndex: number;
  /**
   * The ready set holding this slot, or null while the agent cannot take this channel. Kept for lead
   * slots only: use `isFiled` to ask about any slot.
   */
  set: ReadySet | null;
  /** The set this slot belongs in when the agent is ready (null until worked out after a change). */
  home: ReadySet | null;
  /**
   * Whether this slot stands in its set's heap for the agent. In a shared group only the agent's
   * first slot there does: the others are filed exactly when it is.
   */
  lead: boolean;
  /** For the lead slot of a shared group: the agent's slots there, in the order of the group's queues. */
  peers: readonly AgentSlot[] | null;
  /**
   * The agent's `idleSinceMs` when this slot was last placed in its heap: `longest-idle` heaps order by
   * it and refresh it lazily (see `ready-heads.ts`).
   */
  idleKeyMs: number;
}

/** Per-channel flags: which channels a phone call blocks. */
export type ChannelFlags = readonly boolean[];

/** Whether the agent could take one more contact on this channel right now (queue rules aside). */
export function canTake(agent: RoutedAgent, channelIndex: number, phoneBlocks: ChannelFlags): boolean {
  return (
    agent.presence === 'available' &&
    !(agent.phoneBusy && phoneBlocks[channelIndex] === true) &&
    (agent.used[channelIndex] as number) < (agent.capacity[channelIndex] as number) &&
    agent.usedTotal < agent.capacityTotalMax
  );
}

/** Why `canTake` is false, for an error message: "is on break", "has no free chat capacity"... */
export function whyCannotTake(agent: RoutedAgent, channelIndex: number, phoneBlocks: ChannelFlags): string {
  if (agent.presence !== 'available') return `is ${agent.presence}`;
  if (agent.phoneBusy && phoneBlocks[channelIndex] === true) return 'is on a phone call';
  return `has no free ${CHANNELS[channelIndex]} capacity`;
}

/** The agent's slot for a channel in a queue, or undefined when it is not a member serving it. */
export function slotIn(agent: RoutedAgent, queue: RoutedQueue, channelIndex: number): AgentSlot | undefined {
  const memberships = agent.memberships;
  for (let i = 0; i < memberships.length; i++) {
    if (memberships[i]!.queue !== queue) continue;
    const slots = memberships[i]!.slots;
    for (let j = 0; j < slots.length; j++) if (slots[j]!.channelIndex === channelIndex) return slots[j];
  }
  return undefined;
}

/** Whether the slot is in its ready set now (the agent could take one more contact there). */
export function isFiled(slot: AgentSlot): boolean {
  return slot.lead ? slot.set !== null : slot.home !== null && (slot.agent.readyMask & (1 << slot.channelIndex)) !== 0;
}

/** Compares agent ids: the last tie-break of every strategy. */
export function compareAgentIds(a: RoutedAgent, b: RoutedAgent): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
