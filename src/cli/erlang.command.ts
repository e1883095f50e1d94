/**
 * `switchboard erlang --arrivals 200/h --handle 180s [--target 80/20s] [--patience 120s] [--agents N]`:
 * staffing questions answered with Erlang C (or Erlang A with `--patience`): the agents needed for the
 * target and the metrics around it, or the metrics of N agents. Inputs the calculators refuse give
 * their RangeError's message and exit code 2.
 */
import type { Command } from 'commander';
import { staffing } from '../simulation/erlang/staffing.js';
import type { CliIo } from './cli-io.js';
import { formatPercent, formatSeconds, formatThreshold } from './format.js';
import { parseDurationMs, parseInteger, parseRatePerSec, parseTarget, type ServiceLevelTarget } from './parse-units.js';
import { type ErlangQuestion, erlangRow, erlangTable } from './erlang-table.js';
import { renderTextTable } from './text-table.js';
import { UsageError } from './usage-error.js';

/** The flags of `erlang`, as commander gives them. */
export interface ErlangFlags {
  readonly arrivals: string;
  readonly handle: string;
  readonly target: string;
  readonly patience?: string;
  readonly agents?: string;
}

/**
 * Adds the `erlang` command to a program.
 * @example registerErlang(program, processIo());
 */
export function registerErlang(program: Command, io: CliIo): void {
  program
    .command('erlang')
    .description('agents needed for a service-level target (Erlang C, or Erlang A with --patience)')
    .requiredOption('--arrivals <rate>', 'arrival rate, e.g. 200/h or 100/30m')
    .requiredOption('--handle <duration>', 'mean handle time, e.g. 180s or 3m')
    .option('--target <sl>', 'service-level target: percent answered within a time', '80/20s')
    .option('--patience <duration>', 'mean patience before abandoning (uses Erlang A), e.g. 120s')
    .option('--agents <n>', 'show the metrics for this many agents')
    .action((flags: ErlangFlags) => erlang(flags, io));
}

/**
 * Runs `erlang`: throws a `UsageError` for bad flags or input the calculators refuse.
 * @example erlang({ arrivals: '100/30m', handle: '180s', target: '80/20s' }, processIo()); // 14 agents
 */
export function erlang(flags: ErlangFlags, io: CliIo): void {
  const target = parseTarget(flags.target, '--target');
  const question: ErlangQuestion = {
    arrivalRatePerSec: parseRatePerSec(flags.arrivals, '--arrivals'),
    handleTimeMeanSec: parseDurationMs(flags.handle, '--handle') / 1_000,
    serviceLevelThresholdSec: target.thresholdMs / 1_000,
    ...(flags.patience !== undefined ? { patienceMeanSec: parseDurationMs(flags.patience, '--patience') / 1_000 } : {}),
  };
  const agents = flags.agents === undefined ? undefined : parseInteger(flags.agents, '--agents');
  try {
    io.out(agents === undefined ? staffingAnswer(question, target) : agentsAnswer(question, target, agents));
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

/** The agents needed for the target, and the table around that count. */
function staffingAnswer(question: ErlangQuestion, target: ServiceLevelTarget): string {
  const needed = staffing({ ...question, serviceLevelMin: target.serviceLevelMin }).agents;
  const lines = [`Agents needed: ${needed}`, '', ...metricLines(question, needed)];
  return [...header(question, target), ...lines, '', renderTextTable(erlangTable(question, needed, 'needed')), ''].join('\n');
}

/** The metrics of `agents` agents, whether they meet the target, the count needed and the table. */
function agentsAnswer(question: ErlangQuestion, target: ServiceLevelTarget, agents: number): string {
  const row = erlangRow(question, agents);
  const met = row.serviceLevel >= target.serviceLevelMin ? 'met' : 'not met';
  const lines = [`With ${agents} agents (target ${met}; ${neededLine(question, target)}):`, '', ...metricLines(question, agents)];
  return [...header(question, target), ...lines, '', renderTextTable(erlangTable(question, agents, 'asked')), ''].join('\n');
}

function neededLine(question: ErlangQuestion, target: ServiceLevelTarget): string {
  try {
    return `agents needed: ${staffing({ ...question, serviceLevelMin: target.serviceLevelMin }).agents}`;
  } catch (error) {
    if (error instanceof RangeError && error.message.startsWith('staffing: no agent count')) return 'no agent count meets it';
    throw error;
  }
}

function header(question: ErlangQuestion, target: ServiceLevelTarget): string[] {
  const model = question.patienceMeanSec === undefined ? 'Erlang C (M/M/c, callers never abandon)' : 'Erlang A (M/M/c+M, exponential patience)';
  const perHour = question.arrivalRatePerSec * 3_600;
  const patience = question.patienceMeanSec === undefined ? '' : `, mean patience ${formatThreshold(question.patienceMeanSec * 1_000)}`;
  return [
    `Model:   ${model}`,
    `Traffic: ${round(perHour)} contacts per hour, mean handle time ${formatThreshold(question.handleTimeMeanSec * 1_000)}${patience}`,
    `         offered load ${(question.arrivalRatePerSec * question.handleTimeMeanSec).toFixed(2)} Erlangs`,
    `Target:  ${round(target.serviceLevelMin * 100)} % answered within ${formatThreshold(target.thresholdMs)}`,
    '',
  ];
}

function metricLines(question: ErlangQuestion, agents: number): string[] {
  const row = erlangRow(question, agents);
  const asa = question.patienceMeanSec === undefined ? 'ASA (all contacts)' : 'ASA (answered)';
  return [
    `  probability of waiting  ${formatPercent(row.pWait)}`,
    ...(row.pAbandon === null ? [] : [`  abandonment             ${formatPercent(row.pAbandon)}`]),
    `  ${asa.padEnd(22)}  ${formatSeconds(row.asaSec * 1_000)}`,
    `  service level           ${formatPercent(row.serviceLevel)}`,
    `  occupancy               ${formatPercent(row.occupancy)}${row.stable ? '' : ' (unstable: offered load >= agents)'}`,
  ];
}

function round(value: number): string {
  return String(Number(value.toPrecision(6)));
}
