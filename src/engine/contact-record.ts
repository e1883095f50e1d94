/**
 * Creating a contact record. Every field is initialised here, in one order, so all contacts share one
 * hidden class (STYLE.md: fixed shapes on hot paths).
 */
import { CHANNELS, type Channel, channelIndex } from '../domain/channel.js';
import type { EngineState } from './engine-state.js';
import type { ContactDetails, ContactRecord, QueueRecord } from './records.js';

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
    bucket: null,
    details: hasDetails(input) ? newDetails(input) : null,
    basePriority: input.priority,
    queue: input.queue,
    status: 'new',
    offer: null,
    agent: null,
    session: null,
    triggered: false,
    leg: 0,
    step: 0,
  };
}

/** What a contact was given at creation, and nothing yet of what it says later. */
export type GivenDetails = Pick<ContactDetails, 'targetAgentId' | 'skills' | 'customerId' | 'email' | 'attributes'>;

const NO_DETAILS: GivenDetails = { targetAgentId: null, skills: null, customerId: null, email: null, attributes: null };

function hasDetails(given: GivenDetails): boolean {
  return given.targetAgentId !== null || given.skills !== null || given.customerId !== null || given.email !== null || given.attributes !== null;
}

function newDetails(given: GivenDetails): ContactDetails {
  return {
    targetAgentId: given.targetAgentId,
    declined: null,
    skills: given.skills,
    customerId: given.customerId,
    email: given.email,
    attributes: given.attributes,
    messages: null,
    undelivered: null,
    context: null,
    createdAt: null,
    legStartMs: null,
  };
}

/** The contact's details, made on first use: for writing to them. */
export function detailsOf(contact: ContactRecord): ContactDetails {
  return (contact.details ??= newDetails(NO_DETAILS));
}

/** The contact's details for reading: a shared empty set when it has none (never write to it). */
export function readDetails(contact: ContactRecord): Readonly<ContactDetails> {
  return contact.details ?? EMPTY_DETAILS;
}

const EMPTY_DETAILS: Readonly<ContactDetails> = Object.freeze(newDetails(NO_DETAILS));

/** Routes the contact only to this agent, or (null) to the whole queue again. */
export function setTarget(contact: ContactRecord, agentId: string | null): void {
  if (agentId !== null || contact.details !== null) detailsOf(contact).targetAgentId = agentId;
}

/** Whether the contact follows its queue's requirement (and relaxation), having no skills of its own. */
export function usesQueueSkills(contact: ContactRecord): boolean {
  const details = contact.details;
  return details === null || details.skills === null;
}

/**
 * When the contact was created. A waiting contact's times are kept once unless they differ: on a real
 * clock each is a boxed double of 16 bytes more (timestamps in milliseconds are past the small-integer
 * range).
 */
export function createdAtOf(contact: ContactRecord): number {
  const details = contact.details;
  return details === null || details.createdAt === null ? contact.enqueuedAt : details.createdAt;
}

/** Sets when the contact is (first) enqueued, keeping its creation time apart (callbacks). */
export function setEnqueuedAt(contact: ContactRecord, atMs: number): void {
  if (atMs !== contact.enqueuedAt) detailsOf(contact).createdAt ??= contact.enqueuedAt;
  contact.enqueuedAt = atMs;
}

/** When the contact entered its current queue: its queue timers count from here. */
export function legStartOf(contact: ContactRecord): number {
  const details = contact.details;
  return details === null || details.legStartMs === null ? contact.enqueuedAt : details.legStartMs;
}

/** Sets when the contact entered its current queue. */
export function setLegStart(contact: ContactRecord, atMs: number): void {
  const same = atMs === contact.enqueuedAt;
  if (contact.details !== null) contact.details.legStartMs = same ? null : atMs;
  else if (!same) detailsOf(contact).legStartMs = atMs;
}

/** The contact's channel. */
export function channelOf(contact: ContactRecord): Channel {
  return CHANNELS[contact.channelIndex] as Channel;
}

/** Emits `contact.created` for a new record and adds it to the live map. */
export function announceContact(state: EngineState, contact: ContactRecord): void {
  state.contacts.set(contact.id, contact);
  const details = readDetails(contact);
  state.emit({
    type: 'contact.created',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    queueId: contact.queue.id,
    channel: channelOf(contact),
    priority: contact.basePriority,
    skills: details.skills,
    customerId: details.customerId,
    targetAgentId: details.targetAgentId,
    attributes: details.attributes,
  });
}
