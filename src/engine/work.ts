/**
 * The end of work: completing a contact starts the agent's wrap-up; capacity returns when it ends
 * (at once with wrap-up 0). A customer leaving before an agent took the contact abandons it.
 */
import { dequeueContact } from '../routing/contact-queue.js';
import { releaseCapacity } from './capacity.js';
import type { EngineState } from './engine-state.js';
import { stepContact } from './lifecycles.js';
import { withdrawOffer } from './offers.js';
import { closeIfOpen } from './sessions.js';
import type { AgentRecord, ContactRecord } from './records.js';

/**
 * Ends the conversation of an active contact and starts the holder's wrap-up: `wrapUpMs` when given
 * (the agent's own choice), else the holder's membership's in the contact's queue as configured now,
 * else the queue's. A warm transfer still pending is withdrawn: the conversation is over.
 */
export function completeContact(state: EngineState, contact: ContactRecord, wrapUpMs: number | null = null): void {
  const agent = contact.agent as AgentRecord;
  if (contact.offer !== null) withdrawOffer(state, contact.offer, 'contact_ended');
  wrapUpMs ??= membershipWrapUpMs(agent, contact) ?? contact.queue.config.wrapUpMs;
  stepContact(state, contact, 'COMPLETE');
  state.emit({ type: 'contact.completed', seq: 0, at: state.nowMs, contactId: contact.id, agentId: agent.id, wrapUpMs });
  if (wrapUpMs === 0) endWrapUp(state, contact);
  else state.deadlines.add(state.nowMs + wrapUpMs, 'wrapup.end', contact, 0);
}

/** The wrap-up override of the holder's membership in the contact's queue, if any (a loop: hot path). */
function membershipWrapUpMs(agent: AgentRecord, contact: ContactRecord): number | null {
  const memberships = agent.memberships;
  for (let i = 0; i < memberships.length; i++) if (memberships[i]!.queue === contact.queue) return memberships[i]!.wrapUpMs;
  return null;
}

/** Ends the wrap-up of a contact: it is completed and its capacity returns to the agent. */
export function endWrapUp(state: EngineState, contact: ContactRecord): void {
  const agent = contact.agent as AgentRecord;
  stepContact(state, contact, 'WRAPUP_END');
  agent.idleSinceMs = state.nowMs;
  state.emit({ type: 'agent.wrapup.ended', seq: 0, at: state.nowMs, agentId: agent.id, contactId: contact.id });
  releaseCapacity(state, agent, contact);
}

/** The customer left before an agent took the contact (waiting or being offered). */
export function abandonContact(state: EngineState, contact: ContactRecord): void {
  if (contact.offer !== null) withdrawOffer(state, contact.offer, 'contact_ended');
  else dequeueContact(contact);
  stepContact(state, contact, 'ABANDON');
  closeIfOpen(state, contact);
  state.emit({
    type: 'contact.abandoned',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    queueId: contact.queue.id,
    waitMs: state.nowMs - contact.enqueuedAt,
  });
}
