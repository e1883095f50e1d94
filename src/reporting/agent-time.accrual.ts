/**
 * Agent time: an agent's presence and the number of contacts it holds are constant between two of its
 * events, so time is added span by span, lazily, when one of them changes (or when a report is taken).
 * Only time from `countFromMs` (the end of the warm-up) is counted; spans are split at interval bounds.
 */
import type { Presence } from '../domain/presence.js';
import { splitByInterval } from './interval-grid.js';
import type { AgentTime } from './tally.js';

/** What decides an agent's time: presence (null while unknown or removed), contacts held, and since when. */
export interface AgentTimeState {
  presence: Presence | null;
  /** Contacts held in talk or wrap-up. */
  held: number;
  /** Time up to which this agent's time has been added. */
  cursorMs: number;
}

/** Where a span goes: the totals (`index` null) or an interval; each call returns the agent's and the overall time. */
export type TimeSink = (index: number | null) => readonly AgentTime[];

function addSpan(times: readonly AgentTime[], presence: Presence, held: number, lengthMs: number): void {
  for (const time of times) {
    if (presence === 'offline') time.offlineMs += lengthMs;
    else if (presence === 'available') time.availableMs += lengthMs;
    else if (presence === 'break') time.breakMs += lengthMs;
    else time.notRespondingMs += lengthMs;
    // Occupancy counts work only in staffed time, so busyMs <= staffedMs and the rate stays in 0..1.
    if (presence !== 'offline' && held > 0) {
      time.busyMs += lengthMs;
      time.heldMs += held * lengthMs;
      if (held > time.concurrencyMax) time.concurrencyMax = held;
    }
  }
}

/** How a span is cut: counting start, interval length, and how many intervals are kept. */
export interface AccrualGrid {
  readonly countFromMs: number;
  readonly intervalMs: number;
  readonly intervalsMax: number;
}

/**
 * Adds the agent's time from its cursor to `toMs` (not moving the cursor: the caller does, so a report
 * can add the open span to copies without changing the state). Pieces in intervals older than the
 * latest `intervalsMax` ones (counted back from `toMs`) are skipped: they would be dropped anyway.
 * @example
 * const grid = { countFromMs: 0, intervalMs: 900_000, intervalsMax: 96 };
 * accrueAgentTime({ presence: 'available', held: 1, cursorMs: 0 }, 60_000, grid, sink); // 60 s available and busy
 */
export function accrueAgentTime(state: AgentTimeState, toMs: number, grid: AccrualGrid, sink: TimeSink): void {
  const presence = state.presence;
  const startMs = Math.max(state.cursorMs, grid.countFromMs);
  if (presence === null || toMs <= startMs) return;
  addSpan(sink(null), presence, state.held, toMs - startMs);
  const lastIndex = Math.ceil(toMs / grid.intervalMs) - 1;
  const splitFromMs = Math.max(startMs, (lastIndex - grid.intervalsMax + 1) * grid.intervalMs);
  splitByInterval(splitFromMs, toMs, grid.intervalMs, (index, s, e) => addSpan(sink(index), presence, state.held, e - s));
}
