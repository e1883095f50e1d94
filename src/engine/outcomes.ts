/**
 * Terminal outcomes other than completion: a ticket (answered later by e-mail) or a rejection. Either
 * takes the contact out of its queue, or back from a pending offer, first.
 */
import type { OverflowReason } from '../domain/events/contact.events.js';
import type { TicketReason } from '../domain/events/ticket.events.js';
import type { WithdrawReason } from '../domain/events/offer.events.js';
import { dequeueContact } from '../routing/contact-queue.js';
import type { EngineState } from './engine-state.js';
import { stepContact } from './lifecycles.js';
import { withdrawOffer } from './offers.js';
import { closeIfOpen } from './sessions.js';
import type { ContactRecord } from './records.js';
import { readDetails } from './contact-record.js';

/** Takes a waiting or offered contact out of routing. */
export function leaveRouting(state: EngineState, contact: ContactRecord, reason: WithdrawReason): void {
  if (contact.offer !== null) withdrawOffer(state, contact.offer, reason);
  else if (contact.bucket !== null) dequeueContact(contact);
}

/** Turns a contact into a help-desk ticket carrying its transcript so far. */
export function ticketContact(state: EngineState, contact: ContactRecord, reason: TicketReason): void {
  leaveRouting(state, contact, 'contact_ended');
  const ticketId = `t-${++state.ticketCounter}`;
  stepContact(state, contact, 'TICKET');
  closeIfOpen(state, contact);
  const details = readDetails(contact);
  state.emitToSink({
    type: 'ticket.created',
    seq: 0,
    at: state.nowMs,
    ticketId,
    contactId: contact.id,
    queueId: contact.queue.id,
    reason,
    customerId: details.customerId,
    email: details.email,
    transcript: details.messages === null ? [] : details.messages.slice(),
  });
}

/** Turns a contact away: after hours with the closed message, or a limit whose action is `reject`. */
export function rejectContact(state: EngineState, contact: ContactRecord, reason: 'after_hours' | OverflowReason): void {
  leaveRouting(state, contact, 'contact_ended');
  stepContact(state, contact, 'REJECT');
  closeIfOpen(state, contact);
  state.emit({
    type: 'contact.rejected',
    seq: 0,
    at: state.nowMs,
    contactId: contact.id,
    queueId: contact.queue.id,
    reason,
    message: reason === 'after_hours' ? contact.queue.config.closedMessage : '',
  });
}
