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
import { dequeueContact, enqueueContact } from '../routing/contact-queue.js';
import type { EngineState } from './engine-state.js';
import { stepContact } from './lifecycles.js';
import { rejectContact, ticketContact, leaveRouting } from './outcomes.js';
import type { ContactRecord, QueueRecord } from './records.js';
import { legStartOf, setLegStart, setTarget, usesQueueSkills } from './contact-record.js';
import { targetOf } from '../routing/routed-contact.js';

/** Puts a contact into a queue and applies the queue's entry policies. */
export function enterQueue(state: EngineState, contact: ContactRecord, queue: QueueRecord, cause: QueueCause): void {
  stepToQueued(state, contact);
  contact.queue = queue;
  contact.leg++;
  setLegStart(contact, state.nowMs);
  contact.step = 0;
  contact.priority = contact.basePriority;
  contact.requirement = usesQueueSkills(contact) ? (queue.requirements[0] as ContactRecord['requirement']) : contact.requirement;
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
  const target = targetOf(contact);
  if (target !== null) untargetIfNotMember(state, contact, queue, target);
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
  if (config.lengthMax !== undefined) state.lengthChecks.add(contact);
  state.raiseContact(contact);
}

/** A contact for one agent that moved to a queue that agent does not serve goes to the whole queue. */
function untargetIfNotMember(state: EngineState, contact: ContactRecord, queue: QueueRecord, agentId: string): void {
  const agent = state.agents.get(agentId);
  if (agent !== undefined && agent.memberships.some((m) => m.queue === queue)) return;
  dequeueContact(contact);
  setTarget(contact, null);
  state.emit({ type: 'contact.untargeted', seq: 0, at: state.nowMs, contactId: contact.id, agentId, reason: 'not_member' });
  enqueueContact(queue, contact);
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
export function checkLengthOnce(state: EngineState, contact: ContactRecord): void {
  if (!state.lengthChecks.delete(contact)) return;
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

/**
 * After a queue's configuration changed, each waiting or offered contact follows the new one from its
 * entry time: it takes the relaxation step its wait has already reached (a `contact.relaxed` records a
 * change), and its wait limit, next step and next ageing step are re-armed (a limit already passed
 * applies at once). Each contact's old timers go stale.
 */
export function rearmQueueTimers(state: EngineState, queue: QueueRecord): void {
  const contacts = [...state.contacts.values()]
    .filter((c) => c.queue === queue && (c.status === 'queued' || c.status === 'offered'))
    .sort((a, b) => a.seq - b.seq);
  for (const contact of contacts) {
    contact.leg++;
    if (usesQueueSkills(contact)) takeDueStep(state, contact);
    if (!queue.open) continue;
    const config = queue.config;
    const start = legStartOf(contact);
    const now = state.nowMs;
    if (config.waitMsMax !== undefined) state.deadlines.add(Math.max(now, start + config.waitMsMax), 'wait.max', contact, contact.leg);
    const next = config.relaxation?.[contact.step + 1];
    if (usesQueueSkills(contact) && next !== undefined) state.deadlines.add(start + next.afterMs, 'relax.step', contact, contact.leg);
    const ageing = config.ageing;
    if (ageing !== undefined && contact.priority < ageing.priorityMax) {
      const aged = Math.max(0, Math.round((contact.priority - contact.basePriority) / ageing.step));
      state.deadlines.add(Math.max(now, start + (aged + 1) * ageing.everyMs), 'ageing.step', contact, contact.leg);
    }
  }
}

/**
 * Moves a contact to the relaxation step its wait has reached under its queue's configuration now
 * (while the queue is closed: the step it had, or the new last one).
 */
function takeDueStep(state: EngineState, contact: ContactRecord): void {
  const queue = contact.queue;
  const steps = queue.config.relaxation ?? [];
  // While the queue is closed its timers stand still: the step is kept (or the new last one).
  let step = queue.open ? 0 : Math.min(contact.step, queue.requirements.length - 1);
  if (queue.open) {
    const waitedMs = state.nowMs - legStartOf(contact);
    for (let k = 1; k < steps.length; k++) if ((steps[k] as { afterMs: number }).afterMs <= waitedMs) step = k;
  }
  const requirement = queue.requirements[step] as ContactRecord['requirement'];
  if (step === contact.step && requirement === contact.requirement) return;
  const waiting = contact.bucket !== null;
  if (waiting) dequeueContact(contact);
  contact.step = step;
  contact.requirement = requirement;
  if (waiting) enqueueContact(queue, contact);
  const skills = steps[step]?.skills ?? queue.config.skills;
  state.emit({ type: 'contact.relaxed', seq: 0, at: state.nowMs, contactId: contact.id, step, skills });
  if (waiting) state.raiseContact(contact);
}

/** Starts a waiting contact's queue timers from its `legStartMs`; the relaxation step reached is kept. */
export function scheduleQueueTimers(state: EngineState, contact: ContactRecord): void {
  const config = contact.queue.config;
  const start = legStartOf(contact);
  if (config.waitMsMax !== undefined) state.deadlines.add(start + config.waitMsMax, 'wait.max', contact, contact.leg);
  const next = config.relaxation?.[contact.step + 1];
  if (usesQueueSkills(contact) && next !== undefined) state.deadlines.add(start + next.afterMs, 'relax.step', contact, contact.leg);
  const ageing = config.ageing;
  if (ageing !== undefined && contact.priority < ageing.priorityMax) {
    state.deadlines.add(start + ageing.everyMs, 'ageing.step', contact, contact.leg);
  }
}
