/**
 * Queue timers of a waiting contact: the wait limit, skill-relaxation steps and priority ageing. Each
 * is a deadline, never a poll; each fires at most once per queue entry.
 */
import { dequeueContact, enqueueContact, reorderContact } from '../routing/contact-queue.js';
import type { EngineState } from './engine-state.js';
import { applyOverflow } from './queue-entry.js';
import type { ContactRecord } from './records.js';
import { legStartOf } from './contact-record.js';

/** The wait limit: overflow now, or once a pending offer has resolved. */
export function fireWaitMax(state: EngineState, contact: ContactRecord): void {
  if (contact.offer !== null) {
    // An offer is out: decide when it resolves. Its expiry deadline is older, so it fires first.
    state.deadlines.add(contact.offer.expiresAt, 'wait.max', contact, contact.leg);
    return;
  }
  applyOverflow(state, contact, contact.queue.config.onWaitMsMax, 'wait_exceeded');
}

/** The next relaxation step: the contact's requirement becomes that step's skills. */
export function fireRelaxStep(state: EngineState, contact: ContactRecord): void {
  const queue = contact.queue;
  const steps = queue.config.relaxation ?? [];
  const step = contact.step + 1;
  const config = steps[step];
  const requirement = queue.requirements[step];
  if (config === undefined || requirement === undefined) return;
  contact.step = step;
  const waiting = contact.bucket !== null;
  if (waiting) dequeueContact(contact);
  contact.requirement = requirement;
  if (waiting) enqueueContact(queue, contact);
  state.emit({ type: 'contact.relaxed', seq: 0, at: state.nowMs, contactId: contact.id, step, skills: config.skills });
  const next = steps[step + 1];
  if (next !== undefined) state.deadlines.add(legStartOf(contact) + next.afterMs, 'relax.step', contact, contact.leg);
  if (waiting) state.raiseContact(contact);
}

/** One ageing step: priority rises (bounded) and the contact moves up its bucket. */
export function fireAgeingStep(state: EngineState, contact: ContactRecord): void {
  const ageing = contact.queue.config.ageing;
  if (ageing === undefined || contact.priority >= ageing.priorityMax) return;
  contact.priority = Math.min(contact.priority + ageing.step, ageing.priorityMax);
  if (contact.bucket !== null) reorderContact(contact);
  state.emit({ type: 'contact.aged', seq: 0, at: state.nowMs, contactId: contact.id, priority: contact.priority });
  if (contact.priority < ageing.priorityMax) {
    state.deadlines.add(state.nowMs + ageing.everyMs, 'ageing.step', contact, contact.leg);
  }
}
