/**
 * Applies one command: idempotence by `commandId`, validation, then the handler. A rejected command
 * changes nothing but the log, where a `command.rejected` event records it.
 */
import { isPlainObject } from '../../domain/attributes.js';
import type { CommandError } from '../../domain/command-error.js';
import type { CommandResult } from '../../domain/commands/command.js';
import { describeValue } from '../../domain/errors.js';
import type { EngineState } from '../engine-state.js';
import type { Unreadable } from '../journal.js';
import { agentAdd, agentRemove, agentSetCapacity, agentSetMemberships, agentSetPhoneBusy, agentSetStatus, agentUpdate } from './agent.handlers.js';
import { fail, type RawCommand } from './checks.js';
import { callbackCancel, callbackRequest } from './callback.handlers.js';
import { contactCreate } from './contact-create.handler.js';
import { contactAbandon, contactComplete, contactLeaveMessage, customerSendMessage } from './contact.handlers.js';
import type { CommandHandler } from './handler.js';
import { offerAccept, offerReject } from './offer.handlers.js';
import { queueAdd, queueRemove, queueUpdate } from './queue.handlers.js';
import { customerSetContext, customerTyping } from './customer.handlers.js';
import { sessionPushUrl, sessionSendCanned } from './session-content.handlers.js';
import { sessionClose, sessionConsult, sessionInvite, sessionLeave, sessionRate, sessionSendMessage } from './session.handlers.js';
import { contactEscalate, contactRequeue, contactTransfer } from './transfer.handlers.js';

/** Every command type and its handler. A Map, so `__proto__` or `toString` are never handlers. */
const HANDLERS: ReadonlyMap<string, CommandHandler> = new Map([
  ['contact.create', contactCreate],
  ['contact.abandon', contactAbandon],
  ['contact.complete', contactComplete],
  ['contact.leaveMessage', contactLeaveMessage],
  ['customer.sendMessage', customerSendMessage],
  ['callback.request', callbackRequest],
  ['callback.cancel', callbackCancel],
  ['offer.accept', offerAccept],
  ['offer.reject', offerReject],
  ['agent.setStatus', agentSetStatus],
  ['agent.setPhoneBusy', agentSetPhoneBusy],
  ['agent.add', agentAdd],
  ['agent.update', agentUpdate],
  ['agent.remove', agentRemove],
  ['agent.setCapacity', agentSetCapacity],
  ['agent.setMemberships', agentSetMemberships],
  ['queue.add', queueAdd],
  ['queue.update', queueUpdate],
  ['queue.remove', queueRemove],
  ['session.sendMessage', sessionSendMessage],
  ['session.sendCanned', sessionSendCanned],
  ['session.pushUrl', sessionPushUrl],
  ['session.consult', sessionConsult],
  ['session.invite', sessionInvite],
  ['session.leave', sessionLeave],
  ['session.close', sessionClose],
  ['session.rate', sessionRate],
  ['customer.typing', customerTyping],
  ['customer.setContext', customerSetContext],
  ['contact.transfer', contactTransfer],
  ['contact.requeue', contactRequeue],
  ['contact.escalate', contactEscalate],
]);

/** Every command type the engine accepts. */
export const COMMAND_TYPES: readonly string[] = [...HANDLERS.keys()];

/** Remembered results of commands that carried a `commandId`. */
export type CommandMemory = { get(id: string): CommandResult | undefined; set(id: string, result: CommandResult): void };

/** Validates and applies a command; repeats of a remembered `commandId` return the first result. */
export function applyCommand(state: EngineState, command: unknown, memory: CommandMemory): CommandResult {
  if (!isPlainObject(command)) return reject(state, '(invalid)', null, fail('command', 'invalid_command', `must be an object (got ${describeValue(command)})`));
  const type = commandTypeOf(command);
  const commandId = command.commandId;
  if (commandId !== undefined && (typeof commandId !== 'string' || commandId.length === 0 || commandId.length > 200)) {
    return reject(state, type, null, fail(type, 'invalid_command', `commandId must be a string of 1 to 200 characters (got ${describeValue(commandId)})`));
  }
  if (commandId !== undefined) {
    const remembered = memory.get(commandId);
    if (remembered !== undefined) return remembered;
  }
  const result = run(state, type, command as RawCommand, (commandId as string | undefined) ?? null);
  if (commandId !== undefined) memory.set(commandId, result);
  return result;
}

/** `commandId` is the command's, passed in: a second read of it here would be one more megamorphic load. */
function run(state: EngineState, type: string, command: RawCommand, commandId: string | null): CommandResult {
  const handler = HANDLERS.get(type);
  if (handler === undefined) {
    return reject(state, type, commandId, fail(type, 'unknown_command', `is not a command (known: ${COMMAND_TYPES.join(', ')})`));
  }
  const error = handler.validate(state, command);
  if (error !== null) return reject(state, type, commandId, error);
  return handler.apply(state, command);
}

/** A command's type for the log: its `type` when it is a string (cut to 100 characters), else a description. */
export function commandTypeOf(command: unknown): string {
  try {
    const type = isPlainObject(command) ? command.type : undefined;
    return typeof type === 'string' ? type.slice(0, 100) : describeValue(type);
  } catch {
    return '(unreadable)';
  }
}

/** A command's `commandId` when it can be read and is usable (1 to 200 characters), else null. */
export function commandIdOf(command: unknown): string | null {
  try {
    const id = isPlainObject(command) ? command.commandId : undefined;
    return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}

/**
 * Rejects a command that could not be copied as JSON (NaN, a function, a cycle, a throwing getter...).
 * A readable `commandId` makes the rejection idempotent like any other.
 */
export function rejectUnreadable(state: EngineState, unreadable: Unreadable, memory: CommandMemory): CommandResult {
  const { commandType, commandId, problem } = unreadable;
  const remembered = commandId === null ? undefined : memory.get(commandId);
  if (remembered !== undefined) return remembered;
  const result = reject(state, commandType, commandId, { code: 'invalid_command', message: `${commandType}: ${problem}` });
  if (commandId !== null) memory.set(commandId, result);
  return result;
}

function reject(state: EngineState, commandType: string, commandId: string | null, error: CommandError): CommandResult {
  state.emit({ type: 'command.rejected', seq: 0, at: state.nowMs, commandType, commandId, code: error.code, message: error.message });
  return { ok: false, error };
}
