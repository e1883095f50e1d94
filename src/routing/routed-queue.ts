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
  readonly agents: IndexedHeap<AgentSlot>;
  /** How the set keeps its order as agents work: see `strategies.ts` `upkeepOf`. */
  readonly upkeep: Upkeep;
  /** Position in the channel's `active` list, or -1 when empty. */
  activeIndex: number;
}

/** The ready sets of one channel of one queue. */
export interface ChannelReadiness {
  readonly byProfile: Map<number, ReadySet>;
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
  /** Non-empty buckets, in no particular order. */
  readonly activeBuckets: Bucket[];
  /** Contacts waiting in this queue. */
  waitingCount: number;
  /** Ready agents per channel index (undefined for channels the queue does not serve). */
  readonly readiness: (ChannelReadiness | undefined)[];
  /** Counter for `round-robin`. */
  roundRobinCounter: number;
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
