/**
 * The shape of a command handler: validate everything first, then apply (which cannot fail).
 */
import type { CommandError } from '../../domain/command-error.js';
import type { CommandResult } from '../../domain/commands/command.js';
import type { EngineState } from '../engine-state.js';
import type { RawCommand } from './checks.js';

/** A successful result. */
export type Success = Extract<CommandResult, { readonly ok: true }>;

/** The result of a command that reports no ids (shared: results are never mutated). */
export const OK: Success = Object.freeze({ ok: true });

/** Validates and applies one command type. `apply` runs only after `validate` returned null. */
export interface CommandHandler {
  validate(state: EngineState, command: RawCommand): CommandError | null;
  apply(state: EngineState, command: RawCommand): Success;
}
