/**
 * An RxJS scheduler over our `Clock` port, so every time operator (`timer`, `interval`,
 * `throttleTime`, `delay`...) runs on engine time: on a `VirtualClock` a stream ticks as the clock is
 * advanced, never on the wall clock. Each scheduled action is one clock timer.
 */
import { type SchedulerAction, type SchedulerLike, Subscription } from 'rxjs';
import type { Clock, TimerHandle } from '../time/clock.js';

/** Options of `clockScheduler`. */
export interface ClockSchedulerOptions {
  /** Called when scheduled work throws; default: rethrown asynchronously. The clock keeps running either way. */
  readonly onError?: (error: unknown) => void;
}

const rethrowLater = (error: unknown): void => {
  queueMicrotask(() => {
    throw error;
  });
};

/** One scheduled piece of work: a clock timer that can re-arm itself (periodic operators do). */
class ClockAction<T> extends Subscription implements SchedulerAction<T> {
  private handle: TimerHandle | null = null;
  private state: T | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly work: (this: SchedulerAction<T>, state?: T) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    super();
    this.add(() => this.disarm());
  }

  schedule(state?: T, delay = 0): Subscription {
    if (this.closed) return this;
    this.state = state;
    this.disarm();
    this.handle = this.clock.setTimer(this.clock.now() + Math.max(0, delay), this.run);
    return this;
  }

  private disarm(): void {
    if (this.handle !== null) this.clock.clearTimer(this.handle);
    this.handle = null;
  }

  private readonly run = (): void => {
    this.handle = null;
    if (this.closed) return;
    try {
      this.work.call(this, this.state);
    } catch (error) {
      // A throwing action must not break the clock's loop: other timers (the engine's) still fire.
      this.unsubscribe();
      this.onError(error);
    }
  };
}

/**
 * Creates an RxJS scheduler that reads and waits on a `Clock`.
 * @example
 * const clock = new VirtualClock(0);
 * const ticks: number[] = [];
 * interval(1000, clockScheduler(clock)).subscribe((n) => ticks.push(n));
 * clock.advanceTo(3000); // ticks = [0, 1, 2]
 */
export function clockScheduler(clock: Clock, options: ClockSchedulerOptions = {}): SchedulerLike {
  const onError = options.onError ?? rethrowLater;
  return {
    now: () => clock.now(),
    schedule<T>(work: (this: SchedulerAction<T>, state?: T) => void, delay = 0, state?: T): Subscription {
      return new ClockAction<T>(clock, work, onError).schedule(state, delay);
    },
  };
}
