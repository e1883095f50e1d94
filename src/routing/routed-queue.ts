/**
 * A queue as the router sees it: waiting contacts in buckets, and ready agents indexed by channel
 * and skill profile, so no decision scans all agents.
 */
import type { Strategy } from '../domain/config/queue.config.js';
import type { Upkeep } from './strategies.js';
import type { IndexedHeap } from './indexed-heap.js';
import type { AgentSlot } from './routed-agent.js';
import type { Bucket } from './routed-contact.js';
import type { SkillSet } from './skill-index.js';

/** Agents of one profile who could take one more contact of one channel in one queue, best first. */
export interface ReadySet {
  readonly profile: SkillSet;
  /** The queue's own heap, or the heap of its group (shared with the group's other queues). */
  readonly agents: IndexedHeap<AgentSlot>;
  /** How the set keeps its order as agents work: see `strategies.ts` `upkeepOf`. */
  readonly upkeep: Upkeep;
  /** Position in the channel's `active` list, or -1 when empty. */
  activeIndex: number;
  /** The shared group this set is one queue's view of (`longest-idle`), or null for a set of its own. */
  readonly group: ReadyGroup | null;
  /** Position of this view's queue in its group's `queues` (0 for a set of its own). */
  readonly index: number;
}

/**
 * Ready agents shared by several `longest-idle` queues: those with one profile and the same
 * `longest-idle` queues for one channel. Their order (idle time, then id) does not depend on the
 * queue, so one heap serves every queue: an agent's readiness change files one slot, not one per queue.
 * Each queue sees the heap through its own view (a `ReadySet`) in its `active` list.
 */
export interface ReadyGroup {
  readonly agents: IndexedHeap<AgentSlot>;
  /** The group's queues (sorted by id), their readiness for the channel, and their views. */
  readonly queues: readonly RoutedQueue[];
  readonly readiness: readonly ChannelReadiness[];
  readonly views: readonly ReadySet[];
  /** Where the group is kept (its first queue's `groups`), and under which key. */
  readonly registry: Map<string, ReadyGroup>;
  readonly key: string;
  /** Agents whose slots are placed in the group; the group is dropped when the last one leaves. */
  agentCount: number;
}

/** The ready sets of one channel of one queue. */
export interface ChannelReadiness {
  /** The queue's own sets (strategies other than `longest-idle`), by profile id. */
  readonly byProfile: Map<number, ReadySet>;
  /**
   * Groups for agents whose `longest-idle` queues (for this channel) start, by id, with this one: by
   * profile and those queues' ids (see `ready-groups.ts`).
   */
  readonly groups: Map<string, ReadyGroup>;
  /** Groups holding agents that this queue takes part in for this channel (at most `GROUPS_PER_QUEUE_MAX`). */
  groupCount: number;
  /** Non-empty sets, in no particular order. */
  readonly active: ReadySet[];
}

/** The routing view of a queue. The engine's queue record extends it. */
export interface RoutedQueue {
  readonly id: string;
  priority: number;
  strategy: Strategy;
  /** Channels served, by channel index. */
  serves: boolean[];
  /** Whether the queue is open (business hours); closed queues make no offers. */
  open: boolean;
  readonly buckets: Map<string, Bucket>;
  /** The untargeted buckets again, by channel index and requirement id: found without building a key. */
  readonly untargetedBuckets: (Bucket | undefined)[][];
  /** Non-empty buckets, in no particular order. */
  readonly activeBuckets: Bucket[];
  /** Contacts waiting in this queue. */
  waitingCount: number;
  /** Contacts waiting in all the engine's queues: one counter shared by every queue (see `RoutingContext`). */
  readonly allWaiting: WaitingTotal;
  /** Ready agents per channel index (undefined for channels the queue does not serve). */
  readonly readiness: (ChannelReadiness | undefined)[];
  /** Counter for `round-robin`. */
  roundRobinCounter: number;
}

/** A count of waiting contacts shared by every queue of an engine. */
export interface WaitingTotal {
  count: number;
}

/** Adds an item to an unordered "active" list, recording its position. */
export function activate<T extends { activeIndex: number }>(list: T[], item: T): void {
  if (item.activeIndex >= 0) return;
  item.activeIndex = list.length;
  list.push(item);
}

/** Removes an item from an unordered "active" list in O(1) (swap with the last). */
export function deactivate<T extends { activeIndex: number }>(list: T[], item: T): void {
  const index = item.activeIndex;
  if (index < 0) return;
  const last = list.pop() as T;
  if (last !== item) {
    list[index] = last;
    last.activeIndex = index;
  }
  item.activeIndex = -1;
}
