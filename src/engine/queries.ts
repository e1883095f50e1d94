/**
 * Read-only questions an embedder asks the engine: views of records, actors by id, transcripts and
 * customer histories (the last two derived from the event log).
 */
import type { AnyActorRef } from 'xstate';
import type { ActorSeed } from '../actors/actor-registry.js';
import { agentMachine } from '../actors/agent.machine.js';
import { contactMachine } from '../actors/contact.machine.js';
import { queueMachine } from '../actors/queue.machine.js';
import { customerMachine } from '../actors/customer.machine.js';
import { sessionMachine } from '../actors/session.machine.js';
import { contactsAhead } from '../routing/contact-queue.js';
import type { EngineState } from './engine-state.js';
import { type HistoryEntry, historyOf, type TranscriptEntry, transcriptOf } from './transcripts.js';
import {
  type AgentView,
  agentView,
  type ContactView,
  contactView,
  type OfferView,
  offerView,
  type QueueView,
  queueView,
  type SessionView,
  sessionView,
} from './views.js';

/** Builds the query methods of an engine over its state. */
export function queriesOf(state: EngineState) {
  return {
    /** A live contact, or undefined once it has ended. */
    contact(contactId: string): ContactView | undefined {
      const contact = state.contacts.get(contactId);
      return contact === undefined || contact.status === 'new' ? undefined : contactView(contact);
    },
    /** An agent, or undefined. */
    agent(agentId: string): AgentView | undefined {
      const agent = state.agents.get(agentId);
      return agent === undefined ? undefined : agentView(agent);
    },
    /** A queue, or undefined. */
    queue(queueId: string): QueueView | undefined {
      const queue = state.queues.get(queueId);
      return queue === undefined ? undefined : queueView(queue);
    },
    /** A pending offer, or undefined once it has been answered, has expired or was withdrawn. */
    offer(offerId: string): OfferView | undefined {
      const offer = state.offers.get(offerId);
      return offer === undefined ? undefined : offerView(offer);
    },
    /**
     * Where a waiting contact stands: 1 is next in its queue's work order. `estimatedWaitMs` is the
     * position times the recent average time between answers in that queue (null before two answers).
     * Undefined when the contact is not waiting.
     */
    queuePosition(contactId: string): { position: number; estimatedWaitMs: number | null } | undefined {
      const contact = state.contacts.get(contactId);
      if (contact === undefined || contact.status !== 'queued' || contact.bucket === null) return undefined;
      const position = contactsAhead(contact) + 1;
      const gap = contact.queue.answerGapMs;
      return { position, estimatedWaitMs: gap === null ? null : Math.round(position * gap) };
    },
    /** Every message of a contact's conversation, from the log (also before it has a session). */
    contactTranscript(contactId: string): TranscriptEntry[] {
      return transcriptOf(state.log.index().eventsOf(contactId), contactId);
    },
    /** A chat session (open, or closed and still rateable), or undefined. */
    session(sessionId: string): SessionView | undefined {
      const session = state.sessions.get(sessionId);
      return session === undefined ? undefined : sessionView(session);
    },
    /** Every message of a session's chat (queued messages, internal consults marked), from the log. */
    transcript(sessionId: string): TranscriptEntry[] {
      const index = state.log.index();
      const contactId = state.sessions.get(sessionId)?.contact.id ?? index.contactOfSession(sessionId);
      return contactId === undefined ? [] : transcriptOf(index.eventsOf(contactId), contactId);
    },
    /** A customer's contacts and how each ended, from the log. */
    customerHistory(customerId: string): HistoryEntry[] {
      return historyOf(state.log.index().eventsOfCustomer(customerId), customerId);
    },
    /**
     * The xstate actor of an agent, a queue, a live contact, a session or a customer, by id: created on
     * first request in the record's current state, it follows the record from then on (D-028).
     */
    actorOf(id: string): AnyActorRef | undefined {
      return state.actors.actorOf(id, seedOf(state, id));
    },
  };
}

function seedOf(state: EngineState, id: string): ActorSeed | undefined {
  const agent = state.agents.get(id);
  if (agent !== undefined) return { kind: 'agent', machine: agentMachine, value: agent.presence, context: { agentId: id, phoneBusy: agent.phoneBusy } };
  const queue = state.queues.get(id);
  if (queue !== undefined) return { kind: 'queue', machine: queueMachine, value: queue.open ? 'open' : 'closed', context: { queueId: id } };
  const contact = state.contacts.get(id);
  if (contact !== undefined && contact.status !== 'new') return { kind: 'record', machine: contactMachine, value: contact.status, context: { contactId: id } };
  const session = state.sessions.get(id);
  if (session !== undefined) return { kind: 'record', machine: sessionMachine, value: session.status, context: { sessionId: id } };
  if (state.customers.get(id) === undefined) return undefined;
  const contactCount = state.customers.history(id).length;
  return { kind: 'record', machine: customerMachine, value: 'known', context: { customerId: id, contactCount, lastContactId: null } };
}
