/**
 * Handlers for `contact.create`, `contact.abandon` and `contact.complete`.
 */
import { checkAttributes } from '../../domain/attributes.js';
import { CHANNELS, type Channel, channelIndex, isChannel } from '../../domain/channel.js';
import type { CommandError } from '../../domain/command-error.js';
import { describeValue } from '../../domain/errors.js';
import { enqueueContact } from '../../routing/contact-queue.js';
import type { EngineState } from '../engine-state.js';
import { stepContact } from '../lifecycles.js';
import type { ContactRecord } from '../records.js';
import { abandonContact, completeContact } from '../work.js';
import { checkId, checkInteger, checkKnownFields, fail, fieldsOf, firstError, type RawCommand } from './checks.js';
import type { CommandHandler } from './handler.js';
import { checkSkillRequirement, contactNotFound } from './lookups.js';

const CREATE_FIELDS = fieldsOf('contactId', 'queueId', 'channel', 'priority', 'skills', 'customerId', 'targetAgentId', 'attributes');

/** `contact.create`: a new contact arrives in a queue. */
export const contactCreate: CommandHandler = {
  validate(state, c) {
    const basic = firstError(
      () => checkKnownFields(c, CREATE_FIELDS),
      () => checkId(c, 'contactId', true),
      () => checkId(c, 'queueId'),
      () => checkInteger(c, 'priority', -1_000_000, 1_000_000, true),
      () => checkId(c, 'customerId', true),
      () => checkId(c, 'targetAgentId', true),
    );
    if (basic !== null) return basic;
    if (!isChannel(c.channel)) {
      return fail('contact.create', 'invalid_command', `channel must be one of ${CHANNELS.join(', ')} (got ${describeValue(c.channel)})`);
    }
    const contactId = c.contactId as string | undefined;
    if (contactId !== undefined && (state.contacts.has(contactId) || state.endedContacts.has(contactId))) {
      return fail('contact.create', 'duplicate_id', `contactId "${contactId}" is already used`);
    }
    return checkPlacement(state, c) ?? checkExtras(state, c);
  },
  apply(state, c) {
    const contact = createRecord(state, c);
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
    stepContact(state, contact, 'QUEUE');
    enqueueContact(contact.queue, contact);
    state.emit({
      type: 'contact.queued',
      seq: 0,
      at: state.nowMs,
      contactId: contact.id,
      queueId: contact.queue.id,
      priority: contact.priority,
      enqueuedAt: contact.enqueuedAt,
      cause: 'arrival',
    });
    state.raiseContact(contact);
    return { contactId: contact.id };
  },
};

function checkPlacement(state: EngineState, c: RawCommand): CommandError | null {
  const queue = state.queues.get(c.queueId as string);
  if (queue === undefined) return fail('contact.create', 'unknown_queue', `queueId "${c.queueId}" is not a queue`);
  if (!queue.serves[channelIndex(c.channel as Channel)]) {
    return fail('contact.create', 'queue_not_serving_channel', `queue "${queue.id}" does not serve channel "${c.channel}"`);
  }
  const target = c.targetAgentId as string | undefined;
  if (target === undefined) return null;
  const agent = state.agents.get(target);
  if (agent === undefined) return fail('contact.create', 'unknown_agent', `targetAgentId "${target}" is not an agent`);
  if (!agent.memberships.some((m) => m.queue === queue)) {
    return fail('contact.create', 'unknown_agent', `targetAgentId "${target}" is not a member of queue "${queue.id}"`);
  }
  return null;
}

function checkExtras(state: EngineState, c: RawCommand): CommandError | null {
  if (c.skills !== undefined) {
    const problem = checkSkillRequirement(state, c.skills);
    if (problem !== null) return fail('contact.create', problem.code, `skills ${problem.message}`);
  }
  if (c.attributes !== undefined) {
    const problem = checkAttributes(c.attributes);
    if (problem !== null) return fail('contact.create', 'invalid_command', problem.startsWith('attributes') ? problem : `attributes ${problem}`);
  }
  return null;
}

function createRecord(state: EngineState, c: RawCommand): ContactRecord {
  const queue = state.queues.get(c.queueId as string)!;
  const channel = c.channel as Channel;
  const skills = c.skills === undefined ? null : { ...(c.skills as Record<string, number>) };
  const priority = (c.priority as number | undefined) ?? 0;
  const seq = ++state.contactCounter;
  return {
    heapIndex: -1,
    id: (c.contactId as string | undefined) ?? `c-${seq}`,
    seq,
    channelIndex: channelIndex(channel),
    priority,
    enqueuedAt: state.nowMs,
    requirement: state.skills.requirement(skills ?? queue.config.skills),
    targetAgentId: (c.targetAgentId as string | undefined) ?? null,
    declined: null,
    bucket: null,
    kind: 'contact',
    channel,
    basePriority: priority,
    createdAt: state.nowMs,
    queue,
    status: 'new',
    offer: null,
    agent: null,
    membership: null,
    skills,
    customerId: (c.customerId as string | undefined) ?? null,
    attributes: c.attributes === undefined ? null : (JSON.parse(JSON.stringify(c.attributes)) as Record<string, unknown>),
    triggered: false,
  };
}

/** `contact.abandon`: the customer left before an agent took the contact. */
export const contactAbandon: CommandHandler = {
  validate(state, c) {
    const error = firstError(() => checkKnownFields(c, fieldsOf('contactId')), () => checkId(c, 'contactId'));
    if (error !== null) return error;
    const contact = state.contacts.get(c.contactId as string);
    if (contact === undefined) return contactNotFound(state, 'contact.abandon', c.contactId as string);
    if (contact.status !== 'queued' && contact.status !== 'offered') {
      return fail('contact.abandon', 'contact_not_waiting', `contact "${contact.id}" is ${contact.status}, not waiting`);
    }
    return null;
  },
  apply(state, c) {
    abandonContact(state, state.contacts.get(c.contactId as string)!);
    return { contactId: c.contactId as string };
  },
};

/** `contact.complete`: the agent ended the conversation; wrap-up starts. */
export const contactComplete: CommandHandler = {
  validate(state, c) {
    const error = firstError(
      () => checkKnownFields(c, fieldsOf('contactId', 'agentId')),
      () => checkId(c, 'contactId'),
      () => checkId(c, 'agentId', true),
    );
    if (error !== null) return error;
    const contact = state.contacts.get(c.contactId as string);
    if (contact === undefined) return contactNotFound(state, 'contact.complete', c.contactId as string);
    if (contact.status !== 'active') {
      return fail('contact.complete', 'contact_not_active', `contact "${contact.id}" is ${contact.status}, not active`);
    }
    if (c.agentId !== undefined && contact.agent?.id !== c.agentId) {
      return fail('contact.complete', 'not_offer_owner', `agent "${c.agentId}" does not hold contact "${contact.id}"`);
    }
    return null;
  },
  apply(state, c) {
    completeContact(state, state.contacts.get(c.contactId as string)!);
    return { contactId: c.contactId as string };
  },
};
