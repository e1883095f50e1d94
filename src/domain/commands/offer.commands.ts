/**
 * Commands an agent sends about an offer.
 */
import type { CommandBase } from './contact.commands.js';

/** The agent takes the offered contact. */
export interface OfferAcceptCommand extends CommandBase<'offer.accept'> {
  readonly offerId: string;
  /** When given, must be the agent the offer was made to. */
  readonly agentId?: string;
}

/** The agent declines the offered contact. */
export interface OfferRejectCommand extends CommandBase<'offer.reject'> {
  readonly offerId: string;
  /** When given, must be the agent the offer was made to. */
  readonly agentId?: string;
}

/** Every offer command. */
export type OfferCommand = OfferAcceptCommand | OfferRejectCommand;
