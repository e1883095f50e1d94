/**
 * Counting logged-in members per queue, for the "no member logged in" overflow (rule 7): when the
 * last member of an open queue logs out, its waiting contacts get the queue's `onNoAgents` action.
 */
import type { Presence } from '../domain/presence.js';
import { waitingContacts } from '../routing/contact-queue.js';
import type { Membership } from '../routing/routed-agent.js';
import type { EngineState } from './engine-state.js';
import { applyOverflow } from './queue-entry.js';
import type { ContactRecord, QueueRecord } from './records.js';

/** Whether a presence counts as logged in. */
export function isLoggedIn(presence: Presence): boolean {
  return presence !== 'offline';
}

/** Adds (+1) or removes (-1) a logged-in member from each membership's queue. */
export function countMembers(state: EngineState, memberships: readonly Membership[], delta: 1 | -1): void {
  for (const membership of memberships) {
    const queue = membership.queue as QueueRecord;
    queue.loggedInCount += delta;
    if (delta < 0 && queue.loggedInCount === 0) sweepNoAgents(state, queue);
  }
}

/** Applies `onNoAgents` to every waiting contact of an open queue nobody is logged in to. */
export function sweepNoAgents(state: EngineState, queue: QueueRecord): void {
  const action = queue.config.onNoAgents;
  if (action === undefined || !queue.open || queue.loggedInCount > 0) return;
  for (const contact of waitingContacts(queue)) applyOverflow(state, contact as ContactRecord, action, 'no_agents');
}
