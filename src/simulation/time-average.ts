/**
 * A time-weighted average of a piecewise-constant quantity (contacts waiting, agents busy) over a
 * measurement window `[fromMs, toMs]`; changes outside the window are followed but not counted.
 */

/** The running integral of one quantity over the window. */
export class TimeAverage {
  private value = 0;
  private lastAtMs: number;
  private integral = 0;
  private toMs = Infinity;

  constructor(private readonly fromMs: number) {
    this.lastAtMs = fromMs;
  }

  /** The current value. */
  get current(): number {
    return this.value;
  }

  /** Adds `delta` to the value at `atMs` (times must not go backwards). */
  add(atMs: number, delta: number): void {
    this.accrue(atMs);
    this.value += delta;
  }

  /** Ends the window at `atMs`: later changes are no longer counted. */
  close(atMs: number): void {
    this.accrue(atMs);
    this.toMs = Math.max(atMs, this.fromMs);
  }

  /** The integral of the value over the window so far (value x ms). */
  get area(): number {
    return this.integral;
  }

  /** The window's length so far, once closed. */
  get spanMs(): number {
    return Math.max(0, Math.min(this.toMs, this.lastAtMs) - this.fromMs);
  }

  /** The average over the closed window, or null when it is empty. */
  mean(): number | null {
    const span = this.spanMs;
    return span > 0 ? this.integral / span : null;
  }

  private accrue(atMs: number): void {
    const start = Math.max(this.lastAtMs, this.fromMs);
    const end = Math.min(atMs, this.toMs);
    if (end > start) this.integral += this.value * (end - start);
    if (atMs > this.lastAtMs) this.lastAtMs = atMs;
  }
}
