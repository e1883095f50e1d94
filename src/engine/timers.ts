/**
 * Firing deadlines: each due deadline is its own step (applied, then routed), in (due time, creation)
 * order. A deadline whose target moved on is stale and does nothing.
 */
import type { Deadline } from './deadlines.js';
import { runTriggers } from './dispatcher.js';
import type { EngineState } from './engine-state.js';
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

/** Whether a deadline still applies to its target. */
export function isLive(state: EngineState, deadline: Deadline): boolean {
  switch (deadline.kind) {
    case 'offer.expire':
      return state.offers.has(deadline.targetId);
    case 'wrapup.end':
      return state.contacts.get(deadline.targetId)?.status === 'wrap_up';
    case 'cooldown.end': {
      // Live while the contact may still wait: it can be offered elsewhere now and return to the queue.
      const status = state.contacts.get(deadline.targetId)?.status;
      return status === 'queued' || status === 'offered';
    }
    case 'wait.max':
    case 'relax.step':
    case 'ageing.step': {
      const contact = state.contacts.get(deadline.targetId);
      return contact !== undefined && contact.leg === deadline.token && (contact.status === 'queued' || contact.status === 'offered');
    }
    case 'callback.due':
      return state.contacts.get(deadline.targetId)?.status === 'scheduled';
    case 'calendar.edge':
      return state.queues.get(deadline.targetId)?.calendarVersion === deadline.token;
    case 'rating.end':
      return state.sessions.get(deadline.targetId)?.status === 'closed';
    case 'preview.flush':
      return state.sessions.get(deadline.targetId)?.previewPending != null;
  }
}

function fire(state: EngineState, deadline: Deadline): void {
  switch (deadline.kind) {
    case 'offer.expire': {
      const offer = state.offers.get(deadline.targetId)!;
      const missedInRow = expireOffer(state, offer);
      if (missedInRow >= state.config.routing.missedOffersMax && offer.agent.presence === 'available') {
        setPresence(state, offer.agent, 'not_responding', 'missed_offers');
      }
      return;
    }
    case 'wrapup.end':
      endWrapUp(state, state.contacts.get(deadline.targetId)!);
      return;
    case 'cooldown.end':
      state.raiseContact(state.contacts.get(deadline.targetId)!);
      return;
    case 'wait.max':
      return fireWaitMax(state, state.contacts.get(deadline.targetId)!);
    case 'relax.step':
      return fireRelaxStep(state, state.contacts.get(deadline.targetId)!);
    case 'ageing.step':
      return fireAgeingStep(state, state.contacts.get(deadline.targetId)!);
    case 'callback.due':
      return fireCallbackDue(state, state.contacts.get(deadline.targetId)!);
    case 'calendar.edge':
      return fireEdge(state, state.queues.get(deadline.targetId)!);
    case 'rating.end':
      return endRatingWindow(state, state.sessions.get(deadline.targetId)!);
    case 'preview.flush':
      return flushPreview(state, state.sessions.get(deadline.targetId)!);
  }
}
