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
  readonly customerId?: string;
  /** Route only to this agent (who must be a member of the queue). */
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
}

/** Every contact command. */
export type ContactCommand = ContactCreateCommand | ContactAbandonCommand | ContactCompleteCommand;
