/**
 * Creating a contact record. Every field is initialised here, in one order, so all contacts share one
 * hidden class (STYLE.md: fixed shapes on hot paths).
 */
import { type Channel, channelIndex } from '../domain/channel.js';
import type { EngineState } from './engine-state.js';
import type { ContactRecord, QueueRecord } from './records.js';

/** What a new contact is made of. */
export interface NewContact {
  readonly id: string | undefined;
  readonly queue: QueueRecord;
  readonly channel: Channel;
  readonly priority: number;
  readonly skills: Readonly<Record<string, number>> | null;
  readonly customerId: string | null;
  readonly email: string | null;
  readonly targetAgentId: string | null;
  readonly attributes: Readonly<Record<string, unknown>> | null;
}

/** Builds a contact record in state `new` (not yet in the live map or any queue). */
export function newContactRecord(state: EngineState, input: NewContact): ContactRecord {
  const seq = ++state.contactCounter;
  return {
    heapIndex: -1,
    id: input.id ?? `c-${seq}`,
    seq,
    channelIndex: channelIndex(input.channel),
    priority: input.priority,
    enqueuedAt: state.nowMs,
    requirement:
      input.skills === null ? (input.queue.requirements[0] as ContactRecord['requirement']) : state.skills.requirement(input.skills),
    targetAgentId: input.targetAgentId,
    declined: null,
    bucket: null,
    kind: 'contact',
    channel: input.channel,
    basePriority: input.priority,
    createdAt: state.nowMs,
    queue: input.queue,
    status: 'new',
    offer: null,
    agent: null,
    skills: input.skills,
    customerId: input.customerId,
    attributes: input.attributes,
    triggered: false,
    leg: 0,
    legStartMs: state.nowMs,
    step: 0,
    lengthCheck: false,
    email: input.email,
    messages: null,
    undelivered: null,
    session: null,
    context: null,
  };
}

/** Emits `contact.created` for a new record and adds it to the live map. */
export function announceContact(state: EngineState, contact: ContactRecord): void {
  state.contacts.set(contact.id, contact);
  state.emit({
    type: 'contact.created',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    queueId: contact.queue.id,
    channel: contact.channel,
    priority: contact.basePriority,
    skills: contact.skills,
    customerId: contact.customerId,
    targetAgentId: contact.targetAgentId,
    attributes: contact.attributes,
  });
}
