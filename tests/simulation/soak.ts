/**
 * `npm run soak`: reads its command line (`USAGE`, `--help`) and runs the soak loop (soak-loop.ts) on
 * the wall clock with the swarm's seed runner (tests/simulation/swarm). A script, not a test.
 */
import { parseToolArgs, runTool, UsageError } from '../../bench/cli.js';
import { runSoak } from './soak-loop.js';
import { runSwarmSeed } from './swarm/swarm-run.js';

const USAGE = `Usage: npm run soak -- [--minutes N] [--seed S]

Runs swarm seeds S, S+1, ... until N minutes of wall time have passed (default 1; S defaults to one
taken from the clock, printed so the run can be repeated), then reports what it checked. Stops at the
first failing seed, prints the command that replays it, and exits 1.`;

function main(): number {
  const { values } = parseToolArgs(process.argv.slice(2), USAGE, { minutes: { type: 'string', default: '1' }, seed: { type: 'string' } });
  const minutes = Number(values.minutes);
  if (!(minutes > 0 && Number.isFinite(minutes))) throw new UsageError(`--minutes must be a positive number (got "${values.minutes}")`);
  const firstSeed = values.seed === undefined ? Date.now() % 1_000_000_000 : Number(values.seed);
  if (!Number.isSafeInteger(firstSeed) || firstSeed < 0) throw new UsageError(`--seed must be a non-negative integer (got "${values.seed}")`);
  return runSoak({ firstSeed, minutes, nowMs: Date.now, runSeed: runSwarmSeed, out: console.log, err: console.error });
}

await runTool('soak', 'npm run soak -- --help', main);
