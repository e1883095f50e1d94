/**
 * Turns a fold's tallies into a report as of `toMs`. Pure with respect to the fold: agents' open
 * spans (from their last event to `toMs`) are added to copies, so a live fold can be reported on
 * again and again while it keeps reading events.
 */
import { accrueAgentTime } from './agent-time.accrual.js';
import { agentFigures, contactFigures, overallFigures } from './figures.js';
import type { AgentFigures, ContactFigures } from './figures.schema.js';
import { REPORT_SCHEMA_VERSION, type AgentRow, type IntervalRow, type QueueRow, type Report } from './report.schema.js';
import type { ReportFold } from './report-fold.js';
import { type AgentTime, createAgentTime, Tally } from './tally.js';

const EMPTY = new Tally(1);

/** Agent time not yet in the tallies: each agent's open span up to `toMs`, by key. */
type PendingTime = Map<string, AgentTime>;

function pendingAt(pending: PendingTime, key: string): AgentTime {
  let time = pending.get(key);
  if (time === undefined) {
    time = createAgentTime();
    pending.set(key, time);
  }
  return time;
}

/** The stored time of a tally plus its pending time. */
function merged(stored: AgentTime, extra: AgentTime | undefined): AgentTime {
  if (extra === undefined) return stored;
  return {
    offlineMs: stored.offlineMs + extra.offlineMs,
    availableMs: stored.availableMs + extra.availableMs,
    breakMs: stored.breakMs + extra.breakMs,
    notRespondingMs: stored.notRespondingMs + extra.notRespondingMs,
    busyMs: stored.busyMs + extra.busyMs,
    heldMs: stored.heldMs + extra.heldMs,
    concurrencyMax: Math.max(stored.concurrencyMax, extra.concurrencyMax),
  };
}

function pendingTime(fold: ReportFold, toMs: number, countFromMs: number, lowIndex: number): PendingTime {
  const pending: PendingTime = new Map();
  for (const agent of fold.agents.values()) {
    accrueAgentTime(agent, toMs, fold.grid(countFromMs), (index) => {
      if (index === null) return [pendingAt(pending, `a|${agent.id}`), pendingAt(pending, 'o')];
      if (index < lowIndex) return [];
      return [pendingAt(pending, `a|${agent.id}|${index}`), pendingAt(pending, `o|${index}`)];
    });
  }
  return pending;
}

function sortedIds(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The interval indexes a report lists: from the warm-up's end to `toMs`, the latest `listedMax` of them. */
function intervalRange(fold: ReportFold, toMs: number, countFromMs: number, listedMax: number): [number, number] {
  const intervalMs = fold.options.intervalMs;
  const last = Math.max(fold.store.newestIndex, Math.ceil(toMs / intervalMs) - 1);
  const kept = Math.min(fold.options.intervalsMax, listedMax);
  const first = Math.max(Math.floor(countFromMs / intervalMs), last - kept + 1, fold.store.oldestKeptIndex);
  return [first, last];
}

interface RowContext {
  readonly queueIds: readonly string[];
  readonly agentIds: readonly string[];
  readonly pending: PendingTime;
}

function queueRows(ids: readonly string[], tallyOf: (id: string) => Tally | undefined): QueueRow[] {
  return ids.map((queueId) => ({ queueId, ...(contactFigures(tallyOf(queueId) ?? EMPTY) satisfies ContactFigures) }));
}

function agentRows(
  ids: readonly string[],
  tallyOf: (id: string) => Tally | undefined,
  pending: (id: string) => AgentTime | undefined,
): AgentRow[] {
  return ids.map((agentId) => {
    const tally = tallyOf(agentId) ?? EMPTY;
    return { agentId, ...(agentFigures(tally, merged(tally.time, pending(agentId))) satisfies AgentFigures) };
  });
}

function intervalRow(fold: ReportFold, index: number, ctx: RowContext): IntervalRow {
  const intervalMs = fold.options.intervalMs;
  const stored = fold.store.storedInterval(index);
  const overall = stored?.overall ?? EMPTY;
  return {
    startMs: index * intervalMs,
    endMs: (index + 1) * intervalMs,
    overall: overallFigures(overall, merged(overall.time, ctx.pending.get(`o|${index}`))),
    queues: queueRows(ctx.queueIds, (id) => stored?.queues.get(id)),
    agents: agentRows(ctx.agentIds, (id) => stored?.agents.get(id), (id) => ctx.pending.get(`a|${id}|${index}`)),
  };
}

/**
 * The report of a fold as of `toMs` (which must not be before the fold's last event). `intervalsListedMax`
 * lists only the latest intervals (live samples list the current one); the default lists all kept.
 * @example
 * const fold = new ReportFold(resolveReportOptions());
 * for (const event of engine.events()) fold.apply(event);
 * const report = buildReport(fold, engine.now());
 */
export function buildReport(fold: ReportFold, toMs: number, intervalsListedMax = Infinity): Report {
  const options = fold.options;
  const fromMs = fold.fromMs ?? toMs;
  const countFromMs = fromMs + options.warmupMs;
  const [first, last] = intervalRange(fold, toMs, countFromMs, intervalsListedMax);
  const ctx: RowContext = {
    queueIds: sortedIds(fold.store.queues),
    agentIds: sortedIds(fold.store.agents),
    pending: pendingTime(fold, toMs, countFromMs, first),
  };
  const intervals: IntervalRow[] = [];
  for (let index = first; index <= last; index++) intervals.push(intervalRow(fold, index, ctx));
  const overall = fold.store.overall;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    fromMs,
    toMs,
    warmupMs: options.warmupMs,
    countFromMs,
    intervalMs: options.intervalMs,
    serviceLevelThresholdMs: options.serviceLevelThresholdMs,
    lastSeq: fold.lastSeq,
    overall: overallFigures(overall, merged(overall.time, ctx.pending.get('o'))),
    queues: queueRows(ctx.queueIds, (id) => fold.store.queues.get(id)),
    agents: agentRows(ctx.agentIds, (id) => fold.store.agents.get(id), (id) => ctx.pending.get(`a|${id}`)),
    intervals,
  };
}

/**
 * One queue's figures from a fold (what `buildReport` lists for it).
 * @example buildQueueRow(fold, 'sales').answeredWaitMsP90;
 */
export function buildQueueRow(fold: ReportFold, queueId: string): QueueRow {
  return queueRows([queueId], (id) => fold.store.queues.get(id))[0] as QueueRow;
}

/**
 * One agent's figures from a fold as of `toMs` (what `buildReport` lists for it).
 * @example buildAgentRow(fold, 'ann', engine.now()).occupancyRate;
 */
export function buildAgentRow(fold: ReportFold, agentId: string, toMs: number): AgentRow {
  const pending: PendingTime = new Map();
  const agent = fold.agents.get(agentId);
  const countFromMs = (fold.fromMs ?? toMs) + fold.options.warmupMs;
  if (agent !== undefined) {
    accrueAgentTime(agent, toMs, fold.grid(countFromMs), (index) => (index === null ? [pendingAt(pending, 'a')] : []));
  }
  return agentRows([agentId], (id) => fold.store.agents.get(id), () => pending.get('a'))[0] as AgentRow;
}
