/**
 * Rebuilding engine state from a snapshot: records first, then the links between them, then the
 * indexes (buckets and ready sets), which are rebuilt rather than saved. Every routing choice is a
 * total order (ties broken by id or creation order), so rebuilt indexes choose exactly as before.
 */
import { type Channel, channelIndex } from '../domain/channel.js';
import type { ContactStatus } from '../domain/contact-status.js';
import { refreshAgent } from '../routing/agent-readiness.js';
import { enqueueContact } from '../routing/contact-queue.js';
import { buildAgent, buildMemberships } from './agent-setup.js';
import { channelOf, detailsOf, newContactRecord, setEnqueuedAt, setLegStart } from './contact-record.js';
import { InMemoryCustomerDirectory } from './customers.js';
import type { EngineState } from './engine-state.js';
import { isLoggedIn } from './logged-in.js';
import { buildQueue } from './queue-setup.js';
import { NOBODY_INVITED } from './sessions.js';
import type { AgentRecord, ContactDetails, ContactRecord, OfferRecord, QueueRecord, SessionRecord } from './records.js';
import type { ContactSnapshot, EngineSnapshot } from './snapshot-types.js';

/** Fills a fresh state (built from `snapshot.config`) with the snapshot's records and timers. */
export function restoreInto(state: EngineState, snapshot: EngineSnapshot): void {
  restoreCounters(state, snapshot);
  for (const saved of snapshot.queues) {
    const config = snapshot.config.queues.find((q) => q.id === saved.id)!;
    const queue = buildQueue(state, config, saved.open);
    queue.calendarVersion = saved.calendarVersion;
    queue.roundRobinCounter = saved.roundRobinCounter;
    queue.lastAnswerAtMs = saved.lastAnswerAtMs;
    queue.answerGapMs = saved.answerGapMs;
  }
  for (const saved of snapshot.agents) {
    const config = snapshot.config.agents.find((a) => a.id === saved.id)!;
    const agent = buildAgent(state, config, saved.presence, saved.phoneBusy);
    agent.idleSinceMs = saved.idleSinceMs;
    agent.missedInRow = saved.missedInRow;
    buildMemberships(state, agent, config.memberships, (queueId) => saved.roundRobin[queueId] ?? 0);
    if (isLoggedIn(agent.presence)) for (const m of agent.memberships) (m.queue as QueueRecord).loggedInCount++;
  }
  for (const saved of snapshot.contacts) state.contacts.set(saved.id, restoreContact(state, saved));
  restoreOffers(state, snapshot);
  restoreSessions(state, snapshot);
  countUsedCapacity(state);
  for (const contact of [...state.contacts.values()].sort((a, b) => a.seq - b.seq)) {
    if (contact.status === 'queued') enqueueContact(contact.queue, contact);
  }
  for (const agent of state.agents.values()) refreshAgent(agent, state.phoneBlocks);
  state.deadlines.restore(snapshot.deadlines, snapshot.deadlineSeq);
  if (snapshot.customers !== null && state.customers instanceof InMemoryCustomerDirectory) state.customers.load(snapshot.customers);
}

function restoreCounters(state: EngineState, snapshot: EngineSnapshot): void {
  const c = snapshot.counters;
  state.contactCounter = c.contact;
  state.offerCounter = c.offer;
  state.messageCounter = c.message;
  state.ticketCounter = c.ticket;
  state.customerCounter = c.customer;
  state.sessionCounter = c.session;
  state.lastClockMs = snapshot.lastClockMs;
  state.clockBehind = snapshot.clockBehind;
  for (const [id, status] of snapshot.endedContacts) state.endedContacts.set(id, status);
  state.endedGenerated.set(Buffer.from(snapshot.endedGenerated, 'base64').subarray(0, state.endedGenerated.length));
  state.endedSessions.set(Buffer.from(snapshot.endedSessions, 'base64').subarray(0, state.endedSessions.length));
}

