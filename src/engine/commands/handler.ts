/**
 * The shape of a command handler: validate everything first, then apply (which cannot fail).
 */
import type { CommandError } from '../../domain/command-error.js';
import type { CommandValue } from '../../domain/commands/command.js';
import type { EngineState } from '../engine-state.js';
import type { RawCommand } from './checks.js';

/** Validates and applies one command type. `apply` runs only after `validate` returned null. */
export interface CommandHandler {
  validate(state: EngineState, command: RawCommand): CommandError | null;
  apply(state: EngineState, command: RawCommand): CommandValue;
}
