/**
 * What the model-based test's command classes share: the model (reference router plus the command
 * history), the real system (the engine behind the oracle), and the one comparison made after every
 * input: the oracle finds nothing, and the engine's events are the ones the router predicted.
 */
import type { Command } from '../../../src/domain/commands/command.js';
import type { CheckedEngine, Outcome } from '../harness/checked-engine.js';
import { assertClean } from '../harness/checked-engine.js';
import type { ModelEvent } from '../reference-router/model-types.js';
import { eventsMismatch, project } from '../reference-router/projection.js';
import type { ReferenceRouter } from '../reference-router/reference-router.js';

/** The model side of `fc.modelRun`. */
export interface Model {
  readonly router: ReferenceRouter;
  /** Commands sent so far (each carries a `commandId`), for the duplicate class. */
  readonly history: Command[];
  nextCommandId: number;
}

/** The real side of `fc.modelRun`. */
export interface Real {
  readonly checked: CheckedEngine;
}

/** Throws unless the oracle is clean and the engine did what the router predicted. */
export function expectAgreement(context: string, outcome: Outcome, predicted: readonly ModelEvent[]): void {
  assertClean(outcome.violations, context);
  const mismatch = eventsMismatch(predicted, project(outcome.events));
  if (mismatch !== null) throw new Error(`after ${context}: ${mismatch}`);
}

/** Sends a command to both sides (stamped with a fresh `commandId`) and compares them. */
export function dispatchBoth(m: Model, r: Real, command: Command): void {
  const stamped = { ...command, commandId: `k${m.nextCommandId++}` } as Command;
  sendBoth(m, r, stamped);
  m.history.push(stamped);
}

/** Sends an already stamped command to both sides and compares results and events. */
export function sendBoth(m: Model, r: Real, command: Command): void {
  const predicted = m.router.dispatch(command);
  const outcome = r.checked.dispatch(command);
  const context = `${JSON.stringify(command)} at ${r.checked.nowMs}`;
  const ok = outcome.result?.ok === true;
  if (ok !== predicted.ok) {
    const error = outcome.result?.ok === false ? ` (${outcome.result.error.code}: ${outcome.result.error.message})` : '';
    throw new Error(`after ${context}: the engine returned ok=${ok}${error}, the reference router ok=${predicted.ok}`);
  }
  if (predicted.contactId !== undefined && outcome.result?.ok === true && outcome.result.contactId !== predicted.contactId) {
    throw new Error(`after ${context}: the engine created ${outcome.result.contactId}, the router ${predicted.contactId}`);
  }
  expectAgreement(context, outcome, predicted.events);
}

/** Picks `items[index mod length]`. */
export function pick<T>(items: readonly T[], index: number): T {
  return items[index % items.length] as T;
}
