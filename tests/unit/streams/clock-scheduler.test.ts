import { interval, take, throttleTime, Subject, timer } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { clockScheduler } from '../../../src/streams/clock-scheduler.js';
import { VirtualClock } from '../../../src/time/virtual-clock.js';

describe('clockScheduler', () => {
  it('runs interval on virtual time, one tick per period, as the clock is advanced', () => {
    const clock = new VirtualClock(0);
    const ticks: Array<[number, number]> = [];
    interval(1_000, clockScheduler(clock)).subscribe((n) => ticks.push([n, clock.now()]));
    clock.advanceTo(3_500);
    expect(ticks).toEqual([[0, 1_000], [1, 2_000], [2, 3_000]]);
  });

  it('reads now() from the clock', () => {
    const clock = new VirtualClock(42);
    expect(clockScheduler(clock).now()).toBe(42);
  });

  it('fires a zero delay at the current instant, on the next clock advance', () => {
    const clock = new VirtualClock(500);
    const seen: number[] = [];
    timer(0, clockScheduler(clock)).subscribe(() => seen.push(clock.now()));
    expect(seen).toEqual([]);
    clock.advanceTo(500);
    expect(seen).toEqual([500]);
  });

  it('cancels the pending timer when the subscriber unsubscribes', () => {
    const clock = new VirtualClock(0);
    const ticks: number[] = [];
    const subscription = interval(1_000, clockScheduler(clock)).subscribe((n) => ticks.push(n));
    clock.advanceTo(1_500);
    subscription.unsubscribe();
    clock.advanceTo(10_000);
    expect(ticks).toEqual([0]);
    expect(clock.nextTimerAt()).toBeNull();
  });

  it('drives time operators such as throttleTime', () => {
    const clock = new VirtualClock(0);
    const scheduler = clockScheduler(clock);
    const input = new Subject<number>();
    const out: number[] = [];
    input.pipe(throttleTime(1_000, scheduler)).subscribe((v) => out.push(v));
    input.next(1); // passes, opens a 1 s window
    clock.advanceTo(500);
    input.next(2); // inside the window: dropped
    clock.advanceTo(1_000);
    input.next(3); // window closed at 1 s: passes
    expect(out).toEqual([1, 3]);
  });

  it('reports work that throws and keeps the clock running other timers', () => {
    const clock = new VirtualClock(0);
    const errors: unknown[] = [];
    const scheduler = clockScheduler(clock, { onError: (e) => errors.push(e) });
    const fired: number[] = [];
    scheduler.schedule(() => {
      throw new Error('boom');
    }, 100);
    clock.setTimer(200, () => fired.push(clock.now()));
    clock.advanceTo(300);
    expect((errors[0] as Error).message).toBe('boom');
    expect(fired).toEqual([200]);
  });

  it('completes finite streams', () => {
    const clock = new VirtualClock(0);
    let completed = false;
    interval(10, clockScheduler(clock)).pipe(take(2)).subscribe({ complete: () => (completed = true) });
    clock.advanceTo(20);
    expect(completed).toBe(true);
  });
});
