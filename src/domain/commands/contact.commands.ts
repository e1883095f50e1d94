/**
 * Commands on contacts. Every command may carry a `commandId`: repeating it changes nothing.
 */
import type { Channel } from '../channel.js';

/** Fields every command may carry. */
export interface CommandBase<T extends string> {
  readonly type: T;
  /** Makes the command idempotent: a repeat returns the first result and emits nothing. */
  readonly commandId?: string;
}

/** A new piece of customer work arrives in a queue. */
export interface ContactCreateCommand extends CommandBase<'contact.create'> {
  /** Your own id for the contact; generated when omitted. */
  readonly contactId?: string;
  readonly queueId: string;
  readonly channel: Channel;
  /** Higher is served first. Default 0. */
  readonly priority?: number;
  /** Minimum skill levels required of the agent; replaces the queue's requirement. */
  readonly skills?: Readonly<Record<string, number>>;
  /** Who the customer is: matched to a known customer by e-mail (see `CustomerDirectory`). */
  readonly customer?: CustomerInput;
  /** The customer's first message (kept for the agent, or for the ticket). */
  readonly message?: string;
  /**
   * Route only to this agent (who must be a member of the queue). If that agent declines or misses the
   * offer, the contact falls back to the whole queue.
   */
  readonly targetAgentId?: string;
  /** Free-form data kept with the contact (JSON, bounded size and depth). */
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/** The customer left while waiting (or while being offered). */
export interface ContactAbandonCommand extends CommandBase<'contact.abandon'> {
  readonly contactId: string;
}

/** The agent finished the conversation; wrap-up starts. */
export interface ContactCompleteCommand extends CommandBase<'contact.complete'> {
  readonly contactId: string;
  /** When given, must be the agent holding the contact. */
  readonly agentId?: string;
  /** This contact's wrap-up time, overriding the membership's and the queue's. */
  readonly wrapUpMs?: number;
}

/** A waiting customer leaves a message instead of waiting: the contact becomes a ticket. */
export interface ContactLeaveMessageCommand extends CommandBase<'contact.leaveMessage'> {
  readonly contactId: string;
  readonly text?: string;
}

/** The customer writes while waiting; the agent gets it at accept. */
export interface CustomerSendMessageCommand extends CommandBase<'customer.sendMessage'> {
  readonly contactId: string;
  readonly text: string;
}

/** Books a call back at `at` (ms), or at the queue's next opening after it. */
export interface CallbackRequestCommand extends CommandBase<'callback.request'> {
  readonly contactId?: string;
  readonly queueId: string;
  readonly customer?: CustomerInput;
  readonly phone: string;
  readonly at: number;
  readonly priority?: number;
  readonly skills?: Readonly<Record<string, number>>;
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/** Cancels a callback that is still scheduled. */
export interface CallbackCancelCommand extends CommandBase<'callback.cancel'> {
  readonly contactId: string;
}

/** Who a customer is; every field optional. */
export interface CustomerInput {
  readonly id?: string;
  readonly email?: string;
  readonly name?: string;
}

/** Every contact command. */
export type ContactCommand =
  | ContactCreateCommand
  | ContactAbandonCommand
  | ContactCompleteCommand
  | ContactLeaveMessageCommand
  | CustomerSendMessageCommand
  | CallbackRequestCommand
  | CallbackCancelCommand;
