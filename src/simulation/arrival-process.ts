/**
 * The arrival times of one stream: a Poisson process, homogeneous (constant rate) or piecewise constant
 * by local hour of day (a 24-value profile in the scenario's time zone, daylight saving included).
 *
 * Method: time-change inversion. Each arrival draws one Exp(1) value and walks the cumulative rate
 * until it is used up, crossing hour boundaries as needed; this is exact for a piecewise-constant rate
 * and uses exactly one draw per arrival (so two runs with other rates keep the same random numbers).
 */
import { DateTime } from 'luxon';
import type { Random } from '../time/random.js';
import { exponential1 } from './sample-distribution.js';

const HOUR_MS = 3_600_000;

/** The arrival process of one stream. */
export class ArrivalProcess {
  private segmentStartMs = Infinity;
  private segmentEndMs = -Infinity;
  private segmentRatePerMs = 0;

  /**
   * @param ratesPerHour one rate (constant) or 24 (one per local hour 00-23), in arrivals per hour
   * @param timeZone the IANA zone whose local hours the profile follows
   */
  constructor(
    private readonly random: Random,
    private readonly ratesPerHour: readonly number[],
    private readonly timeZone: string,
  ) {}

  /**
   * The first arrival after `afterMs`.
   * @example new ArrivalProcess(createRandom(1), [120], 'UTC').next(0); // ~30,000 on average
   */
  next(afterMs: number): number {
    let remaining = exponential1(this.random);
    if (this.ratesPerHour.length === 1) return afterMs + (remaining * HOUR_MS) / (this.ratesPerHour[0] as number);
    let t = afterMs;
    // The profile has a positive rate (the schema checks it), so this ends within one day.
    for (;;) {
      this.segmentAt(t);
      const rate = this.segmentRatePerMs;
      const room = (this.segmentEndMs - t) * rate;
      if (rate > 0 && remaining < room) return t + remaining / rate;
      remaining -= room;
      t = this.segmentEndMs;
    }
  }

  /** Loads the local hour containing `t` (cached: boundaries are crossed once per hour). */
  private segmentAt(t: number): void {
    if (t >= this.segmentStartMs && t < this.segmentEndMs) return;
    const local = DateTime.fromMillis(t, { zone: this.timeZone });
    const start = local.startOf('hour');
    this.segmentStartMs = start.toMillis();
    this.segmentEndMs = start.plus({ hours: 1 }).toMillis();
    this.segmentRatePerMs = (this.ratesPerHour[local.hour] as number) / HOUR_MS;
  }
}
