/**
 * Scheduled callbacks (rule 9): a `callback` contact waits `scheduled` until its time, then enters its
 * queue; if the queue is closed then, it waits for the next opening.
 */
import { nextOpeningAt } from '../time/calendar/next-opening-at.js';
import type { EngineState } from './engine-state.js';
import { stepContact } from './lifecycles.js';
import { ticketContact } from './outcomes.js';
import { enterQueue } from './queue-entry.js';
import type { ContactRecord } from './records.js';
import { setEnqueuedAt } from './contact-record.js';

/** A callback's time came: queue it now, or at its queue's next opening. */
export function fireCallbackDue(state: EngineState, contact: ContactRecord): void {
  const queue = contact.queue;
  if (queue.open) {
    setEnqueuedAt(contact, state.nowMs);
    enterQueue(state, contact, queue, 'callback');
    return;
  }
  const openingAt = nextOpeningAt(queue.calendar, state.nowMs);
  // A queue that never opens again within the search horizon cannot call back: the request becomes a ticket.
  if (openingAt === null) ticketContact(state, contact, 'after_hours');
  else state.deadlines.add(Math.max(openingAt, state.nowMs), 'callback.due', contact, 0);
}

/** Cancels a scheduled callback. */
export function cancelCallback(state: EngineState, contact: ContactRecord): void {
  stepContact(state, contact, 'CANCEL');
  state.emit({ type: 'callback.cancelled', seq: 0, at: state.nowMs, contactId: contact.id });
}
