/**
 * The wall clock: `Date.now()` and Node timers. The only place the engine reads real time.
 */
import type { Clock, TimerHandle } from './clock.js';

/** Node's setTimeout accepts at most 2^31-1 ms; longer timers re-arm in steps. */
const DELAY_MAX_MS = 2_147_483_647;

interface RealTimer extends TimerHandle {
  readonly atMs: number;
  timeout: ReturnType<typeof setTimeout> | null;
}

/** The wall clock in ms (for code outside time/ that needs real time, such as fsync intervals). */
export function wallClockMs(): number {
  return Date.now();
}

/**
 * Creates a clock on wall time, for an engine embedded in a server.
 * @example const engine = createEngine({ config, clock: createRealClock() });
 */
export function createRealClock(): Clock {
  const arm = (timer: RealTimer, callback: () => void): void => {
    const delayMs = Math.min(Math.max(0, timer.atMs - Date.now()), DELAY_MAX_MS);
    timer.timeout = setTimeout(() => {
      if (timer.timeout === null) return;
      if (Date.now() < timer.atMs) arm(timer, callback);
      else {
        timer.timeout = null;
        callback();
      }
    }, delayMs);
  };
  return {
    now: () => Date.now(),
    setTimer(atMs, callback) {
      const timer: RealTimer = { atMs, timeout: null };
      arm(timer, callback);
      return timer;
    },
    clearTimer(handle) {
      const timer = handle as RealTimer;
      if (timer.timeout !== null) clearTimeout(timer.timeout);
      timer.timeout = null;
    },
  };
}
