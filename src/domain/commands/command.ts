/**
 * The one union of everything an embedder can ask the engine to do, and the result it gets back.
 */
import type { CommandError } from '../command-error.js';
import type { AgentCommand } from './agent.commands.js';
import type { ContactCommand } from './contact.commands.js';
import type { OfferCommand } from './offer.commands.js';
import type { QueueCommand } from './queue.commands.js';
import type { SessionCommand } from './session.commands.js';

/** Every command, discriminated by its imperative `type`. */
export type Command = ContactCommand | OfferCommand | AgentCommand | QueueCommand | SessionCommand;

/** A command's type string. */
export type CommandType = Command['type'];

/** The command of a given type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** What a successful command returns beyond `ok: true` (ids the engine created or touched). */
export interface CommandValue {
  readonly contactId?: string;
  readonly offerId?: string;
  readonly sessionId?: string;
  readonly messageId?: string;
  /** For `customer.typing`: whether a preview went to the agents. */
  readonly delivered?: boolean;
}

/** The outcome of `engine.dispatch`: a success with ids, or an error that changed nothing. */
export type CommandResult =
  | ({ readonly ok: true } & CommandValue)
  | { readonly ok: false; readonly error: CommandError };
