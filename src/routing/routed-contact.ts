/**
 * A waiting contact as the router sees it: a plain record, never an actor (queued contacts are many).
 */
import type { HeapSlot, IndexedHeap } from './indexed-heap.js';
import type { RoutedQueue } from './routed-queue.js';
import type { SkillSet } from './skill-index.js';

/**
 * An agent who declined or missed a contact: not offered it again until the contact's `cooldown.end`
 * deadline at `untilMs` has fired and removed this entry. So other deadlines of that same millisecond
 * still see the cooldown, and blending (which asks what inbound work an agent could take) agrees with
 * what the cooldown's own deadline will then raise.
 */
export interface Decline {
  readonly agentId: string;
  readonly untilMs: number;
}

/** The routing view of a contact. The engine's contact record extends it. */
export interface RoutedContact extends HeapSlot {
  readonly id: string;
  /** Creation order: the last tie-break of the work order. */
  readonly seq: number;
  /** Index of the contact's channel in `CHANNELS`. */
  readonly channelIndex: number;
  /** Effective priority (base plus ageing); higher is served first. */
  priority: number;
  /** First enqueue time, kept across requeues and overflow. */
  enqueuedAt: number;
  /** The skill requirement at the contact's current relaxation step. */
  requirement: SkillSet;
  /** The bucket the contact waits in, or null when not waiting. */
  bucket: Bucket | null;
  /** What few contacts have (a target, declines); null when the contact has none of it. */
  details: RoutedDetails | null;
}

/**
 * The routing fields most contacts never set. They live apart from the contact so that a waiting
 * contact stays small (issue 8: at most 256 bytes per queued contact); see `ContactDetails`.
 */
export interface RoutedDetails {
  /** When set, only this agent may take the contact. */
  targetAgentId: string | null;
  /** Agents within their re-offer cooldown for this contact; null when none. */
  declined: Decline[] | null;
}

/** The agent the contact is routed only to, or null. */
export function targetOf(contact: RoutedContact): string | null {
  const details = contact.details;
  return details === null ? null : details.targetAgentId;
}

/** The contact's re-offer cooldowns, or null when none. */
export function declinesOf(contact: RoutedContact): Decline[] | null {
  const details = contact.details;
  return details === null ? null : details.declined;
}

/** Contacts of one queue that share a channel, a requirement and a target: any agent fits all or none. */
export interface Bucket {
  readonly queue: RoutedQueue;
  readonly key: string;
  readonly channelIndex: number;
  readonly requirement: SkillSet;
  readonly targetAgentId: string | null;
  readonly contacts: IndexedHeap<RoutedContact>;
  /** Position in `queue.activeBuckets`, or -1 when empty. */
  activeIndex: number;
}

/** Whether the agent is within its re-offer cooldown for this contact (see `Decline`). */
export function isDeclinedBy(contact: RoutedContact, agentId: string, nowMs: number): boolean {
  const declined = declinesOf(contact);
  if (declined === null) return false;
  for (let i = 0; i < declined.length; i++) {
    const entry = declined[i] as Decline;
    if (entry.agentId === agentId && entry.untilMs >= nowMs) return true;
  }
  return false;
}

/**
 * Work order within a queue (DESIGN.md section 3 rule 2): higher priority first, then earlier
 * enqueue, then creation order. Negative when `a` comes first.
 */
export function compareWorkOrder(a: RoutedContact, b: RoutedContact): number {
  return b.priority - a.priority || a.enqueuedAt - b.enqueuedAt || a.seq - b.seq;
}
