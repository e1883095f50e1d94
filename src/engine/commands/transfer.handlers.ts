/**
 * Handlers for `contact.transfer`, `contact.requeue` and `contact.escalate`: an agent holding an
 * active contact hands it on.
 */
import type { CommandError } from '../../domain/command-error.js';
import { describeValue } from '../../domain/errors.js';
import { hasEligibleAgent, pickAgent } from '../../routing/pick-agent.js';
import type { Membership } from '../../routing/routed-agent.js';
import { canTake, whyCannotTake } from '../../routing/routed-agent.js';
import type { EngineState } from '../engine-state.js';
import type { ContactRecord, QueueRecord } from '../records.js';
import { coldTransfer, requeue, warmTransfer } from '../transfers.js';
import { checkId, checkKnownFields, fail, fieldsOf, type RawCommand } from './checks.js';
import { contactIn, isError } from './contact.handlers.js';
import type { CommandHandler } from './handler.js';
import { channelOf, readDetails } from '../contact-record.js';

const FIELDS_CONTACTID_AGENTID = fieldsOf('contactId', 'agentId');
const FIELDS_CONTACTID_AGENTID_QUEUEID = fieldsOf('contactId', 'agentId', 'queueId');
const FIELDS_CONTACTID_AGENTID_TOAGENTID_TOQUEUEID_MODE = fieldsOf('contactId', 'agentId', 'toAgentId', 'toQueueId', 'mode');

/** The active contact held by `agentId`, with no warm transfer pending. */
function heldContact(state: EngineState, c: RawCommand): ContactRecord | CommandError {
  const type = c.type as string;
  const error = checkId(c, 'agentId', c.agentId);
  if (error !== null) return error;
  const contact = contactIn(state, c, ['active'], 'contact_not_active');
  if (isError(contact)) return contact;
  if (contact.agent?.id !== c.agentId) return fail(type, 'not_offer_owner', `agent "${c.agentId}" does not hold contact "${contact.id}"`);
  if (contact.offer !== null) return fail(type, 'transfer_pending', `contact "${contact.id}" already has a warm transfer pending`);
  return contact;
}

function targetQueue(state: EngineState, c: RawCommand, contact: ContactRecord, field: string): QueueRecord | CommandError {
  const queueId = (c[field] as string | undefined) ?? contact.queue.id;
  const queue = state.queues.get(queueId);
  if (queue === undefined) return fail(c.type as string, 'unknown_queue', `${field} "${queueId}" is not a queue`);
  if (!queue.serves[contact.channelIndex]) {
    return fail(c.type as string, 'queue_not_serving_channel', `queue "${queue.id}" does not serve channel "${channelOf(contact)}"`);
  }
  return queue;
}

/** For a warm transfer: the target agent's membership, or (to a queue) whether anyone could take it. */
function warmTarget(state: EngineState, c: RawCommand, contact: ContactRecord, queue: QueueRecord): Membership | CommandError | null {
  if (!queue.open) return fail('contact.transfer', 'queue_closed', `queue "${queue.id}" is closed; a cold transfer follows its after-hours policy`);
  if (c.toAgentId === undefined) {
    return hasEligibleAgent(queue, probe(contact, queue), state.routing) ? null : fail('contact.transfer', 'no_agent_available', `nobody in queue "${queue.id}" can take contact "${contact.id}" now; try a cold transfer`);
  }
  const agent = state.agents.get(c.toAgentId as string);
  if (agent === undefined) return fail('contact.transfer', 'unknown_agent', `toAgentId "${c.toAgentId}" is not an agent`);
  const membership = agent.memberships.find((m) => m.queue === queue);
  if (membership === undefined) return fail('contact.transfer', 'unknown_agent', `agent "${agent.id}" is not a member of queue "${queue.id}"`);
  if (!canTake(agent, contact.channelIndex, state.phoneBlocks)) {
    return fail('contact.transfer', 'agent_unavailable', `agent "${agent.id}" ${whyCannotTake(agent, contact.channelIndex, state.phoneBlocks)}`);
  }
  return membership;
}

