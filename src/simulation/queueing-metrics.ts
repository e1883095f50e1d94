/**
 * The queueing metrics of a run, with the definitions of the reference file
 * (`tests/reference/queueing-cases.json`, `metric_definitions`), computed over the customers
 * who arrived in the measurement window (after the warm-up, up to the horizon) and followed to their
 * outcome. Names are the reference file's; **times are in ms** (the file uses seconds).
 *
 * Outcomes: `answered` (first assignment), `abandoned` (patience ran out: `contact.abandoned`, or a
 * message left instead, which is counted in `left_message` too), `blocked` (rejected: no waiting room,
 * or closed with a reject policy), `ticketed` (other tickets: overflow, after hours). The wait W of a
 * customer is their time from arrival to that outcome; blocked customers are not admitted and have none.
 */

/** Metrics of one scope (overall, a queue or a class). Ratios are fractions; null when undefined (0/0). */
export interface QueueingMetrics {
  /** Measured arrivals whose outcome is known. */
  readonly arrivals: number;
  readonly answered: number;
  /** Abandoned, including those who left a message. */
  readonly abandoned: number;
  readonly left_message: number;
  readonly blocked: number;
  readonly ticketed: number;
  /** Arrivals not answered at once (W > 0, abandoned or blocked) / arrivals. */
  readonly p_wait: number | null;
  readonly p_block: number | null;
  readonly p_abandon: number | null;
  /** Mean W over admitted arrivals, in ms. */
  readonly mean_wait_all: number | null;
  /** Mean W over answered arrivals, in ms. */
  readonly mean_wait_served: number | null;
  /** Mean W over abandoned arrivals, in ms. */
  readonly mean_wait_abandoned: number | null;
  /** E[W | W > 0] over admitted arrivals, in ms. */
  readonly mean_wait_given_wait: number | null;
  /** Answered with W <= T / arrivals. */
  readonly sl_answered_within_t: number | null;
  /** Answered with W <= T / answered. */
  readonly sl_answered_within_t_of_answered: number | null;
  /** Answered with W <= T / (arrivals - abandoned with W <= T). */
  readonly sl_answered_within_t_excl_abandon_within_t: number | null;
  /** Time-average number of contacts waiting (queued or offered) over the window. */
  readonly mean_queue_length: number | null;
  /** Time-average fraction of staffed agents holding at least one contact; null for a class. */
  readonly occupancy: number | null;
}

/** Counts and sums of the customers of one scope. */
export class OutcomeTally {
  arrivals = 0;
  answered = 0;
  abandoned = 0;
  leftMessage = 0;
  blocked = 0;
  ticketed = 0;
  /** Not answered at once. */
  waited = 0;
  waitSumAll = 0;
  waitSumServed = 0;
  waitSumAbandoned = 0;
  positiveWaits = 0;
  positiveWaitSum = 0;
  answeredWithinT = 0;
  abandonedWithinT = 0;

  /** Adds one customer's outcome. */
  add(outcome: Outcome, waitMs: number, thresholdMs: number): void {
    this.arrivals++;
    if (outcome === 'blocked') {
      this.blocked++;
      this.waited++;
      return;
    }
    this.waitSumAll += waitMs;
    if (waitMs > 0) {
      this.positiveWaits++;
      this.positiveWaitSum += waitMs;
    }
    if (outcome === 'answered') {
      this.answered++;
      this.waitSumServed += waitMs;
      if (waitMs > 0) this.waited++;
      if (waitMs <= thresholdMs) this.answeredWithinT++;
      return;
    }
    this.waited++;
    if (outcome === 'ticketed') {
      this.ticketed++;
      return;
    }
    this.abandoned++;
    if (outcome === 'left_message') this.leftMessage++;
    this.waitSumAbandoned += waitMs;
    if (waitMs <= thresholdMs) this.abandonedWithinT++;
  }
}

/** How a measured customer's wait ended. */
export type Outcome = 'answered' | 'abandoned' | 'left_message' | 'blocked' | 'ticketed';

/** The metrics of a tally, with the time averages of its scope. */
export function queueingMetrics(tally: OutcomeTally, meanQueueLength: number | null, occupancy: number | null): QueueingMetrics {
  const admitted = tally.arrivals - tally.blocked;
  return {
    arrivals: tally.arrivals,
    answered: tally.answered,
    abandoned: tally.abandoned,
    left_message: tally.leftMessage,
    blocked: tally.blocked,
    ticketed: tally.ticketed,
    p_wait: ratio(tally.waited, tally.arrivals),
    p_block: ratio(tally.blocked, tally.arrivals),
    p_abandon: ratio(tally.abandoned, tally.arrivals),
    mean_wait_all: ratio(tally.waitSumAll, admitted),
    mean_wait_served: ratio(tally.waitSumServed, tally.answered),
    mean_wait_abandoned: ratio(tally.waitSumAbandoned, tally.abandoned),
    mean_wait_given_wait: ratio(tally.positiveWaitSum, tally.positiveWaits),
    sl_answered_within_t: ratio(tally.answeredWithinT, tally.arrivals),
    sl_answered_within_t_of_answered: ratio(tally.answeredWithinT, tally.answered),
    sl_answered_within_t_excl_abandon_within_t: ratio(tally.answeredWithinT, tally.arrivals - tally.abandonedWithinT),
    mean_queue_length: meanQueueLength,
    occupancy,
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
