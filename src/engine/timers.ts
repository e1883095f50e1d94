/**
 * Firing deadlines: each due deadline is its own step (applied, then routed), in (due time, creation)
 * order. A deadline whose target moved on is stale and does nothing.
 */
import type { Deadline } from './deadlines.js';
import { runTriggers } from './dispatcher.js';
import { type ContactStatus, isTerminal } from '../domain/contact-status.js';
import type { EngineState } from './engine-state.js';
import type { ContactRecord, OfferRecord, QueueRecord, SessionRecord } from './records.js';
import { expireOffer } from './offers.js';
import { setPresence } from './presence.js';
import { endWrapUp } from './work.js';
import { fireAgeingStep, fireRelaxStep, fireWaitMax } from './queue-timers.js';
import { fireCallbackDue } from './callbacks.js';
import { fireEdge } from './calendar-edges.js';
import { flushPreview } from './previews.js';
import { endRatingWindow } from './session-close.js';

/** Fires every deadline due at or before `uptoMs`; engine time follows each deadline's due time. */
export function fireDue(state: EngineState, uptoMs: number, afterEach: () => void): void {
  for (let next = state.deadlines.peek(); next !== undefined && next.at <= uptoMs; next = state.deadlines.peek()) {
    state.deadlines.pop();
    if (!isLive(state, next)) continue;
    if (next.at > state.nowMs) state.nowMs = next.at;
    fire(state, next);
    runTriggers(state);
    afterEach();
  }
}

/** Drops stale deadlines from the top of the heap, so the clock is not woken for nothing. */
export function dropStaleDeadlines(state: EngineState): void {
  for (let next = state.deadlines.peek(); next !== undefined && !isLive(state, next); next = state.deadlines.peek()) {
    state.deadlines.pop();
  }
}

/** The record a deadline acts on: its reference, or (restored deadlines) a lookup by id. */
function targetOf(state: EngineState, deadline: Deadline): unknown {
  if (deadline.target !== null) return deadline.target;
  switch (deadline.kind) {
    case 'offer.expire':
      return state.offers.get(deadline.targetId);
    case 'rating.end':
    case 'preview.flush':
      return state.sessions.get(deadline.targetId);
    case 'calendar.edge':
      return state.queues.get(deadline.targetId);
    default:
      return state.contacts.get(deadline.targetId);
  }
}

/** Whether a deadline still applies to its target. */
export function isLive(state: EngineState, deadline: Deadline): boolean {
  const target = targetOf(state, deadline);
  if (target === undefined) return false;
  switch (deadline.kind) {
    case 'offer.expire':
      return (target as OfferRecord).pending;
    case 'wrapup.end':
      return (target as ContactRecord).status === 'wrap_up';
    case 'cooldown.end':
      // Live until the contact ends: offered, even active, it can still come back to a queue.
      return !isTerminal((target as ContactRecord).status as ContactStatus);
    case 'wait.max':
    case 'relax.step':
    case 'ageing.step': {
      const contact = target as ContactRecord;
      return contact.leg === deadline.token && (contact.status === 'queued' || contact.status === 'offered');
    }
    case 'callback.due':
      return (target as ContactRecord).status === 'scheduled';
    case 'calendar.edge':
      return state.queues.get(deadline.targetId) === target && (target as QueueRecord).calendarVersion === deadline.token;
    case 'rating.end':
      return (target as SessionRecord).status === 'closed';
    case 'preview.flush':
      return (target as SessionRecord).previewPending !== null;
  }
}

function fire(state: EngineState, deadline: Deadline): void {
  const target = targetOf(state, deadline);
  switch (deadline.kind) {
    case 'offer.expire': {
      const offer = target as OfferRecord;
      const missedInRow = expireOffer(state, offer);
      if (missedInRow >= state.config.routing.missedOffersMax && offer.agent.presence === 'available') {
        setPresence(state, offer.agent, 'not_responding', 'missed_offers');
      }
      return;
    }
    case 'wrapup.end':
      return endWrapUp(state, target as ContactRecord);
    case 'cooldown.end':
      return endCooldowns(state, target as ContactRecord);
    case 'wait.max':
      return fireWaitMax(state, target as ContactRecord);
    case 'relax.step':
      return fireRelaxStep(state, target as ContactRecord);
    case 'ageing.step':
      return fireAgeingStep(state, target as ContactRecord);
    case 'callback.due':
      return fireCallbackDue(state, target as ContactRecord);
    case 'calendar.edge':
      return fireEdge(state, target as QueueRecord);
    case 'rating.end':
      return endRatingWindow(state, target as SessionRecord);
    case 'preview.flush':
      return flushPreview(state, target as SessionRecord);
  }
}

/** A re-offer cooldown ends: every decline due by now is dropped, and a waiting contact is routed again. */
function endCooldowns(state: EngineState, contact: ContactRecord): void {
  const details = contact.details;
  if (details !== null) {
    const kept = details.declined?.filter((d) => d.untilMs > state.nowMs) ?? [];
    details.declined = kept.length > 0 ? kept : null;
  }
  if (contact.status === 'queued') state.raiseContact(contact);
}