/** A routing view of the contact as it would wait in `queue`, excluding its current agent. */
function probe(contact: ContactRecord, queue: QueueRecord) {
  const details = readDetails(contact);
  const requirement = details.skills === null ? queue.requirements[0]! : contact.requirement;
  const declined = [...(details.declined ?? []), { agentId: contact.agent!.id, untilMs: Infinity }];
  return { ...contact, requirement, details: { ...details, declined, targetAgentId: null } };
}

/** `contact.transfer`: to an agent or a queue, cold or warm. */
export const contactTransfer: CommandHandler = {
  validate(state, c) {
    const error =
      checkKnownFields(c, FIELDS_CONTACTID_AGENTID_TOAGENTID_TOQUEUEID_MODE) ??
      checkId(c, 'toAgentId', c.toAgentId, true) ??
      checkId(c, 'toQueueId', c.toQueueId, true);
    if (error !== null) return error;
    if (c.mode !== 'cold' && c.mode !== 'warm') return fail('contact.transfer', 'invalid_command', `mode must be "cold" or "warm" (got ${describeValue(c.mode)})`);
    if (c.toAgentId === undefined && c.toQueueId === undefined) return fail('contact.transfer', 'invalid_command', 'give toAgentId, toQueueId or both');
    if (c.toAgentId === c.agentId) return fail('contact.transfer', 'invalid_command', 'toAgentId must be another agent');
    const contact = heldContact(state, c);
    if (isError(contact)) return contact;
    const queue = targetQueue(state, c, contact, 'toQueueId');
    if ('code' in queue) return queue;
    if (c.mode === 'warm') {
      const target = warmTarget(state, c, contact, queue);
      return target !== null && 'code' in target ? target : null;
    }
    if (c.toAgentId !== undefined && !state.agents.get(c.toAgentId as string)?.memberships.some((m) => m.queue === queue)) {
      return fail('contact.transfer', 'unknown_agent', `toAgentId "${c.toAgentId}" is not a member of queue "${queue.id}"`);
    }
    return null;
  },
  apply(state, c) {
    const contact = state.contacts.get(c.contactId as string)!;
    const queue = targetQueue(state, c, contact, 'toQueueId') as QueueRecord;
    if (c.mode === 'cold') {
      coldTransfer(state, contact, queue, (c.toAgentId as string | undefined) ?? null, 'transfer');
      return { ok: true, contactId: contact.id };
    }
    const target = warmTarget(state, c, contact, queue) ?? pickAgent(queue, probe(contact, queue), state.routing)!.membership;
    warmTransfer(state, contact, target as Membership);
    return { ok: true, contactId: contact.id, offerId: contact.offer!.id };
  },
};

/** `contact.requeue`: back into its queue (or another), keeping its first enqueue time. */
export const contactRequeue: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_CONTACTID_AGENTID_QUEUEID) ?? checkId(c, 'queueId', c.queueId, true);
    if (error !== null) return error;
    const contact = heldContact(state, c);
    if (isError(contact)) return contact;
    const queue = targetQueue(state, c, contact, 'queueId');
    return 'code' in queue ? queue : null;
  },
  apply(state, c) {
    const contact = state.contacts.get(c.contactId as string)!;
    requeue(state, contact, targetQueue(state, c, contact, 'queueId') as QueueRecord);
    return { ok: true, contactId: contact.id };
  },
};

/** `contact.escalate`: a cold transfer to the queue's escalation queue; the transcript goes along. */
export const contactEscalate: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_CONTACTID_AGENTID);
    if (error !== null) return error;
    const contact = heldContact(state, c);
    if (isError(contact)) return contact;
    const escalationId = contact.queue.config.escalationQueueId;
    if (escalationId === undefined) return fail('contact.escalate', 'no_escalation_queue', `queue "${contact.queue.id}" has no escalationQueueId`);
    const queue = state.queues.get(escalationId);
    if (queue === undefined) return fail('contact.escalate', 'unknown_queue', `escalation queue "${escalationId}" is not a queue`);
    return queue.serves[contact.channelIndex] ? null : fail('contact.escalate', 'queue_not_serving_channel', `queue "${queue.id}" does not serve channel "${channelOf(contact)}"`);
  },
  apply(state, c) {
    const contact = state.contacts.get(c.contactId as string)!;
    coldTransfer(state, contact, state.queues.get(contact.queue.config.escalationQueueId!)!, null, 'escalation');
    return { ok: true, contactId: contact.id };
  },
};
