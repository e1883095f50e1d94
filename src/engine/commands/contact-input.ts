/**
 * Checks shared by commands that create contacts (`contact.create`, `callback.request`): the queue and
 * channel, the customer, skills, attributes and texts.
 */
import { checkAttributes, isPlainObject } from '../../domain/attributes.js';
import type { CommandError } from '../../domain/command-error.js';
import { type Channel, channelIndex } from '../../domain/channel.js';
import { isId } from '../../domain/config/primitives.schema.js';
import { describeValue } from '../../domain/errors.js';
import { type CustomerInput, isEmail } from '../customers.js';
import { type EngineState, generatedNumber } from '../engine-state.js';
import { fail, type RawCommand } from './checks.js';
import { checkSkillRequirement } from './lookups.js';

/** Longest message a customer or agent may send, in characters. */
export const MESSAGE_LENGTH_MAX = 10_000;

/** Checks an id the caller chose for a new contact: not of the `c-N` form the engine makes, not used before. */
export function checkChosenContactId(state: EngineState, type: string, contactId: string | undefined): CommandError | null {
  if (contactId === undefined) return null;
  if (generatedNumber(contactId, 'c-') !== 0) {
    return fail(type, 'invalid_command', `contactId "${contactId}" has the c-N form the engine generates; choose another id`);
  }
  if (state.contacts.has(contactId) || state.endedContacts.has(contactId)) return fail(type, 'duplicate_id', `contactId "${contactId}" is already used`);
  return null;
}

/** Checks that the queue exists and serves the channel. */
export function checkQueueChannel(state: EngineState, type: string, queueId: string, channel: Channel): CommandError | null {
  const queue = state.queues.get(queueId);
  if (queue === undefined) return fail(type, 'unknown_queue', `queueId "${queueId}" is not a queue`);
  if (!queue.serves[channelIndex(channel)]) {
    return fail(type, 'queue_not_serving_channel', `queue "${queue.id}" does not serve channel "${channel}"`);
  }
  return null;
}

/** Checks a `customer: { id?, email?, name? }` field. */
export function checkCustomer(type: string, value: unknown): CommandError | null {
  if (value === undefined) return null;
  if (!isPlainObject(value)) return fail(type, 'invalid_command', `customer must be an object (got ${describeValue(value)})`);
  for (const [key, field] of Object.entries(value)) {
    if (key === 'id' && !isId(field)) return fail(type, 'invalid_command', `customer.id must be an id (got ${describeValue(field)})`);
    else if (key === 'email' && (typeof field !== 'string' || !isEmail(field))) {
      return fail(type, 'invalid_command', `customer.email must be an e-mail address (got ${describeValue(field)})`);
    } else if (key === 'name' && (typeof field !== 'string' || field.length > 200)) {
      return fail(type, 'invalid_command', `customer.name must be a string of at most 200 characters (got ${describeValue(field)})`);
    } else if (key !== 'id' && key !== 'email' && key !== 'name') {
      return fail(type, 'invalid_command', `customer.${key} is not a field (id, email, name)`);
    }
  }
  return null;
}

/** Checks optional `skills` and `attributes` fields. */
export function checkSkillsAndAttributes(state: EngineState, type: string, c: RawCommand): CommandError | null {
  if (c.skills !== undefined) {
    const problem = checkSkillRequirement(state, c.skills);
    if (problem !== null) return fail(type, problem.code, `skills ${problem.message}`);
  }
  if (c.attributes !== undefined) {
    const problem = checkAttributes(c.attributes);
    if (problem !== null) return fail(type, 'invalid_command', problem.startsWith('attributes') ? problem : `attributes ${problem}`);
  }
  return null;
}

/** Checks a message text field (1 to `MESSAGE_LENGTH_MAX` characters). */
export function checkText(type: string, field: string, value: unknown, optional = false): CommandError | null {
  if (value === undefined && optional) return null;
  if (typeof value === 'string' && value.length > 0 && value.length <= MESSAGE_LENGTH_MAX) return null;
  const got = typeof value === 'string' ? `${value.length} characters` : describeValue(value);
  return fail(type, 'invalid_command', `${field} must be a text of 1 to ${MESSAGE_LENGTH_MAX} characters (got ${got})`);
}

/** The customer input of a command, typed. */
export function customerOf(c: RawCommand): CustomerInput | undefined {
  return c.customer as CustomerInput | undefined;
}

/** The attributes of a command (already a private JSON copy: see `jsonCopy`). */
export function copyAttributes(c: RawCommand): Record<string, unknown> | null {
  return c.attributes === undefined ? null : (c.attributes as Record<string, unknown>);
}
