/**
 * A contact entering a queue (arrival, overflow, requeue, transfer, callback due) and overflow out of
 * one. Every entry is a `contact.queued` event; the queue's policies then apply in order: after-hours
 * (closed queue), no member logged in, then routing, then the length limit. Queue timers (wait limit,
 * relaxation, ageing) count from the entry and carry the entry number (`leg`) as their token, so
 * moving a contact makes the old ones stale: each policy applies at most once per entry. Queue timers
 * run only while the queue is open: a contact held in a closed queue starts them at the opening.
 */
import type { OverflowAction } from '../domain/config/queue.config.js';
import type { OverflowReason, QueueCause } from '../domain/events/contact.events.js';
import { enqueueContact } from '../routing/contact-queue.js';
import type { EngineState } from './engine-state.js';
import { stepContact } from './lifecycles.js';
import { rejectContact, ticketContact, leaveRouting } from './outcomes.js';
import type { ContactRecord, QueueRecord } from './records.js';

/** Puts a contact into a queue and applies the queue's entry policies. */
export function enterQueue(state: EngineState, contact: ContactRecord, queue: QueueRecord, cause: QueueCause): void {
  stepToQueued(state, contact);
  contact.queue = queue;
  contact.leg++;
  contact.legStartMs = state.nowMs;
  contact.step = 0;
  contact.priority = contact.basePriority;
  contact.requirement = contact.skills === null ? (queue.requirements[0] as ContactRecord['requirement']) : contact.requirement;
  enqueueContact(queue, contact);
  state.emit({
    type: 'contact.queued',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    queueId: queue.id,
    priority: contact.priority,
    enqueuedAt: contact.enqueuedAt,
    cause,
  });
  const config = queue.config;
  if (!queue.open && config.afterHours !== 'hold' && cause !== 'callback') {
    if (config.afterHours === 'ticket') ticketContact(state, contact, 'after_hours');
    else rejectContact(state, contact, 'after_hours');
    return;
  }
  if (queue.open && config.onNoAgents !== undefined && queue.loggedInCount === 0) {
    applyOverflow(state, contact, config.onNoAgents, 'no_agents');
    return;
  }
  if (queue.open) scheduleQueueTimers(state, contact);
  contact.lengthCheck = config.lengthMax !== undefined;
  state.raiseContact(contact);
}

/** Applies a limit's action to a waiting contact: another queue, a ticket or a rejection. */
export function applyOverflow(state: EngineState, contact: ContactRecord, action: OverflowAction, reason: OverflowReason): void {
  if (action.action === 'ticket') return ticketContact(state, contact, reason);
  if (action.action === 'reject') return rejectContact(state, contact, reason);
  const target = state.queues.get(action.queueId);
  // Configuration refuses such targets; a queue changed since then makes the contact a ticket.
  if (target === undefined || !target.serves[contact.channelIndex]) return ticketContact(state, contact, reason);
  leaveRouting(state, contact, 'contact_ended');
  state.emit({
    type: 'contact.overflowed',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    fromQueueId: contact.queue.id,
    toQueueId: target.id,
    reason,
  });
  enterQueue(state, contact, target, 'overflow');
}

/** After routing a new entry: a contact left waiting beyond `lengthMax` overflows (`queue_full`). */
export function checkLength(state: EngineState, contact: ContactRecord): void {
  contact.lengthCheck = false;
  const queue = contact.queue;
  const lengthMax = queue.config.lengthMax;
  if (contact.status !== 'queued' || lengthMax === undefined || queue.waitingCount <= lengthMax) return;
  applyOverflow(state, contact, queue.config.onLengthMax, 'queue_full');
}

function stepToQueued(state: EngineState, contact: ContactRecord): void {
  switch (contact.status) {
    case 'new':
      return stepContact(state, contact, 'QUEUE');
    case 'scheduled':
      return stepContact(state, contact, 'DUE');
    case 'active':
      return stepContact(state, contact, 'REQUEUE');
    default:
      return;
  }
}

/** Starts a waiting contact's queue timers from its `legStartMs`; the relaxation step reached is kept. */
export function scheduleQueueTimers(state: EngineState, contact: ContactRecord): void {
  const config = contact.queue.config;
  const start = contact.legStartMs;
  if (config.waitMsMax !== undefined) state.deadlines.add(start + config.waitMsMax, 'wait.max', contact, contact.leg);
  const next = config.relaxation?.[contact.step + 1];
  if (contact.skills === null && next !== undefined) state.deadlines.add(start + next.afterMs, 'relax.step', contact, contact.leg);
  const ageing = config.ageing;
  if (ageing !== undefined && contact.priority < ageing.priorityMax) {
    state.deadlines.add(start + ageing.everyMs, 'ageing.step', contact, contact.leg);
  }
}
