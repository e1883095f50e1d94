/**
 * The loop of `npm run soak`: runs seeds from `firstSeed` until `endMs` on the given clock (at least
 * one), prints progress and the summary, and on the first failing seed its report and the command that
 * replays it. Returns the exit code (0 passed, 1 failed). The clock and the seed runner are passed in,
 * so a test can drive it without the wall clock.
 */
import { formatFailure, replayCommand, type SwarmRun } from './swarm/swarm-run.js';

/** How often a progress line is printed. */
const PROGRESS_EVERY_MS = 15_000;

/** What `runSoak` reads and writes. */
export interface SoakOptions {
  readonly firstSeed: number;
  readonly minutes: number;
  readonly nowMs: () => number;
  readonly runSeed: (seed: number) => SwarmRun;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Totals over the seeds run so far. */
interface Totals {
  seeds: number;
  commands: number;
  simulatedMs: number;
  checks: number;
  events: number;
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');

function summary(total: Totals, firstSeed: number, wallMs: number): string {
  return `${format(total.seeds)} seeds (${firstSeed}..${firstSeed + total.seeds - 1}) in ${(wallMs / 60_000).toFixed(1)} min: ${format(total.commands)} commands applied, ${(total.simulatedMs / 3_600_000).toFixed(1)} simulated hours, ${format(total.checks)} invariant checks evaluated, ${format(total.events)} events`;
}

/**
 * Runs the soak and returns its exit code.
 * @example
 * process.exitCode = runSoak({ firstSeed: 7, minutes: 1, nowMs: Date.now, runSeed: runSwarmSeed, out: console.log, err: console.error });
 */
export function runSoak(o: SoakOptions): number {
  const startedMs = o.nowMs();
  const endMs = startedMs + o.minutes * 60_000;
  const total: Totals = { seeds: 0, commands: 0, simulatedMs: 0, checks: 0, events: 0 };
  let nextProgressMs = startedMs + PROGRESS_EVERY_MS;
  o.out(`soak: seeds from ${o.firstSeed} for ${o.minutes} min (repeat with --seed ${o.firstSeed})`);
  // At least one seed, however short the time: a soak that ran nothing must not say "passed".
  for (let seed = o.firstSeed; total.seeds === 0 || o.nowMs() < endMs; seed++) {
    const run = o.runSeed(seed);
    total.seeds++;
    total.commands += run.commands;
    total.simulatedMs += run.simulatedMs;
    total.checks += run.checks;
    total.events += run.events;
    if (!run.ok) {
      o.err(formatFailure(run));
      o.err(`soak: FAILED at seed ${seed} after ${summary(total, o.firstSeed, o.nowMs() - startedMs)}`);
      o.err(`soak: replay with ${replayCommand(seed)}`);
      return 1;
    }
    if (o.nowMs() >= nextProgressMs) {
      o.out(`soak: ${summary(total, o.firstSeed, o.nowMs() - startedMs)}`);
      nextProgressMs += PROGRESS_EVERY_MS;
    }
  }
  o.out(`soak: passed: ${summary(total, o.firstSeed, o.nowMs() - startedMs)}`);
  return 0;
}
