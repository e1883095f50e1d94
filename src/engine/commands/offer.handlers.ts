/**
 * Handlers for `offer.accept` and `offer.reject`.
 */
import type { CommandError } from '../../domain/command-error.js';
import type { EngineState } from '../engine-state.js';
import { acceptOffer, rejectOffer } from '../offers.js';
import type { OfferRecord } from '../records.js';
import { checkId, checkKnownFields, fail, fieldsOf, type RawCommand } from './checks.js';
import type { CommandHandler } from './handler.js';

const FIELDS = fieldsOf('offerId', 'agentId');

function pendingOffer(state: EngineState, c: RawCommand): OfferRecord | CommandError {
  const type = c.type as string;
  const error = checkKnownFields(c, FIELDS) ?? checkId(c, 'offerId', c.offerId) ?? checkId(c, 'agentId', c.agentId, true);
  if (error !== null) return error;
  const offerId = c.offerId as string;
  const offer = state.offers.get(offerId);
  if (offer === undefined) {
    // Offer ids are counters (`o-17`): one at or below the counter was made and has ended.
    const number = /^o-([1-9][0-9]*)$/.exec(offerId);
    return number !== null && Number(number[1]) <= state.offerCounter
      ? fail(type, 'offer_not_pending', `offer "${offerId}" is no longer pending (it was accepted, rejected, withdrawn or expired)`)
      : fail(type, 'unknown_offer', `offerId "${offerId}" is not an offer`);
  }
  if (c.agentId !== undefined && c.agentId !== offer.agent.id) {
    return fail(type, 'not_offer_owner', `offer "${offerId}" was made to another agent, not "${c.agentId}"`);
  }
  return offer;
}

function isError(value: OfferRecord | CommandError): value is CommandError {
  return 'code' in value;
}

/** `offer.accept`: the agent takes the offered contact. */
export const offerAccept: CommandHandler = {
  validate(state, c) {
    const offer = pendingOffer(state, c);
    return isError(offer) ? offer : null;
  },
  apply(state, c) {
    const offer = state.offers.get(c.offerId as string)!;
    acceptOffer(state, offer);
    return { ok: true, contactId: offer.contact.id, offerId: offer.id };
  },
};

/** `offer.reject`: the agent declines; the contact is routed to someone else. */
export const offerReject: CommandHandler = {
  validate(state, c) {
    const offer = pendingOffer(state, c);
    return isError(offer) ? offer : null;
  },
  apply(state, c) {
    const offer = state.offers.get(c.offerId as string)!;
    rejectOffer(state, offer);
    return { ok: true, contactId: offer.contact.id, offerId: offer.id };
  },
};
