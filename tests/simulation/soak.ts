/**
 * `npm run soak -- --minutes N [--seed S]`: runs swarm seeds S, S+1, ... (tests/simulation/swarm)
 * until N minutes of wall time have passed, then reports seeds run, commands applied, simulated hours
 * and invariant checks evaluated. It stops at the first failing seed, prints the report and the
 * command that replays that run, and exits 1. A script, not a test: it reads the wall clock.
 */
import { BenchUsageError, parseToolArgs, runTool } from '../../bench/cli.js';
import { formatFailure, replayCommand, runSwarmSeed } from './swarm/swarm-run.js';

/** How often a progress line is printed. */
const PROGRESS_EVERY_MS = 15_000;

const USAGE = `Usage: npm run soak -- [--minutes N] [--seed S]

Runs swarm seeds S, S+1, ... until N minutes of wall time have passed (default 1; S defaults to one
taken from the clock, printed so the run can be repeated), then reports what it checked. Stops at the
first failing seed, prints the command that replays it, and exits 1.`;

const format = (n: number) => Math.round(n).toLocaleString('en-US');
/** Totals over the seeds run so far. */
interface Totals {
  seeds: number;
  commands: number;
  simulatedMs: number;
  checks: number;
  events: number;
}

function summary(total: Totals, firstSeed: number, startedMs: number): string {
  const wallMin = (Date.now() - startedMs) / 60_000;
  return `${format(total.seeds)} seeds (${firstSeed}..${firstSeed + total.seeds - 1}) in ${wallMin.toFixed(1)} min: ${format(total.commands)} commands applied, ${(total.simulatedMs / 3_600_000).toFixed(1)} simulated hours, ${format(total.checks)} invariant checks evaluated, ${format(total.events)} events`;
}

function main(): number {
  const { values } = parseToolArgs(process.argv.slice(2), USAGE, { minutes: { type: 'string', default: '1' }, seed: { type: 'string' } });
  const minutes = Number(values.minutes);
  if (!(minutes > 0 && Number.isFinite(minutes))) throw new BenchUsageError(`--minutes must be a positive number (got "${values.minutes}")`);
  const firstSeed = values.seed === undefined ? Date.now() % 1_000_000_000 : Number(values.seed);
  if (!Number.isSafeInteger(firstSeed) || firstSeed < 0) throw new BenchUsageError(`--seed must be a non-negative integer (got "${values.seed}")`);
  const startedMs = Date.now();
  const endMs = startedMs + minutes * 60_000;
  const total: Totals = { seeds: 0, commands: 0, simulatedMs: 0, checks: 0, events: 0 };
  let nextProgressMs = startedMs + PROGRESS_EVERY_MS;
  console.log(`soak: seeds from ${firstSeed} for ${minutes} min (repeat with --seed ${firstSeed})`);
  // At least one seed, however short the time: a soak that ran nothing must not say "passed".
  for (let seed = firstSeed; total.seeds === 0 || Date.now() < endMs; seed++) {
    const run = runSwarmSeed(seed);
    total.seeds++;
    total.commands += run.commands;
    total.simulatedMs += run.simulatedMs;
    total.checks += run.checks;
    total.events += run.events;
    if (!run.ok) {
      console.error(formatFailure(run));
      console.error(`soak: FAILED at seed ${seed} after ${summary(total, firstSeed, startedMs)}`);
      console.error(`soak: replay with ${replayCommand(seed)}`);
      return 1;
    }
    if (Date.now() >= nextProgressMs) {
      console.log(`soak: ${summary(total, firstSeed, startedMs)}`);
      nextProgressMs += PROGRESS_EVERY_MS;
    }
  }
  console.log(`soak: passed: ${summary(total, firstSeed, startedMs)}`);
  return 0;
}

await runTool('soak', 'npm run soak -- --help', main);
