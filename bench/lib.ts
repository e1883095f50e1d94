/**
 * The library under measurement, passed to every benchmark as a parameter: `bench/run.ts` passes the
 * built `dist/`, the tests pass `src/`, so the same benchmark code measures the package and cannot rot.
 */
import type { Command, CommandResult, SwitchboardEvent } from '../src/index.js';

/** The switchboard module: `await import('../dist/index.js')` or `await import('../src/index.js')`. */
export type Lib = typeof import('../src/index.js');

/** An engine built by `lib.createEngine`. */
export type BenchEngine = ReturnType<Lib['createEngine']>;

/** A virtual clock built by `new lib.VirtualClock()`. */
export type BenchClock = InstanceType<Lib['VirtualClock']>;

/** What the driver needs of an engine: the real one, or the no-op stub that measures the driver alone. */
export interface DrivenEngine {
  dispatch(command: Command): CommandResult;
  readonly events$: { subscribe(next: (event: SwitchboardEvent) => void): { unsubscribe(): void } };
}

/** One measured value; `better` says which direction is an improvement (for the baseline comparison). */
export interface Metric {
  readonly value: number;
  readonly unit: string;
  readonly better: 'higher' | 'lower';
  /** A target from issue 8, when there is one: met when `value` is on the `better` side of it. */
  readonly target?: number;
}

/** What every benchmark returns: its metrics, a checksum of its result, and details for the JSON. */
export interface BenchResult {
  readonly name: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly metrics: Readonly<Record<string, Metric>>;
  /** A hash of the run's outcome (event counts, loads, decisions); the same seed gives the same checksum. */
  readonly checksum: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Metric helpers. */
export const higher = (value: number, unit: string, target?: number): Metric =>
  target === undefined ? { value, unit, better: 'higher' } : { value, unit, better: 'higher', target };
export const lower = (value: number, unit: string, target?: number): Metric =>
  target === undefined ? { value, unit, better: 'lower' } : { value, unit, better: 'lower', target };

/**
 * A virtual clock's start that reads like a server's clock (1 January 2027, 00:00 UTC): engine times
 * past the small-integer range, which V8 boxes (16 B each) in every object that holds one.
 */
export const EPOCH_CLOCK_START_MS = Date.UTC(2027, 0, 1);
