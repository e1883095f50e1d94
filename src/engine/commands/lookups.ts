/**
 * Lookups shared by command handlers, with errors that say why an id is not usable.
 */
import { isPlainObject } from '../../domain/attributes.js';
import type { CommandError } from '../../domain/command-error.js';
import { isId } from '../../domain/config/primitives.schema.js';
import { describeValue } from '../../domain/errors.js';
import type { EngineState } from '../engine-state.js';
import { fail } from './checks.js';

/** The error for a contact id that is not live: ended (and how) or unknown. */
export function contactNotFound(state: EngineState, type: string, contactId: string): CommandError {
  const ended = state.endedStatus(contactId);
  if (ended === 'ended') return fail(type, 'contact_not_active', `contact "${contactId}" has ended`);
  if (ended !== undefined) return fail(type, 'contact_not_active', `contact "${contactId}" has ended (${ended})`);
  return fail(type, 'unknown_contact', `contactId "${contactId}" is not a contact`);
}

/** Checks a `{ skill: minLevel }` requirement against the declared skills. */
export function checkSkillRequirement(state: EngineState, value: unknown): CommandError | null {
  if (!isPlainObject(value)) return { code: 'invalid_command', message: `must be an object of skill levels (got ${describeValue(value)})` };
  for (const [skill, level] of Object.entries(value)) {
    if (!isId(skill)) return { code: 'invalid_command', message: `has an invalid skill name ${describeValue(skill)}` };
    if (!state.declaredSkills.has(skill)) return { code: 'unknown_skill', message: `names "${skill}", which is not a declared skill` };
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 10) {
      return { code: 'invalid_command', message: `.${skill} must be an integer from 1 to 10 (got ${describeValue(level)})` };
    }
  }
  return null;
}
