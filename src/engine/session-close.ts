/**
 * Closing a chat and rating it. Closing withdraws a pending warm transfer, lets invited colleagues go,
 * and starts the owner's wrap-up; the customer may then rate within the queue's `ratingWindowMs`.
 */
import type { EngineState } from './engine-state.js';
import { SESSION_LIFECYCLE } from './lifecycles.js';
import { withdrawOffer } from './offers.js';
import type { SessionRecord } from './records.js';
import { markClosed } from './sessions.js';
import { abandonContact, completeContact } from './work.js';

/** Closes a session, by the agent or the customer. */
export function closeSession(
  state: EngineState,
  session: SessionRecord,
  by: 'agent' | 'customer',
  agentId: string | null,
  wrapUpMs: number | null = null,
): void {
  const contact = session.contact;
  markClosed(state, session, by, agentId);
  if (contact.offer !== null && contact.offer.fromAgent !== null) withdrawOffer(state, contact.offer, 'contact_ended');
  if (contact.status === 'active') completeContact(state, contact, wrapUpMs);
  else if (contact.status === 'queued' || contact.status === 'offered') abandonContact(state, contact);
}

/** Records the customer's rating; the session ends. */
export function rateSession(state: EngineState, session: SessionRecord, score: 1 | 2 | 3 | 4 | 5): void {
  session.rated = true;
  state.emit({
    type: 'session.rated',
    seq: 0,
    at: state.nowMs,
    sessionId: session.id,
    contactId: session.contact.id,
    agentId: session.lastOwnerId,
    score,
  });
  endSession(state, session, 'RATE');
}

/** The rating window is over without a rating: the session ends. */
export function endRatingWindow(state: EngineState, session: SessionRecord): void {
  endSession(state, session, 'END');
}

function endSession(state: EngineState, session: SessionRecord, event: 'RATE' | 'END'): void {
  session.status = SESSION_LIFECYCLE.step(session.status, event);
  state.emit({ type: 'session.ended', seq: 0, at: state.nowMs, sessionId: session.id, contactId: session.contact.id, rated: session.rated });
  if (state.actors.watching) state.actors.send(session.id, { type: event });
  state.sessions.delete(session.id);
  state.rememberEndedSession(session);
}
