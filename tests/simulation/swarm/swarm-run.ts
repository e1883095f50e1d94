/**
 * One swarm run from one seed: phase one (faults, invariants after every step), phase two (drain),
 * then the end-of-run checks (the restored twin's whole log, and a replay of every input on a fresh
 * engine). A failure names the seed, the phase, the violations, the last inputs and the one command
 * that replays exactly this run.
 *
 * @example
 * const run = runSwarmSeed(123);
 * if (!run.ok) console.error(formatFailure(run));
 */
import { drain } from './swarm-drain.js';
import { SwarmDriver } from './swarm-driver.js';
import { deriveParams } from './swarm-params.js';

/** The command that replays one seed's run exactly. */
export function replayCommand(seed: number): string {
  return `SWITCHBOARD_SEED=${seed} npx vitest run tests/simulation/swarm.test.ts`;
}

/** What one run did and found. */
export interface SwarmRun {
  readonly seed: number;
  readonly ok: boolean;
  /** Where it stopped: `faults` (phase one), `drain` (phase two), `replay` (end-of-run checks), or `done`. */
  readonly phase: 'faults' | 'drain' | 'replay' | 'done';
  readonly violations: readonly string[];
  readonly agents: number;
  readonly queues: number;
  readonly commands: number;
  /** Engine time from start to end. */
  readonly simulatedMs: number;
  readonly drainMs: number;
  readonly checks: number;
  readonly events: number;
  readonly faults: Readonly<Record<string, number>>;
  /** The last inputs before the end (most recent last). */
  readonly trace: readonly string[];
}

/** Runs one seed; see the module comment. */
export function runSwarmSeed(seed: number): SwarmRun {
  const params = deriveParams(seed);
  const driver = new SwarmDriver(params);
  let phase: SwarmRun['phase'] = 'faults';
  let drainMs = 0;
  let engineMs = params.startMs;
  try {
    driver.runFaultPhase();
    if (!driver.failed) {
      phase = 'drain';
      drainMs = drain(driver).drainMs;
    }
    engineMs = driver.checked.engine.now();
    if (!driver.failed) {
      phase = 'replay';
      driver.violations.push(...driver.checked.finish());
      if (!driver.failed) phase = 'done';
    }
  } catch (error) {
    // An exception out of the engine (or the harness) is a failure like any other, with the same report.
    driver.violations.push(`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const checked = driver.checked;
  return {
    seed,
    ok: !driver.failed,
    phase,
    violations: driver.violations,
    agents: (params.config.agents ?? []).length,
    queues: params.queues.size,
    commands: checked.commandsApplied,
    simulatedMs: engineMs - params.startMs,
    drainMs,
    checks: checked.oracle.checksEvaluated,
    events: checked.log.length,
    faults: driver.faultCounts,
    trace: driver.trace,
  };
}

/** A failure report: seed, phase, the first violations, the last inputs, and how to replay it. */
export function formatFailure(run: SwarmRun): string {
  const shown = run.violations.slice(0, 6).map((v) => `  - ${v}`).join('\n');
  const trace = run.trace.map((t) => `    ${t.length > 400 ? `${t.slice(0, 400)}...` : t}`).join('\n');
  return [
    `swarm seed ${run.seed} failed in phase ${run.phase} (${run.agents} agents, ${run.queues} queues, ${run.commands} commands, ${run.violations.length} violation(s)):`,
    shown,
    `  last inputs:`,
    trace,
    `  replay: ${replayCommand(run.seed)}`,
  ].join('\n');
}
