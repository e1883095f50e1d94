/**
 * The clock port: time is an input to the engine. Two implementations come with the package:
 * `createRealClock` (wall time and timers) and `VirtualClock` (moved by hand, for tests and simulation).
 */

/** A timer registration; cancel it with `clock.clearTimer`. */
export interface TimerHandle {
  /** The instant the timer is due. */
  readonly atMs: number;
}

/** What the engine needs from time: the current instant and one-shot timers. */
export interface Clock {
  /** The current instant in milliseconds. */
  now(): number;
  /** Calls `callback` once, at `atMs` or as soon as possible after it. */
  setTimer(atMs: number, callback: () => void): TimerHandle;
  /** Cancels a timer; a no-op if it already fired. */
  clearTimer(handle: TimerHandle): void;
}
