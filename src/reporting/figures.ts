/**
 * The metric formulas, written once: a tally (raw counts, samples, times) becomes figures. The report
 * and the live streams both call these, so they cannot disagree on a definition.
 */
import type { AgentFigures, AgentTimeFigures, ContactFigures, DistributionKey, OverallFigures } from './figures.schema.js';
import type { AgentTime, Tally } from './tally.js';
import type { SampleSummary, ValueSample } from './value-sample.js';

/** A ratio, or null when the denominator is 0. */
function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** A sample's summary as the six flat fields of its distribution. */
function distribution<P extends string>(prefix: P, sample: ValueSample): Record<DistributionKey<P>, number | null> {
  const s: SampleSummary = sample.summary();
  return {
    [`${prefix}MsMean`]: s.mean,
    [`${prefix}MsP50`]: s.p50,
    [`${prefix}MsP90`]: s.p90,
    [`${prefix}MsP95`]: s.p95,
    [`${prefix}MsP99`]: s.p99,
    [`${prefix}MsMax`]: s.max,
  } as Record<DistributionKey<P>, number | null>;
}

function handlingFigures(t: Tally) {
  const ratings = t.ratingsByScore as [number, number, number, number, number];
  const ratingCount = ratings[0] + ratings[1] + ratings[2] + ratings[3] + ratings[4];
  const ratingSum = ratings[0] + 2 * ratings[1] + 3 * ratings[2] + 4 * ratings[3] + 5 * ratings[4];
  return {
    completed: t.completed,
    handled: t.handled,
    ...distribution('talk', t.talk),
    ...distribution('wrapUp', t.wrapUp),
    ...distribution('handle', t.handle),
    ratingCount,
    ratingMean: ratio(ratingSum, ratingCount),
    ratingsByScore: { '1': ratings[0], '2': ratings[1], '3': ratings[2], '4': ratings[3], '5': ratings[4] },
  };
}

/**
 * Contact figures of a tally: counts, the three service levels, abandonment, waits, handling, ratings.
 * @example contactFigures(tally).serviceLevelOverOffered; // answeredWithinThreshold / offered
 */
export function contactFigures(t: Tally): ContactFigures {
  return {
    offered: t.offered,
    answered: t.answered,
    abandoned: t.abandoned,
    ticketed: t.ticketed,
    ticketedByReason: { ...t.ticketedByReason },
    rejected: t.rejected,
    transferredOut: t.transferredOut,
    requeued: t.requeued,
    overflowedOut: t.overflowedOut,
    answeredWithinThreshold: t.answeredWithinThreshold,
    abandonedWithinThreshold: t.abandonedWithinThreshold,
    serviceLevelOverOffered: ratio(t.answeredWithinThreshold, t.offered),
    serviceLevelOverAnswered: ratio(t.answeredWithinThreshold, t.answered),
    serviceLevelOverOfferedLessShortAbandons: ratio(t.answeredWithinThreshold, t.offered - t.abandonedWithinThreshold),
    abandonmentRate: ratio(t.abandoned, t.offered),
    ...distribution('answeredWait', t.answeredWait),
    ...distribution('abandonedWait', t.abandonedWait),
    ...handlingFigures(t),
  };
}

/**
 * Agent-time figures: presence times, staffed time, occupancy and concurrency.
 * @example agentTimeFigures(time).occupancyRate; // busyMs / staffedMs
 */
export function agentTimeFigures(time: AgentTime): AgentTimeFigures {
  const staffedMs = time.availableMs + time.breakMs + time.notRespondingMs;
  return {
    offlineMs: time.offlineMs,
    availableMs: time.availableMs,
    breakMs: time.breakMs,
    notRespondingMs: time.notRespondingMs,
    staffedMs,
    busyMs: time.busyMs,
    occupancyRate: ratio(time.busyMs, staffedMs),
    concurrencyMean: ratio(time.heldMs, time.busyMs),
    concurrencyMax: time.concurrencyMax,
  };
}

/**
 * One agent's figures: contacts handled (answered, transfers, requeues, handle times, ratings) and time.
 * @example agentFigures(tally, tally.time).answered;
 */
export function agentFigures(t: Tally, time: AgentTime): AgentFigures {
  return {
    answered: t.answered,
    transferredOut: t.transferredOut,
    requeued: t.requeued,
    ...handlingFigures(t),
    ...agentTimeFigures(time),
  };
}

/**
 * The overall figures: contact figures (per contact) and the agents' time summed.
 * @example overallFigures(tally, tally.time).offered;
 */
export function overallFigures(t: Tally, time: AgentTime): OverallFigures {
  return { ...contactFigures(t), ...agentTimeFigures(time) };
}