function restoreContact(state: EngineState, saved: ContactSnapshot): ContactRecord {
  const queue = state.queues.get(saved.queueId)!;
  const contact = newContactRecord(state, {
    id: saved.id,
    queue,
    channel: saved.channel as Channel,
    priority: saved.basePriority,
    skills: saved.skills,
    customerId: saved.customerId,
    email: saved.email,
    targetAgentId: saved.targetAgentId,
    attributes: saved.attributes as Record<string, unknown> | null,
  });
  // newContactRecord counts a contact; the saved counter is restored afterwards.
  state.contactCounter--;
  Object.assign(contact, {
    seq: saved.seq,
    priority: saved.priority,
    enqueuedAt: saved.createdAt,
    status: saved.status,
    requirement: state.skills.requirement(saved.requirement),
    agent: saved.agentId === null ? null : state.agents.get(saved.agentId)!,
    leg: saved.leg,
    step: saved.step,
  } satisfies Partial<ContactRecord>);
  // The setters keep a time in the details only where it differs from `enqueuedAt`, as they did live.
  setEnqueuedAt(contact, saved.enqueuedAt);
  setLegStart(contact, saved.legStartMs);
  if (saved.declined !== null || saved.messages !== null || saved.undelivered !== null || saved.context !== null) {
    Object.assign(detailsOf(contact), {
      declined: saved.declined === null ? null : saved.declined.map((d) => ({ ...d })),
      messages: saved.messages === null ? null : saved.messages.map((m) => ({ ...m })),
      undelivered: saved.undelivered === null ? null : [...saved.undelivered],
      context: saved.context,
    } satisfies Partial<ContactDetails>);
  }
  return contact;
}

function restoreOffers(state: EngineState, snapshot: EngineSnapshot): void {
  for (const saved of snapshot.offers) {
    const contact = state.contacts.get(saved.contactId)!;
    const agent = state.agents.get(saved.agentId)!;
    const offer: OfferRecord = {
      id: saved.id,
      pending: true,
      fromAgent: saved.fromAgentId === null ? null : state.agents.get(saved.fromAgentId)!,
      contact,
      agent,
      membership: agent.memberships.find((m) => m.queue.id === saved.queueId)!,
      trigger: saved.trigger,
      createdAt: saved.createdAt,
      expiresAt: saved.expiresAt,
    };
    state.offers.set(offer.id, offer);
    agent.pendingOffers.push(offer);
    contact.offer = offer;
  }
}

function restoreSessions(state: EngineState, snapshot: EngineSnapshot): void {
  for (const saved of snapshot.sessions) {
    const contact = state.contacts.get(saved.contactId) ?? endedContact(state, saved.contactId, saved.queueId);
    const session: SessionRecord = {
      id: saved.id,
      contact,
      status: saved.status,
      invited: saved.invited.length === 0 ? NOBODY_INVITED : saved.invited.map((id) => state.agents.get(id)!),
      lastOwnerId: saved.lastOwnerId,
      rated: saved.rated,
      ratingUntilMs: saved.ratingUntilMs,
      previewAtMs: saved.previewAtMs ?? null,
      previewPending: saved.previewPending,
    };
    contact.session = session;
    state.sessions.set(session.id, session);
  }
}

/** A stand-in for a contact that ended while its session still waits for a rating. */
function endedContact(state: EngineState, contactId: string, queueId: string): ContactRecord {
  const contact = newContactRecord(state, {
    id: contactId,
    queue: state.queues.get(queueId)!,
    channel: 'chat',
    priority: 0,
    skills: null,
    customerId: null,
    email: null,
    targetAgentId: null,
    attributes: null,
  });
  state.contactCounter--;
  const ended = state.endedStatus(contactId);
  contact.status = ended === undefined || ended === 'ended' ? 'completed' : ended;
  return contact;
}

/** Capacity held: pending offers, active and wrap-up contacts, and invited colleagues. */
function countUsedCapacity(state: EngineState): void {
  const hold = (agent: AgentRecord, channel: Channel) => {
    agent.used[channelIndex(channel)]!++;
    agent.usedTotal++;
  };
  for (const offer of state.offers.values()) hold(offer.agent, channelOf(offer.contact));
  for (const contact of state.contacts.values()) {
    if ((contact.status === 'active' || contact.status === 'wrap_up') && contact.agent !== null) hold(contact.agent as AgentRecord, channelOf(contact));
  }
  for (const session of state.sessions.values()) for (const agent of session.invited) hold(agent, channelOf(session.contact));
}
