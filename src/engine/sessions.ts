/**
 * Chat sessions: started at the first accept (with the customer's queued messages and the welcome
 * message), joined by later owners after a transfer or requeue, and by invited colleagues whose
 * capacity is counted too.
 */
import type { EngineState } from './engine-state.js';
import { holdCapacity, releaseCapacity } from './capacity.js';
import { addMessage } from './messages.js';
import { fillPlaceholders } from './placeholders.js';
import { SESSION_LIFECYCLE } from './lifecycles.js';
import type { AgentRecord, ContactRecord, SessionRecord } from './records.js';
import { detailsOf, readDetails } from './contact-record.js';
import { channelIndex } from '../domain/channel.js';

/** Shared by every session that had no waiting messages (events are never mutated). */
const NONE_DELIVERED: readonly string[] = Object.freeze([]);
/** Shared by every session nobody was invited to (`invited` is replaced, never changed in place). */
export const NOBODY_INVITED: readonly AgentRecord[] = Object.freeze([]);
const CHAT = channelIndex('chat');

/** After an accept: starts the chat's session, or lets the new owner join it. No-op for other channels. */
export function openSessionFor(state: EngineState, contact: ContactRecord, agent: AgentRecord): void {
  if (contact.channelIndex !== CHAT) return;
  const details = contact.details;
  const delivered = details?.undelivered ?? NONE_DELIVERED;
  if (details !== null) details.undelivered = null;
  const session = contact.session;
  if (session !== null) {
    session.lastOwnerId = agent.id;
    state.emit({
      type: 'session.joined',
      seq: 0,
      at: state.nowMs,
      sessionId: session.id,
      contactId: contact.id,
      agentId: agent.id,
      role: 'owner',
      deliveredMessageIds: delivered,
    });
    return;
  }
  const created: SessionRecord = {
    id: `s-${++state.sessionCounter}`,
    contact,
    status: 'open',
    invited: NOBODY_INVITED,
    lastOwnerId: agent.id,
    rated: false,
    ratingUntilMs: 0,
    previewAtMs: null,
    previewPending: null,
  };
  contact.session = created;
  state.sessions.set(created.id, created);
  state.emit({
    type: 'session.started',
    seq: 0,
    at: state.nowMs,
    sessionId: created.id,
    contactId: contact.id,
    agentId: agent.id,
    queueId: contact.queue.id,
    deliveredMessageIds: delivered,
  });
  const welcome = contact.queue.config.welcomeMessage;
  if (welcome !== '') {
    const text = fillPlaceholders(welcome, placeholderValues(state, contact, agent));
    addMessage(state, contact, created.id, { from: 'system', agentId: null, kind: 'welcome', text, url: null, internal: false });
  }
}

/** The built-in placeholders of canned answers and welcome messages. */
export function placeholderValues(state: EngineState, contact: ContactRecord, agent: AgentRecord): Record<string, string | null> {
  const customerId = readDetails(contact).customerId;
  const customer = customerId === null ? undefined : state.customers.get(customerId);
  return {
    customerName: customer?.name ?? null,
    agentName: agent.config.name ?? agent.id,
    queueName: contact.queue.config.name ?? contact.queue.id,
  };
}

/** Marks a session closed: invited colleagues leave and the rating window starts. */
export function markClosed(state: EngineState, session: SessionRecord, by: 'agent' | 'customer' | 'system', agentId: string | null): void {
  const contact = session.contact;
  session.status = SESSION_LIFECYCLE.step(session.status, 'CLOSE');
  session.ratingUntilMs = state.nowMs + contact.queue.config.ratingWindowMs;
  const owner = ownerOf(contact);
  if (owner !== null) session.lastOwnerId = owner.id;
  state.emit({ type: 'session.closed', seq: 0, at: state.nowMs, sessionId: session.id, contactId: contact.id, by, agentId });
  if (state.actors.watching) state.actors.send(session.id, { type: 'CLOSE' });
  releaseInvited(state, session);
  state.deadlines.add(session.ratingUntilMs, 'rating.end', session, 0);
}

/** Closes a contact's session if it is still open (the contact ended another way). */
export function closeIfOpen(state: EngineState, contact: ContactRecord): void {
  const session = contact.session;
  if (session?.status === 'open') markClosed(state, session, 'system', null);
}

/** The agent who owns the chat now: its holder while active (an agent merely offered it is not). */
export function ownerOf(contact: ContactRecord): AgentRecord | null {
  return contact.status === 'active' ? contact.agent : null;
}

/** Whether an agent is in the session (owner or invited). */
export function isParticipant(session: SessionRecord, agentId: string): boolean {
  return ownerOf(session.contact)?.id === agentId || session.invited.some((a) => a.id === agentId);
}

/** Brings an invited colleague into the session; their chat capacity is held until they leave. */
export function inviteAgent(state: EngineState, session: SessionRecord, invitee: AgentRecord): void {
  session.invited = [...session.invited, invitee];
  holdCapacity(state, invitee, session.contact);
  state.emit({
    type: 'session.joined',
    seq: 0,
    at: state.nowMs,
    sessionId: session.id,
    contactId: session.contact.id,
    agentId: invitee.id,
    role: 'invited',
    deliveredMessageIds: [],
  });
}

/** An agent leaves the session: an invited colleague, or the owner handing over (transfer). */
export function leaveSession(state: EngineState, session: SessionRecord, agent: AgentRecord): void {
  if (session.invited.includes(agent)) {
    session.invited = session.invited.length === 1 ? NOBODY_INVITED : session.invited.filter((a) => a !== agent);
    releaseCapacity(state, agent, session.contact);
  }
  state.emit({ type: 'session.left', seq: 0, at: state.nowMs, sessionId: session.id, contactId: session.contact.id, agentId: agent.id });
}

/** Every invited colleague leaves (at close or when the owner hands over). */
export function releaseInvited(state: EngineState, session: SessionRecord): void {
  if (session.invited.length === 0) return;
  for (const agent of session.invited) leaveSession(state, session, agent);
}
