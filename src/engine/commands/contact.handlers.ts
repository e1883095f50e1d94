/**
 * Handlers for `contact.abandon`, `contact.complete`, `contact.leaveMessage` and `customer.sendMessage`.
 */
import type { CommandError, ErrorCode } from '../../domain/command-error.js';
import type { ContactStatus } from '../../domain/contact-status.js';
import type { EngineState } from '../engine-state.js';
import { addMessage, customerText } from '../messages.js';
import { ticketContact } from '../outcomes.js';
import type { ContactRecord } from '../records.js';
import { abandonContact, completeContact } from '../work.js';
import { closeSession } from '../session-close.js';
import { checkDuration, checkId, checkKnownFields, fail, fieldsOf, type RawCommand } from './checks.js';
import { checkText } from './contact-input.js';
import type { CommandHandler } from './handler.js';
import { contactNotFound } from './lookups.js';

const FIELDS_CONTACTID = fieldsOf('contactId');
const FIELDS_CONTACTID_TEXT = fieldsOf('contactId', 'text');

/** The live contact a command names, if its status is one of `allowed`. */
export function contactIn(
  state: EngineState,
  c: RawCommand,
  allowed: readonly (ContactStatus | 'new')[],
  code: ErrorCode,
): ContactRecord | CommandError {
  const type = c.type as string;
  const error = checkId(c, 'contactId', c.contactId);
  if (error !== null) return error;
  const contact = state.contacts.get(c.contactId as string);
  if (contact === undefined) return contactNotFound(state, type, c.contactId as string);
  if (!allowed.includes(contact.status)) {
    return fail(type, code, `contact "${contact.id}" is ${contact.status}, not ${allowed.join(' or ')}`);
  }
  return contact;
}

/** Whether a lookup returned an error. */
export function isError(value: ContactRecord | CommandError): value is CommandError {
  return 'code' in value;
}

const WAITING = ['queued', 'offered'] as const;
const COMPLETE_FIELDS = fieldsOf('contactId', 'agentId', 'wrapUpMs');

/** `contact.abandon`: the customer left before an agent took the contact. */
export const contactAbandon: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_CONTACTID);
    if (error !== null) return error;
    const contact = contactIn(state, c, WAITING, 'contact_not_waiting');
    return isError(contact) ? contact : null;
  },
  apply(state, c) {
    abandonContact(state, state.contacts.get(c.contactId as string)!);
    return { ok: true, contactId: c.contactId as string };
  },
};

/** `contact.complete`: the agent ended the conversation; wrap-up starts. */
export const contactComplete: CommandHandler = {
  validate(state, c) {
    const error =
      checkKnownFields(c, COMPLETE_FIELDS) ??
      checkId(c, 'agentId', c.agentId, true) ??
      checkDuration(c, 'wrapUpMs', c.wrapUpMs, true);
    if (error !== null) return error;
    const contact = contactIn(state, c, ['active'], 'contact_not_active');
    if (isError(contact)) return contact;
    if (c.agentId !== undefined && contact.agent?.id !== c.agentId) {
      return fail('contact.complete', 'not_offer_owner', `agent "${c.agentId}" does not hold contact "${contact.id}"`);
    }
    return null;
  },
  apply(state, c) {
    const contact = state.contacts.get(c.contactId as string)!;
    // Completing a chat closes its session (by the agent); the session then starts the wrap-up.
    const wrapUpMs = (c.wrapUpMs as number | undefined) ?? null;
    const session = contact.session;
    if (session?.status === 'open') closeSession(state, session, 'agent', contact.agent!.id, wrapUpMs);
    else completeContact(state, contact, wrapUpMs);
    return { ok: true, contactId: contact.id };
  },
};

/** `contact.leaveMessage`: a waiting customer leaves a message; the contact becomes a ticket. */
export const contactLeaveMessage: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_CONTACTID_TEXT) ?? checkText('contact.leaveMessage', 'text', c.text, true);
    if (error !== null) return error;
    const contact = contactIn(state, c, WAITING, 'contact_not_waiting');
    return isError(contact) ? contact : null;
  },
  apply(state, c) {
    const contact = state.contacts.get(c.contactId as string)!;
    if (c.text !== undefined) {
      addMessage(state, contact, null, customerText(c.text as string));
    }
    ticketContact(state, contact, 'left_message');
    return { ok: true, contactId: contact.id };
  },
};

/**
 * `customer.sendMessage`: the customer writes. While waiting, the message is kept and delivered at
 * accept; in a session, the agents get it at once.
 */
export const customerSendMessage: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_CONTACTID_TEXT) ?? checkText('customer.sendMessage', 'text', c.text);
    if (error !== null) return error;
    const known = state.contacts.get(c.contactId as string);
    const session = known === undefined ? null : known.session;
    if (session !== null && session.status !== 'open') {
      return fail('customer.sendMessage', 'session_closed', `session "${session.id}" is closed`);
    }
    const contact = contactIn(state, c, ['queued', 'offered', 'active'], 'contact_not_active');
    return isError(contact) ? contact : null;
  },
  apply(state, c) {
    const contact = state.contacts.get(c.contactId as string)!;
    const messageId = addMessage(state, contact, contact.session?.id ?? null, customerText(c.text as string));
    return { ok: true, contactId: contact.id, messageId };
  },
};
