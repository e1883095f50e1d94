/**
 * The data behind the HTML report's four charts, computed from a `SimulationResult` (and the answered
 * waits, see `wait-histogram.ts`): waiting contacts over time (timeline), service level per interval
 * (report intervals), occupancy per agent group (report agents through `agentGroupOf`) and the
 * wait-time histogram. Percentages are 0-100; undefined values are null (a gap in the chart).
 */
import type { AgentRow } from '../reporting/report.schema.js';
import type { SimulationResult } from '../simulation/simulation-result.js';
import { formatClock } from './format.js';
import type { WaitHistogram } from './wait-histogram.js';

/** A named series of a chart. */
export interface Series {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/** What the report page's script draws. */
export interface ReportData {
  readonly waiting: { readonly labels: readonly string[]; readonly series: readonly Series[] };
  readonly serviceLevel: { readonly labels: readonly string[]; readonly thresholdMs: number; readonly series: readonly Series[] };
  readonly occupancy: { readonly groups: readonly string[]; readonly percent: readonly (number | null)[] };
  readonly waits: { readonly labels: readonly string[]; readonly counts: readonly number[]; readonly bucketMs: number; readonly thresholdMs: number };
}

/**
 * The chart data of a run.
 * @example reportData(result, waitHistogram(answeredWaitsMs(result.events ?? [], result.report.countFromMs)));
 */
export function reportData(result: SimulationResult, histogram: WaitHistogram): ReportData {
  const { report, timeline, scenario, startMs } = result;
  const zone = scenario.timeZone;
  const samples = timeline.samples;
  const intervals = report.intervals;
  return {
    waiting: {
      labels: samples.map((s) => formatClock(s.atMs, startMs, zone)),
      series: [
        { name: 'waiting contacts', values: samples.map((s) => s.waitingContacts) },
        { name: 'busy agents', values: samples.map((s) => s.busyAgents) },
        { name: 'logged-in agents', values: samples.map((s) => s.loggedInAgents) },
      ],
    },
    serviceLevel: {
      labels: intervals.map((row) => formatClock(row.startMs, startMs, zone)),
      thresholdMs: report.serviceLevelThresholdMs,
      series: [
        { name: 'overall', values: intervals.map((row) => percent(row.overall.serviceLevelOverOffered)) },
        ...scenario.queues.map((queue) => ({
          name: queue.id,
          values: intervals.map((row) => percent(row.queues.find((q) => q.queueId === queue.id)?.serviceLevelOverOffered ?? null)),
        })),
      ],
    },
    occupancy: groupOccupancy(result),
    waits: { labels: histogram.labels, counts: histogram.counts, bucketMs: histogram.bucketMs, thresholdMs: report.serviceLevelThresholdMs },
  };
}

/** Occupancy per agent group: the group's busy time over its staffed time, in scenario order. */
function groupOccupancy(result: SimulationResult): ReportData['occupancy'] {
  const groups = result.scenario.agentGroups.map((group) => group.id);
  const rows = new Map<string, AgentRow[]>(groups.map((id) => [id, []]));
  for (const agent of result.report.agents) rows.get(result.agentGroupOf[agent.agentId] ?? '')?.push(agent);
  return { groups, percent: groups.map((id) => percent(occupancyOf(rows.get(id) ?? []))) };
}

/**
 * Busy over staffed time of some agents; null when they were never staffed.
 * @example occupancyOf(result.report.agents); // 0.61
 */
export function occupancyOf(agents: readonly AgentRow[]): number | null {
  let busyMs = 0;
  let staffedMs = 0;
  for (const agent of agents) {
    busyMs += agent.busyMs;
    staffedMs += agent.staffedMs;
  }
  return staffedMs > 0 ? busyMs / staffedMs : null;
}

function percent(fraction: number | null): number | null {
  return fraction === null ? null : Math.round(fraction * 10_000) / 100;
}
