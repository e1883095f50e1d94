/**
 * A run written down: the configuration, the seed, and every input in order (commands, clock moves,
 * restarts from a snapshot, checkpoints and recoveries from the journal). Replaying a script must give
 * the same log (invariant 13), in this process or a fresh one (`replay-cli.ts`).
 */
import type { Command } from '../../../src/domain/commands/command.js';
import type { EngineConfigInput } from '../../../src/domain/config/engine.config.js';
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';
import { createEngine, type Engine } from '../../../src/engine/create-engine.js';
import type { EngineSnapshot } from '../../../src/engine/snapshot-types.js';
import { VirtualClock } from '../../../src/time/virtual-clock.js';
import { SharedJournal } from './shared-journal.js';

/** Where a recovery starts: the whole journal, or the last checkpoint's snapshot and the journal after it. */
export type RecoverFrom = 'journal' | 'checkpoint';

/** One input. A clock move may go backwards (a wall clock set back). */
export type ScriptStep =
  | { readonly dispatch: Command }
  | { readonly advanceTo: number }
  | { readonly restart: true }
  | { readonly checkpoint: true }
  | { readonly recover: RecoverFrom };

/** Everything needed to run again. */
export interface Script {
  readonly config: EngineConfigInput;
  readonly seed: number;
  readonly startMs: number;
  readonly steps: readonly ScriptStep[];
}

/** A plain JSON copy of an engine's snapshot, as a restart or a recovery would read it from disk. */
export function snapshotOf(engine: Engine): EngineSnapshot {
  return JSON.parse(JSON.stringify(engine.snapshot())) as EngineSnapshot;
}

/**
 * Runs a script on a fresh engine and returns the whole log. With `restarts`, each restart step
 * continues on `createEngine({ snapshot })` (JSON round-tripped) and a new clock at the same time, and
 * each recovery on `createEngine({ journal })` (from the last checkpoint's snapshot, if asked);
 * without, those steps are skipped.
 */
export function runScript(script: Script, options: { restarts: boolean }): SwitchboardEvent[] {
  const journaled = options.restarts && script.steps.some((s) => 'recover' in s);
  let journal = journaled ? new SharedJournal() : null;
  let clock = new VirtualClock(script.startMs);
  let engine = createEngine({ config: script.config, seed: script.seed, clock, ...(journal === null ? {} : { journal }) });
  let checkpoint: EngineSnapshot | null = null;
  const log: SwitchboardEvent[] = [...engine.events()];
  for (const step of script.steps) {
    const before = log.length;
    if ('dispatch' in step) engine.dispatch(step.dispatch);
    else if ('advanceTo' in step) clock.advanceTo(step.advanceTo);
    else if (!options.restarts) continue;
    else if ('checkpoint' in step) checkpoint = snapshotOf(engine);
    else {
      const snapshot = 'restart' in step ? snapshotOf(engine) : step.recover === 'checkpoint' ? checkpoint : null;
      engine.stop();
      clock = new VirtualClock(clock.now());
      journal = journal?.handOver() ?? null;
      const base = snapshot === null ? { config: script.config, seed: script.seed } : { snapshot };
      engine = createEngine({ ...base, clock, ...(journal === null ? {} : { journal }) });
    }
    log.push(...engine.events(before));
  }
  engine.stop();
  return log;
}
