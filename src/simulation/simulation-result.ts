/**
 * What a simulation run returns, and its options. The CLI, the progress bar and the HTML report build
 * on `SimulationResult`: everything in it is plain JSON (numbers, strings, arrays, records, null).
 */
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { Report } from '../reporting/report.schema.js';
import type { QueueingResult } from './queueing-fold.js';
import type { Scenario } from './scenario.schema.js';
import type { Timeline } from './timeline.js';

/** How far a run has got: told to `onProgress` a bounded number of times (about 100). */
export interface SimulationProgress {
  /** 0 to 1: the larger of customers created / horizon customers and simulated time / horizon duration. */
  readonly fraction: number;
  /** Customers created so far. */
  readonly customers: number;
  /** Simulated time since the start, in ms. */
  readonly simulatedMs: number;
}

/** Options of `runSimulation`; `seed`, `customers` and `durationMs` override the scenario. */
export interface SimulationOptions {
  /** Replaces the scenario's seed. */
  readonly seed?: number;
  /** With `durationMs`, replaces the scenario's horizon (the one given alone is the whole horizon). */
  readonly customers?: number;
  readonly durationMs?: number;
  /** Return the whole event log in `events` (memory grows with the run); default false. */
  readonly keepEvents?: boolean;
  /** Called with the progress about every 1 %, and once at the end with fraction 1. */
  readonly onProgress?: (progress: SimulationProgress) => void;
  /** Most timeline samples kept (the step doubles past it); default 10,000. */
  readonly timelineSamplesMax?: number;
}

/** The outcome of a run. Same scenario and seed give the same result, byte for byte as JSON. */
export interface SimulationResult {
  /** The scenario as parsed (defaults applied, options' overrides included). */
  readonly scenario: Scenario;
  readonly seed: number;
  /** The start instant (the scenario's `startAt`) and the end of the run (after the drain), in ms. */
  readonly startMs: number;
  readonly endMs: number;
  /** Customers created. */
  readonly customers: number;
  /** `createReport` over the run: from `startMs`, warm-up excluded, to `endMs`. */
  readonly report: Report;
  /** The reference file's queueing metrics over the measurement window. */
  readonly queueing: QueueingResult;
  readonly timeline: Timeline;
  /** Each simulated agent's group id. */
  readonly agentGroupOf: Readonly<Record<string, string>>;
  /** Commands the engine refused (0 in a correct run; see the simulator's tests). */
  readonly refusedCommands: number;
  /** The whole event log with `keepEvents`, else null. */
  readonly events: readonly SwitchboardEvent[] | null;
}
