/**
 * A clock moved by hand: timers fire in (due time, registration order) when the clock is advanced.
 * Used by tests and by the simulator, which runs as fast as it can and never sleeps.
 */
import { Heap } from 'mnemonist';
import type { Clock, TimerHandle } from './clock.js';

interface VirtualTimer extends TimerHandle {
  readonly atMs: number;
  readonly order: number;
  readonly callback: () => void;
  cancelled: boolean;
}

function compareTimers(a: VirtualTimer, b: VirtualTimer): number {
  return a.atMs - b.atMs || a.order - b.order;
}

/**
 * A virtual clock: `now()` only changes when you advance it.
 * @example
 * const clock = new VirtualClock(0);
 * const engine = createEngine({ config, clock });
 * clock.advanceTo(60_000); // fires every offer expiry and wrap-up end due in the first minute
 */
export class VirtualClock implements Clock {
  private nowMs: number;
  private order = 0;
  private readonly timers = new Heap<VirtualTimer>(compareTimers);

  constructor(startMs = 0) {
    if (!Number.isFinite(startMs)) throw new RangeError(`VirtualClock: startMs must be finite (got ${startMs})`);
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  setTimer(atMs: number, callback: () => void): TimerHandle {
    const timer: VirtualTimer = { atMs, order: this.order++, callback, cancelled: false };
    this.timers.push(timer);
    return timer;
  }

  clearTimer(handle: TimerHandle): void {
    (handle as VirtualTimer).cancelled = true;
  }

  /** The due time of the next live timer, or null when none is pending. */
  nextTimerAt(): number | null {
    const next = this.peekLive();
    return next === undefined ? null : next.atMs;
  }

  /**
   * Moves time to `atMs`, firing every timer due on the way in order. Moving backwards is allowed (it
   * models a wall clock being set back); no timer fires and the engine logs a `clock.anomaly`.
   */
  advanceTo(atMs: number): void {
    if (Number.isNaN(atMs)) throw new RangeError('VirtualClock.advanceTo: atMs must be a number (got NaN)');
    for (let next = this.peekLive(); next !== undefined && next.atMs <= atMs; next = this.peekLive()) {
      this.timers.pop();
      if (next.atMs > this.nowMs) this.nowMs = next.atMs;
      next.callback();
    }
    this.nowMs = atMs;
  }

  /** Moves time forward by `durationMs`, firing due timers. */
  advanceBy(durationMs: number): void {
    this.advanceTo(this.nowMs + durationMs);
  }

  /** Same as `advanceTo`: runs every timer due up to `atMs`, then stops there. */
  runUntil(atMs: number): void {
    this.advanceTo(atMs);
  }

  /**
   * Fires timers until none is left (timers they set included), stopping at the last one's time.
   * Returns how many fired. `timersMax` bounds runaway schedules.
   */
  runUntilIdle(timersMax = 10_000_000): number {
    let fired = 0;
    for (let next = this.peekLive(); next !== undefined; next = this.peekLive()) {
      if (fired >= timersMax) throw new RangeError(`VirtualClock.runUntilIdle: more than ${timersMax} timers fired`);
      this.timers.pop();
      if (next.atMs > this.nowMs) this.nowMs = next.atMs;
      next.callback();
      fired++;
    }
    return fired;
  }

  private peekLive(): VirtualTimer | undefined {
    let next = this.timers.peek();
    while (next !== undefined && next.cancelled) {
      this.timers.pop();
      next = this.timers.peek();
    }
    return next;
  }
}
