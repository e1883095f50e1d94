/**
 * `engine.snapshot()`: copies the engine's whole state into plain JSON (see `snapshot-types.ts`).
 */
import type { CommandResult } from '../domain/commands/command.js';
import type { ContactStatus } from '../domain/contact-status.js';
import { InMemoryCustomerDirectory } from './customers.js';
import type { EngineState } from './engine-state.js';
import type { BoundedMap } from './bounded-map.js';
import type { ContactRecord, OfferRecord, QueueRecord, SessionRecord } from './records.js';
import { isLive } from './timers.js';
import { type ContactSnapshot, type EngineSnapshot, type OfferSnapshot, SNAPSHOT_VERSION, type SessionSnapshot } from './snapshot-types.js';
import { channelOf, createdAtOf, legStartOf, readDetails } from './contact-record.js';

/** Saves the state between steps. `journalLength` counts the journal entries applied so far. */
export function takeSnapshot(state: EngineState, commandMemory: BoundedMap<string, CommandResult>, journalLength: number): EngineSnapshot {
  const queues = [...state.queues.values()];
  const agents = [...state.agents.values()];
  const snapshot: EngineSnapshot = {
    version: SNAPSHOT_VERSION,
    seed: state.seed,
    nowMs: state.nowMs,
    lastClockMs: state.lastClockMs,
    clockBehind: state.clockBehind,
    nextSeq: state.log.nextSeq,
    journalLength,
    config: { ...state.config, queues: queues.map((q) => q.config), agents: agents.map((a) => a.config) },
    counters: {
      contact: state.contactCounter,
      offer: state.offerCounter,
      message: state.messageCounter,
      ticket: state.ticketCounter,
      customer: state.customerCounter,
      session: state.sessionCounter,
    },
    random: state.random.state(),
    queues: queues.map((q: QueueRecord) => ({
      id: q.id,
      open: q.open,
      calendarVersion: q.calendarVersion,
      roundRobinCounter: q.roundRobinCounter,
      lastAnswerAtMs: q.lastAnswerAtMs,
      answerGapMs: q.answerGapMs,
    })),
    agents: agents.map((a) => ({
      id: a.id,
      presence: a.presence,
      phoneBusy: a.phoneBusy,
      idleSinceMs: a.idleSinceMs,
      missedInRow: a.missedInRow,
      roundRobin: Object.fromEntries(a.memberships.map((m) => [m.queue.id, m.roundRobinSeq])),
    })),
    contacts: [...state.contacts.values()].sort((a, b) => a.seq - b.seq).map(contactSnapshot),
    offers: [...state.offers.values()].sort(byCreation).map(offerSnapshot),
    sessions: [...state.sessions.values()].map(sessionSnapshot),
    deadlines: state.deadlines
      .all()
      .filter((d) => isLive(state, d))
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map(({ at, seq, kind, targetId, token }) => ({ at, seq, kind, targetId, token })),
    deadlineSeq: state.deadlines.nextSeq,
    commandMemory: [...commandMemory.entries()],
    endedContacts: [...state.endedContacts.entries()] as [string, ContactStatus][],
    endedGenerated: Buffer.from(state.endedGenerated).toString('base64'),
    endedSessions: Buffer.from(state.endedSessions).toString('base64'),
    customers: state.customers instanceof InMemoryCustomerDirectory ? state.customers.save() : null,
  };
  // A deep copy: the snapshot must not share objects with live state.
  return JSON.parse(JSON.stringify(snapshot)) as EngineSnapshot;
}

function byCreation(a: OfferRecord, b: OfferRecord): number {
  return a.createdAt - b.createdAt || Number(a.id.slice(2)) - Number(b.id.slice(2));
}

function contactSnapshot(c: ContactRecord): ContactSnapshot {
  const details = readDetails(c);
  return {
    id: c.id,
    seq: c.seq,
    channel: channelOf(c),
    basePriority: c.basePriority,
    priority: c.priority,
    createdAt: createdAtOf(c),
    enqueuedAt: c.enqueuedAt,
    queueId: c.queue.id,
    status: c.status as ContactStatus,
    skills: details.skills,
    requirement: Object.fromEntries(c.requirement.levels),
    customerId: details.customerId,
    email: details.email,
    attributes: details.attributes,
    targetAgentId: details.targetAgentId,
    declined: details.declined,
    agentId: c.agent?.id ?? null,
    leg: c.leg,
    legStartMs: legStartOf(c),
    step: c.step,
    messages: details.messages,
    undelivered: details.undelivered,
    context: details.context,
  };
}

function offerSnapshot(o: OfferRecord): OfferSnapshot {
  return {
    id: o.id,
    contactId: o.contact.id,
    agentId: o.agent.id,
    queueId: o.membership.queue.id,
    fromAgentId: o.fromAgent?.id ?? null,
    trigger: o.trigger,
    createdAt: o.createdAt,
    expiresAt: o.expiresAt,
  };
}

function sessionSnapshot(s: SessionRecord): SessionSnapshot {
  return {
    id: s.id,
    contactId: s.contact.id,
    queueId: s.contact.queue.id,
    status: s.status,
    invited: s.invited.map((a) => a.id),
    lastOwnerId: s.lastOwnerId,
    rated: s.rated,
    ratingUntilMs: s.ratingUntilMs,
    previewAtMs: s.previewAtMs,
    previewPending: s.previewPending,
  };
}
