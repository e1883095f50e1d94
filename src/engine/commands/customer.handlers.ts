/**
 * Handlers for what the customer side reports: typing previews and context (page, cart, profile).
 */
import { checkJsonValue } from '../../domain/attributes.js';
import { describeValue } from '../../domain/errors.js';
import { previewTyping } from '../previews.js';
import { checkKnownFields, fail, fieldsOf } from './checks.js';
import { MESSAGE_LENGTH_MAX } from './contact-input.js';
import { contactIn, isError } from './contact.handlers.js';
import { isWebUrl } from './session-content.handlers.js';
import type { CommandHandler } from './handler.js';
import { detailsOf } from '../contact-record.js';

const FIELDS_CONTACTID_PAGEURL_CART_PROFILE = fieldsOf('contactId', 'pageUrl', 'cart', 'profile');
const FIELDS_CONTACTID_TEXT = fieldsOf('contactId', 'text');

const LIVE = ['scheduled', 'queued', 'offered', 'active', 'wrap_up'] as const;

/** `customer.typing`: a preview for the session's agents (if enabled); never stored. */
export const customerTyping: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_CONTACTID_TEXT);
    if (error !== null) return error;
    if (typeof c.text !== 'string' || c.text.length > MESSAGE_LENGTH_MAX) {
      return fail('customer.typing', 'invalid_command', `text must be a text of at most ${MESSAGE_LENGTH_MAX} characters (got ${describeValue(c.text)})`);
    }
    const contact = contactIn(state, c, ['queued', 'offered', 'active'], 'contact_not_active');
    return isError(contact) ? contact : null;
  },
  apply(state, c) {
    const contact = state.contacts.get(c.contactId as string)!;
    const session = contact.session;
    const delivered = session !== null && session.status === 'open' && previewTyping(state, session, c.text as string);
    return { ok: true, contactId: contact.id, delivered };
  },
};

/** `customer.setContext`: the page the customer is on, the cart and the profile (given fields replace). */
export const customerSetContext: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_CONTACTID_PAGEURL_CART_PROFILE);
    if (error !== null) return error;
    if (c.pageUrl !== undefined && !isWebUrl(c.pageUrl)) {
      return fail('customer.setContext', 'invalid_command', `pageUrl must be an http or https URL (got ${describeValue(c.pageUrl)})`);
    }
    for (const field of ['cart', 'profile'] as const) {
      const problem = c[field] === undefined ? null : checkJsonValue(c[field], field);
      if (problem !== null) return fail('customer.setContext', 'invalid_command', problem);
    }
    const contact = contactIn(state, c, LIVE, 'contact_not_active');
    return isError(contact) ? contact : null;
  },
  apply(state, c) {
    const contact = state.contacts.get(c.contactId as string)!;
    const copy = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
    const details = detailsOf(contact);
    const context = {
      pageUrl: (c.pageUrl as string | undefined) ?? details.context?.pageUrl ?? null,
      cart: copy(c.cart) ?? details.context?.cart ?? null,
      profile: copy(c.profile) ?? details.context?.profile ?? null,
    };
    details.context = context;
    state.emit({ type: 'session.context', seq: 0, at: state.nowMs, contactId: contact.id, sessionId: contact.session?.id ?? null, ...context });
    return { ok: true, contactId: contact.id };
  },
};
