/**
 * Model commands for pending offers: accept and reject.
 */
import type fc from 'fast-check';
import { dispatchBoth, type Model, pick, type Real } from './model-run.js';

function pendingOfferIds(m: Readonly<Model>): string[] {
  return [...m.router.state.offers.keys()].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
}

/** The agent takes a pending offer. */
export class AcceptOfferCommand implements fc.Command<Model, Real> {
  constructor(readonly offer: number) {}
  check = (m: Readonly<Model>): boolean => m.router.state.offers.size > 0;
  run(m: Model, r: Real): void {
    dispatchBoth(m, r, { type: 'offer.accept', offerId: pick(pendingOfferIds(m), this.offer) });
  }
  toString = (): string => `accept(${this.offer})`;
}

/** The agent declines a pending offer (the contact is re-offered elsewhere, with a cooldown for this agent). */
export class RejectOfferCommand implements fc.Command<Model, Real> {
  constructor(readonly offer: number) {}
  check = (m: Readonly<Model>): boolean => m.router.state.offers.size > 0;
  run(m: Model, r: Real): void {
    dispatchBoth(m, r, { type: 'offer.reject', offerId: pick(pendingOfferIds(m), this.offer) });
  }
  toString = (): string => `reject(${this.offer})`;
}
