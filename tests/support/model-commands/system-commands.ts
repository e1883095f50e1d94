/**
 * Model commands for the system around the engine: time passes, the process restarts from a
 * snapshot, a client repeats a command.
 */
import type fc from 'fast-check';
import { assertClean } from '../harness/checked-engine.js';
import { expectAgreement, type Model, pick, type Real, sendBoth } from './model-run.js';

/** The virtual clock moves forward: offers expire, wrap-ups and cooldowns end, waits reach their limits. */
export class AdvanceTimeCommand implements fc.Command<Model, Real> {
  constructor(readonly ms: number) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const atMs = r.checked.nowMs + this.ms;
    const predicted = m.router.advanceTo(atMs);
    expectAgreement(`advancing ${this.ms} ms to ${atMs}`, r.checked.advanceTo(atMs), predicted);
  }
  toString = (): string => `advance(${this.ms})`;
}

/** The engine is rebuilt from `engine.snapshot()` on a new clock; nothing observable may change. */
export class RestartFromSnapshotCommand implements fc.Command<Model, Real> {
  check = (): boolean => true;
  run(_m: Model, r: Real): void {
    assertClean(r.checked.restart().violations, 'a restart from a snapshot');
  }
  toString = (): string => 'restart()';
}

/** A command sent again with the same `commandId`: the first result, no events, no change. */
export class DuplicateCommand implements fc.Command<Model, Real> {
  constructor(readonly which: number) {}
  check = (m: Readonly<Model>): boolean => m.history.length > 0;
  run(m: Model, r: Real): void {
    sendBoth(m, r, pick(m.history, this.which));
  }
  toString = (): string => `duplicate(${this.which})`;
}
