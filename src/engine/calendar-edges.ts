/**
 * Business hours in the engine: each queue with hours has one `calendar.edge` deadline for its next
 * opening or closing. Opening routes the waiting (held) contacts in work order; closing applies the
 * at-close policy. No offers are made from a closed queue.
 */
import { waitingContacts } from '../routing/contact-queue.js';
import { isOpenAt } from '../time/calendar/is-open-at.js';
import { nextChangeAfter } from '../time/calendar/next-change-after.js';
import type { EngineState } from './engine-state.js';
import { ticketContact } from './outcomes.js';
import { applyOverflow, scheduleQueueTimers } from './queue-entry.js';
import type { AgentRecord, ContactRecord, QueueRecord } from './records.js';
import { setLegStart } from './contact-record.js';

/** Schedules the queue's next calendar edge (none for an always-open queue). */
export function scheduleEdge(state: EngineState, queue: QueueRecord): void {
  const next = nextChangeAfter(queue.calendar, state.nowMs);
  if (next !== null) state.deadlines.add(next.atMs, 'calendar.edge', queue, queue.calendarVersion);
}

/** A calendar edge: opens or closes the queue as its calendar says, then schedules the next edge. */
export function fireEdge(state: EngineState, queue: QueueRecord): void {
  setOpen(state, queue, isOpenAt(queue.calendar, state.nowMs));
  scheduleEdge(state, queue);
}

/** Opens or closes a queue (a no-op when unchanged). */
export function setOpen(state: EngineState, queue: QueueRecord, open: boolean): void {
  if (queue.open === open) return;
  queue.open = open;
  state.actors.sendQueue(queue.id, { type: open ? 'OPEN' : 'CLOSE' });
  state.emit({ type: open ? 'queue.opened' : 'queue.closed', seq: 0, at: state.nowMs, queueId: queue.id });
  if (open) onOpen(state, queue);
  else onClose(state, queue);
}

/**
 * Held contacts (waiting, or offered when the queue closed) start their queue timers again from now;
 * waiting ones are routed in work order.
 */
function onOpen(state: EngineState, queue: QueueRecord): void {
  const waiting = waitingContacts(queue) as ContactRecord[];
  if (queue.config.onNoAgents !== undefined && queue.loggedInCount === 0) {
    for (const contact of waiting) applyOverflow(state, contact, queue.config.onNoAgents, 'no_agents');
    return;
  }
  for (const contact of [...offeredFrom(queue), ...waiting]) {
    contact.leg++;
    setLegStart(contact, state.nowMs);
    scheduleQueueTimers(state, contact);
    if (contact.status === 'queued') state.raiseContact(contact);
  }
}

/**
 * The at-close policy: ticket every waiting and offered contact, or keep them. Kept contacts' queue
 * timers stop (their token goes stale) and start again from the next opening.
 */
function onClose(state: EngineState, queue: QueueRecord): void {
  const contacts = [...offeredFrom(queue), ...(waitingContacts(queue) as ContactRecord[])];
  for (const contact of contacts) {
    if (queue.config.atClose === 'ticket') ticketContact(state, contact, 'after_hours');
    else contact.leg++;
  }
}

/** Contacts of this queue with a pending offer, in creation order. */
function offeredFrom(queue: QueueRecord): ContactRecord[] {
  const contacts: ContactRecord[] = [];
  for (const membership of queue.members) {
    for (const offer of (membership.agent as AgentRecord).pendingOffers) {
      // A warm-transfer offer belongs to a conversation in progress, not to a waiting contact.
      if (offer.contact.queue === queue && offer.fromAgent === null) contacts.push(offer.contact);
    }
  }
  return contacts.sort((a, b) => a.seq - b.seq);
}
