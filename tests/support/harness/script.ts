/**
 * A run written down: the configuration, the seed, and every input in order (commands, clock moves,
 * restarts from a snapshot). Replaying a script must give the same log (invariant 13), in this process
 * or a fresh one (`replay-cli.ts`).
 */
import type { Command } from '../../../src/domain/commands/command.js';
import type { EngineConfigInput } from '../../../src/domain/config/engine.config.js';
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import { VirtualClock } from '../../../src/time/virtual-clock.js';

/** One input. */
export type ScriptStep = { readonly dispatch: Command } | { readonly advanceTo: number } | { readonly restart: true };

/** Everything needed to run again. */
export interface Script {
  readonly config: EngineConfigInput;
  readonly seed: number;
  readonly startMs: number;
  readonly steps: readonly ScriptStep[];
}

/**
 * Runs a script on a fresh engine and returns the whole log. With `restarts`, each restart step
 * continues on `createEngine({ snapshot })` (JSON round-tripped) and a new clock at the same time.
 */
export function runScript(script: Script, options: { restarts: boolean }): SwitchboardEvent[] {
  let clock = new VirtualClock(script.startMs);
  let engine = createEngine({ config: script.config, seed: script.seed, clock });
  const log: SwitchboardEvent[] = [...engine.events()];
  for (const step of script.steps) {
    const before = log.length;
    if ('dispatch' in step) engine.dispatch(step.dispatch);
    else if ('advanceTo' in step) clock.advanceTo(step.advanceTo);
    else if (options.restarts) {
      const snapshot = JSON.parse(JSON.stringify(engine.snapshot()));
      engine.stop();
      clock = new VirtualClock(clock.now());
      engine = createEngine({ snapshot, clock });
    }
    log.push(...engine.events(before));
  }
  engine.stop();
  return log;
}
