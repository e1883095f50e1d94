/**
 * Handlers for `callback.request` and `callback.cancel` (rule 9).
 */
import { describeValue } from '../../domain/errors.js';
import { cancelCallback } from '../callbacks.js';
import { stepContact } from '../lifecycles.js';
import { announceContact, newContactRecord, readDetails } from '../contact-record.js';
import { commitCustomer, normalizeEmail, planCustomer } from '../customers.js';
import { checkId, checkInteger, checkKnownFields, fail, fieldsOf } from './checks.js';
import { checkChosenContactId, checkCustomer, checkQueueChannel, checkSkillsAndAttributes, copyAttributes, customerOf } from './contact-input.js';
import { contactIn, isError } from './contact.handlers.js';
import type { CommandHandler } from './handler.js';

const FIELDS_CONTACTID = fieldsOf('contactId');

const FIELDS = fieldsOf('contactId', 'queueId', 'customer', 'phone', 'at', 'priority', 'skills', 'attributes');
const PHONE_PATTERN = /^\+?[0-9][0-9 ()./-]{2,31}$/;

/** `callback.request`: book a call back at `at` (or the queue's next opening after it). */
export const callbackRequest: CommandHandler = {
  validate(state, c) {
    const basic =
      checkKnownFields(c, FIELDS) ??
      checkId(c, 'contactId', c.contactId, true) ??
      checkId(c, 'queueId', c.queueId) ??
      checkInteger(c, 'priority', c.priority, -1_000_000, 1_000_000, true) ??
      checkCustomer('callback.request', c.customer);
    if (basic !== null) return basic;
    if (typeof c.phone !== 'string' || !PHONE_PATTERN.test(c.phone)) {
      return fail('callback.request', 'invalid_command', `phone must be a phone number (got ${describeValue(c.phone)})`);
    }
    if (typeof c.at !== 'number' || !Number.isFinite(c.at)) {
      return fail('callback.request', 'invalid_command', `at must be a time in ms (got ${describeValue(c.at)})`);
    }
    if (c.at < state.nowMs) return fail('callback.request', 'invalid_command', `at is in the past (got ${c.at}, now is ${state.nowMs})`);
    const chosen = checkChosenContactId(state, 'callback.request', c.contactId as string | undefined);
    if (chosen !== null) return chosen;
    return checkQueueChannel(state, 'callback.request', c.queueId as string, 'callback') ?? checkSkillsAndAttributes(state, 'callback.request', c);
  },
  apply(state, c) {
    const queue = state.queues.get(c.queueId as string)!;
    const customer = customerOf(c);
    const plan = planCustomer(state, customer);
    const contact = newContactRecord(state, {
      id: c.contactId as string | undefined,
      queue,
      channel: 'callback',
      priority: (c.priority as number | undefined) ?? 0,
      skills: c.skills === undefined ? null : { ...(c.skills as Record<string, number>) },
      customerId: plan?.customerId ?? null,
      email: customer?.email === undefined ? null : normalizeEmail(customer.email),
      targetAgentId: null,
      attributes: copyAttributes(c),
    });
    announceContact(state, contact);
    if (plan !== null) commitCustomer(state, contact.id, plan);
    stepContact(state, contact, 'SCHEDULE');
    const dueAt = c.at as number;
    state.emit({
      type: 'callback.scheduled',
      seq: 0,
      at: state.nowMs,
      contactId: contact.id,
      queueId: queue.id,
      customerId: readDetails(contact).customerId,
      phone: c.phone as string,
      dueAt,
    });
    state.deadlines.add(dueAt, 'callback.due', contact, 0);
    return { ok: true, contactId: contact.id };
  },
};

/** `callback.cancel`: cancels a callback that is still scheduled. */
export const callbackCancel: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_CONTACTID);
    if (error !== null) return error;
    const contact = contactIn(state, c, ['scheduled'], 'contact_not_scheduled');
    return isError(contact) ? contact : null;
  },
  apply(state, c) {
    cancelCallback(state, state.contacts.get(c.contactId as string)!);
    return { ok: true, contactId: c.contactId as string };
  },
};
