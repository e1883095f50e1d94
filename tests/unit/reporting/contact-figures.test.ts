import { describe, expect, it } from 'vitest';
import { createReport } from '../../../src/reporting/create-report.js';
import { LogBuilder } from './log-builder.js';

/**
 * Log A, one queue "q", threshold 20 s (default):
 *   c1 queued 0,     answered at 10 s    wait 10 s  (within)
 *   c2 queued 1 s,   answered at 31 s    wait 30 s
 *   c3 queued 2 s,   abandoned at 7 s    wait 5 s   (short abandon)
 *   c4 queued 3 s,   abandoned at 43 s   wait 40 s
 *   c5 queued 4 s,   ticket (left_message) at 9 s
 *   c6 queued 5 s,   answered at 25 s    wait 20 s  (exactly T: within)
 *   c7 queued 6 s,   rejected (after hours) at once
 *   c8 queued 7 s,   ticket (after_hours) at once
 */
function logA(): LogBuilder {
  return new LogBuilder()
    .at(0).agentAdded('a').status('a', 'available').queued('c1', 'q')
    .at(1_000).queued('c2', 'q')
    .at(2_000).queued('c3', 'q')
    .at(3_000).queued('c4', 'q')
    .at(4_000).queued('c5', 'q')
    .at(5_000).queued('c6', 'q')
    .at(6_000).queued('c7', 'q').rejected('c7', 'q')
    .at(7_000).queued('c8', 'q').ticket('c8', 'q', 'after_hours').abandoned('c3', 'q', 5_000)
    .at(9_000).ticket('c5', 'q', 'left_message')
    .at(10_000).assigned('c1', 'a', 'q', 10_000)
    .at(25_000).assigned('c6', 'a', 'q', 20_000)
    .at(31_000).assigned('c2', 'a', 'q', 30_000)
    .at(43_000).abandoned('c4', 'q', 40_000);
}

describe('contact figures of a hand-written log', () => {
  const report = createReport(logA().events);
  const q = report.queues.find((row) => row.queueId === 'q')!;

  it('counts offered, answered, abandoned, ticketed by reason and rejected', () => {
    // offered: 8 legs (c1..c8); answered: c1, c2, c6; abandoned: c3, c4; tickets: c5, c8; rejected: c7.
    expect(q).toMatchObject({ offered: 8, answered: 3, abandoned: 2, ticketed: 2, rejected: 1 });
    expect(q.ticketedByReason).toEqual({ after_hours: 1, queue_full: 0, wait_exceeded: 0, no_agents: 0, left_message: 1 });
  });

  it('computes the three service levels, each over its own denominator', () => {
    // Within 20 s: c1 (10 s) and c6 (20 s, at the threshold) = 2; short abandons: c3 (5 s) = 1.
    expect(q.answeredWithinThreshold).toBe(2);
    expect(q.abandonedWithinThreshold).toBe(1);
    expect(q.serviceLevelOverOffered).toBe(2 / 8); // 0.25
    expect(q.serviceLevelOverAnswered).toBe(2 / 3);
    expect(q.serviceLevelOverOfferedLessShortAbandons).toBe(2 / 7); // 2 / (8 - 1)
  });

  it('computes the abandonment rate over offered contacts', () => {
    expect(q.abandonmentRate).toBe(2 / 8);
  });

  it('summarises answered waits: mean, nearest-rank percentiles and max', () => {
    // Sorted [10 s, 20 s, 30 s]: mean 20 s; p50 rank ceil(1.5) = 2 -> 20 s; p90 rank ceil(2.7) = 3 -> 30 s.
    expect(q).toMatchObject({
      answeredWaitMsMean: 20_000,
      answeredWaitMsP50: 20_000,
      answeredWaitMsP90: 30_000,
      answeredWaitMsP95: 30_000,
      answeredWaitMsP99: 30_000,
      answeredWaitMsMax: 30_000,
    });
  });

  it('summarises abandoned waits separately', () => {
    // Sorted [5 s, 40 s]: mean 22.5 s; p50 rank 1 -> 5 s; p90 rank ceil(1.8) = 2 -> 40 s; p95, p99 rank 2 -> 40 s.
    expect(q).toMatchObject({ abandonedWaitMsMean: 22_500, abandonedWaitMsP50: 5_000, abandonedWaitMsP90: 40_000, abandonedWaitMsMax: 40_000 });
    expect(q).toMatchObject({ abandonedWaitMsP95: 40_000, abandonedWaitMsP99: 40_000 });
  });

  it('gives the same counts overall when every contact used one queue', () => {
    expect(report.overall).toMatchObject({ offered: 8, answered: 3, abandoned: 2, ticketed: 2, rejected: 1, serviceLevelOverOffered: 0.25 });
  });

  it('uses the serviceLevelThresholdMs option', () => {
    // T = 10 s: within are c1 (10 s) only; short abandons c3 (5 s): 1 / 8, 1 / 3, 1 / 7.
    const strict = createReport(logA().events, { serviceLevelThresholdMs: 10_000 }).queues[0]!;
    expect(strict.serviceLevelOverOffered).toBe(1 / 8);
    expect(strict.serviceLevelOverAnswered).toBe(1 / 3);
    expect(strict.serviceLevelOverOfferedLessShortAbandons).toBe(1 / 7);
  });

  it('reports null ratios and distributions where nothing was counted', () => {
    const empty = createReport(new LogBuilder().at(0).queueAdded('idle').events).queues[0]!;
    expect(empty).toMatchObject({ offered: 0, serviceLevelOverOffered: null, abandonmentRate: null, answeredWaitMsMean: null, answeredWaitMsP99: null });
  });
});

describe('wait percentiles by nearest rank', () => {
  it('tells p90, p95 and p99 apart over twenty waits', () => {
    // Waits 1 s .. 20 s. p50: rank ceil(10) = 10 -> 10 s; p90: ceil(18) = 18 -> 18 s; p95: ceil(19) = 19 -> 19 s;
    // p99: ceil(19.8) = 20 -> 20 s; mean (1 + ... + 20) / 20 = 10.5 s.
    const log = new LogBuilder().at(0).agentAdded('a');
    for (let i = 1; i <= 20; i++) log.at(0).queued(`c${i}`, 'q').at(i * 1_000).assigned(`c${i}`, 'a', 'q', i * 1_000);
    const q = createReport(log.events).queues[0]!;
    expect(q).toMatchObject({
      answeredWaitMsMean: 10_500,
      answeredWaitMsP50: 10_000,
      answeredWaitMsP90: 18_000,
      answeredWaitMsP95: 19_000,
      answeredWaitMsP99: 20_000,
      answeredWaitMsMax: 20_000,
    });
  });
});
