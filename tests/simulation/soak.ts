/**
 * `npm run soak -- --minutes N [--seed S]`: runs swarm seeds S, S+1, ... (tests/simulation/swarm)
 * until N minutes of wall time have passed, then reports seeds run, commands applied, simulated hours
 * and invariant checks evaluated. It stops at the first failing seed, prints the report and the
 * command that replays that run, and exits 1. A script, not a test: it reads the wall clock.
 */
import { parseArgs } from 'node:util';
import { formatFailure, replayCommand, runSwarmSeed } from './swarm/swarm-run.js';

/** How often a progress line is printed. */
const PROGRESS_EVERY_MS = 15_000;

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '1' }, seed: { type: 'string' } } });
const minutes = Number(values.minutes);
if (!(minutes > 0)) throw new Error(`soak: --minutes must be a positive number (got ${values.minutes})`);
const firstSeed = values.seed === undefined ? Date.now() % 1_000_000_000 : Number(values.seed);
if (!Number.isSafeInteger(firstSeed) || firstSeed < 0) throw new Error(`soak: --seed must be a non-negative integer (got ${values.seed})`);

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const startedMs = Date.now();
const endMs = startedMs + minutes * 60_000;
const total = { seeds: 0, commands: 0, simulatedMs: 0, checks: 0, events: 0 };
let nextProgressMs = startedMs + PROGRESS_EVERY_MS;
console.log(`soak: seeds from ${firstSeed} for ${minutes} min (repeat with --seed ${firstSeed})`);

function summary(): string {
  const wallMin = (Date.now() - startedMs) / 60_000;
  return `${format(total.seeds)} seeds (${firstSeed}..${firstSeed + total.seeds - 1}) in ${wallMin.toFixed(1)} min: ${format(total.commands)} commands applied, ${(total.simulatedMs / 3_600_000).toFixed(1)} simulated hours, ${format(total.checks)} invariant checks evaluated, ${format(total.events)} events`;
}

for (let seed = firstSeed; Date.now() < endMs; seed++) {
  const run = runSwarmSeed(seed);
  total.seeds++;
  total.commands += run.commands;
  total.simulatedMs += run.simulatedMs;
  total.checks += run.checks;
  total.events += run.events;
  if (!run.ok) {
    console.error(formatFailure(run));
    console.error(`soak: FAILED at seed ${seed} after ${summary()}`);
    console.error(`soak: replay with ${replayCommand(seed)}`);
    process.exit(1);
  }
  if (Date.now() >= nextProgressMs) {
    console.log(`soak: ${summary()}`);
    nextProgressMs += PROGRESS_EVERY_MS;
  }
}
console.log(`soak: passed: ${summary()}`);
