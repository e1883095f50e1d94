/**
 * `switchboard simulate [scenario.json] [--seed N] [--customers N | --horizon 8h] [--json out.json]
 * [--events] [--html out.html]`: runs a scenario (the embedded default without a file), shows a
 * progress bar on a terminal, prints the summary and writes the requested files.
 */
import type { Command } from 'commander';
import { runSimulation } from '../simulation/run-simulation.js';
import type { ScenarioInput } from '../simulation/scenario.schema.js';
import type { SimulationOptions, SimulationResult } from '../simulation/simulation-result.js';
import { chartJsSource } from './chart-js-source.js';
import type { CliIo } from './cli-io.js';
import { formatDurationFlag } from './format.js';
import { buildHtmlReport } from './html-report.js';
import { loadScenario } from './load-scenario.js';
import { parseDurationMs, parseInteger } from './parse-units.js';
import { createProgressBar } from './progress-bar.js';
import { formatSummary } from './summary-table.js';
import { renderTextTable } from './text-table.js';
import { UsageError } from './usage-error.js';
import { answeredWaitsMs, waitHistogram } from './wait-histogram.js';
import { writeOutput } from './write-output.js';

/** The flags of `simulate`, as commander gives them (strings, parsed here). */
export interface SimulateFlags {
  readonly seed?: string;
  readonly customers?: string;
  readonly horizon?: string;
  readonly json?: string;
  readonly events?: boolean;
  readonly html?: string;
}

/**
 * Adds the `simulate` command to a program.
 * @example registerSimulate(program, processIo());
 */
export function registerSimulate(program: Command, io: CliIo): void {
  program
    .command('simulate')
    .description('run a scenario (the embedded default without a file) and print a summary')
    .argument('[scenario]', 'scenario JSON file')
    .option('--seed <n>', "seed of the run (overrides the scenario's)")
    .option('--customers <n>', 'stop after this many arrivals (replaces the scenario horizon)')
    .option('--horizon <duration>', 'stop arrivals after this simulated time, e.g. 8h, 90m (replaces the scenario horizon)')
    .option('--json <file>', 'write the result (report, queueing metrics, timeline) as JSON')
    .option('--events', 'include the event log in the --json file')
    .option('--html <file>', 'write a self-contained HTML report with charts')
    .action((file: string | undefined, flags: SimulateFlags) => simulate(file, flags, io));
}

/**
 * Runs `simulate`: throws a `UsageError` for bad flags or a bad scenario.
 * @example simulate(undefined, { horizon: '2h' }, processIo());
 */
export function simulate(file: string | undefined, flags: SimulateFlags, io: CliIo): void {
  const options = simulationOptions(flags);
  const input = loadScenario(file);
  const result = runWithProgress(input, { ...options, keepEvents: flags.events === true || flags.html !== undefined }, io);
  const reproduce = reproduceCommand(file, result.seed, options);
  const written: string[] = [];
  if (flags.json !== undefined) {
    writeOutput(flags.json, `${JSON.stringify({ ...result, events: flags.events === true ? result.events : null })}\n`, '--json');
    written.push(`JSON result: ${flags.json}`);
  }
  if (flags.html !== undefined) {
    const histogram = waitHistogram(answeredWaitsMs(result.events ?? [], result.report.countFromMs));
    writeOutput(flags.html, buildHtmlReport({ result, histogram, chartJs: chartJsSource(), reproduce }), '--html');
    written.push(`HTML report: ${flags.html}`);
  }
  io.out(formatSummary(result, reproduce, renderTextTable));
  if (written.length > 0) io.out(`${written.join('\n')}\n`);
}

/** The run's options from the flags. */
function simulationOptions(flags: SimulateFlags): SimulationOptions {
  if (flags.customers !== undefined && flags.horizon !== undefined) {
    throw new UsageError('give --customers or --horizon, not both');
  }
  if (flags.events === true && flags.json === undefined) throw new UsageError('--events needs --json <file>');
  return {
    ...(flags.seed !== undefined ? { seed: parseInteger(flags.seed, '--seed') } : {}),
    ...(flags.customers !== undefined ? { customers: parseInteger(flags.customers, '--customers', 1) } : {}),
    ...(flags.horizon !== undefined ? { durationMs: positiveDuration(flags.horizon) } : {}),
  };
}

function positiveDuration(text: string): number {
  const ms = parseDurationMs(text, '--horizon');
  if (ms <= 0) throw new UsageError(`--horizon must be longer than 0 (got ${JSON.stringify(text)})`);
  return ms;
}

/** Runs the simulation with a progress bar on a terminal; a bad option is a `UsageError`. */
function runWithProgress(input: ScenarioInput, options: SimulationOptions, io: CliIo): SimulationResult {
  const bar = createProgressBar(io.progress);
  try {
    return runSimulation(input, bar === null ? options : { ...options, onProgress: bar.onProgress });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  } finally {
    bar?.stop();
  }
}

/** The command line that gives the same run again. */
function reproduceCommand(file: string | undefined, seed: number, options: SimulationOptions): string {
  const parts = ['switchboard simulate'];
  if (file !== undefined) parts.push(shellQuote(file));
  parts.push(`--seed ${seed}`);
  if (options.customers !== undefined) parts.push(`--customers ${options.customers}`);
  if (options.durationMs !== undefined) parts.push(`--horizon ${formatDurationFlag(options.durationMs)}`);
  return parts.join(' ');
}

function shellQuote(text: string): string {
  return /^[\w./@:+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
