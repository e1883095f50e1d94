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
const DAY_MS = 86_400_000;

/** The arrival process of one stream. */
export class ArrivalProcess {
  private segmentStartMs = Infinity;
  private segmentEndMs = -Infinity;
  private segmentRatePerMs = 0;
  /** A stretch (a local day, or one hour on a daylight-saving day) with a constant UTC offset. */
  private dayStartMs = Infinity;
  private dayEndMs = -Infinity;
  private dayOffsetMs = 0;

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
    if (!(t >= this.dayStartMs && t < this.dayEndMs)) this.loadDay(t);
    // Within a day of constant offset, local hours are plain arithmetic (luxon is slow: Intl per call).
    const localMs = t + this.dayOffsetMs;
    const intoHourMs = mod(localMs, HOUR_MS);
    this.segmentStartMs = t - intoHourMs;
    this.segmentEndMs = Math.min(this.segmentStartMs + HOUR_MS, this.dayEndMs);
    const hour = Math.floor(mod(localMs, DAY_MS) / HOUR_MS);
    this.segmentRatePerMs = (this.ratesPerHour[hour] as number) / HOUR_MS;
  }

  /**
   * Loads a stretch of constant UTC offset containing `t`: its local day, or on a day with a
   * daylight-saving change, the rest of its local hour up to the change (found by bisection).
   */
  private loadDay(t: number): void {
    const local = DateTime.fromMillis(t, { zone: this.timeZone });
    const dayStart = local.startOf('day');
    const dayEnd = dayStart.plus({ days: 1 });
    this.dayOffsetMs = local.offset * 60_000;
    if (dayStart.offset === dayEnd.offset && dayStart.toMillis() <= t && t < dayEnd.toMillis()) {
      this.dayStartMs = dayStart.toMillis();
      this.dayEndMs = dayEnd.toMillis();
      return;
    }
    const zone = local.zone;
    const hourEndMs = t - mod(t + this.dayOffsetMs, HOUR_MS) + HOUR_MS;
    let low = t;
    let high = hourEndMs;
    // The offset changes at most once in an hour: find the first instant with the new one, if any.
    if (zone.offset(high - 1) !== local.offset) {
      high -= 1;
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (zone.offset(mid) === local.offset) low = mid;
        else high = mid;
      }
    }
    this.dayStartMs = t;
    this.dayEndMs = high;
  }
}

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}