import { describe, expect, it } from 'vitest';
import { createReport } from '../../../src/reporting/create-report.js';
import { LogBuilder } from './log-builder.js';

/**
 * Log B, queues q1 and q2, agents a and b:
 *   c1 queued q1 at 0; overflows to q2 at 30 s (enqueuedAt kept: 0); answered by a at 40 s, wait 40 s.
 *   c2 queued q1 at 1 s; answered by b at 6 s (wait 5 s); b requeues it to q1 at 20 s;
 *      answered by b again at 50 s (wait 49 s, from the first enqueue).
 *   c3 queued q2 at 2 s; answered by a at 3 s (wait 1 s); a transfers it (cold) to q1 at 10 s;
 *      the customer abandons at 15 s (wait 13 s, within 20 s).
 */
function logB(): LogBuilder {
  return new LogBuilder()
    .at(0).agentAdded('a').agentAdded('b').status('a', 'available').status('b', 'available').queued('c1', 'q1')
    .at(1_000).queued('c2', 'q1')
    .at(2_000).queued('c3', 'q2')
    .at(3_000).assigned('c3', 'a', 'q2', 1_000)
    .at(6_000).assigned('c2', 'b', 'q1', 5_000)
    .at(10_000).transferred('c3', 'a', 'q1', 'cold').queued('c3', 'q1', 2_000, 'transfer')
    .at(15_000).abandoned('c3', 'q1', 13_000)
    .at(20_000).requeued('c2', 'b', 'q1').queued('c2', 'q1', 1_000, 'requeue')
    .at(30_000).overflowed('c1', 'q1', 'q2', 'wait_exceeded').queued('c1', 'q2', 0, 'overflow')
    .at(40_000).assigned('c1', 'a', 'q2', 40_000)
    .at(50_000).assigned('c2', 'b', 'q1', 49_000);
}

describe('transfers, requeues and overflow', () => {
  const report = createReport(logB().events);
  const q1 = report.queues.find((q) => q.queueId === 'q1')!;
  const q2 = report.queues.find((q) => q.queueId === 'q2')!;

  it('counts every entry into a queue as offered there, and each leg answered once', () => {
    // q1 legs: c1, c2, c2 (requeue), c3 (transfer) = 4; answered: both c2 legs = 2.
    // q2 legs: c3, c1 (overflow) = 2; answered: both = 2.
    expect(q1).toMatchObject({ offered: 4, answered: 2, abandoned: 1 });
    expect(q2).toMatchObject({ offered: 2, answered: 2, abandoned: 0 });
  });

  it('counts overflow, requeue and transfer out of the queue the contact left', () => {
    expect(q1).toMatchObject({ overflowedOut: 1, requeued: 1, transferredOut: 0 });
    expect(q2).toMatchObject({ overflowedOut: 0, requeued: 0, transferredOut: 1 });
  });

  it('measures waits from the first enqueue, kept across moves', () => {
    // q1 answered waits: 5 s (c2 first leg), 49 s (c2 second leg): mean 27 s. q2: 1 s (c3), 40 s (c1).
    expect(q1).toMatchObject({ answeredWaitMsMean: 27_000, answeredWaitMsMax: 49_000, abandonedWaitMsMax: 13_000 });
    expect(q2).toMatchObject({ answeredWaitMsMean: 20_500, answeredWaitMsP50: 1_000, answeredWaitMsMax: 40_000 });
  });

  it('computes service levels per queue from its legs', () => {
    // q1: within = 1 (5 s); short abandons = 1 (13 s): 1/4, 1/2, 1/(4 - 1).
    expect(q1.serviceLevelOverOffered).toBe(1 / 4);
    expect(q1.serviceLevelOverAnswered).toBe(1 / 2);
    expect(q1.serviceLevelOverOfferedLessShortAbandons).toBe(1 / 3);
    expect(q1.abandonmentRate).toBe(1 / 4);
  });

  it('counts each contact once overall, with its first answer', () => {
    // 3 contacts; first answers wait 40 s (c1), 5 s (c2), 1 s (c3): within 2. c3 abandoned after 13 s, but it
    // had been answered, so overall it is no short abandon: 2 / (3 - 0).
    expect(report.overall).toMatchObject({ offered: 3, answered: 3, abandoned: 1, overflowedOut: 1, requeued: 1, transferredOut: 1 });
    expect(report.overall.abandonedWithinThreshold).toBe(0);
    expect(report.overall.serviceLevelOverOffered).toBe(2 / 3);
    expect(report.overall.serviceLevelOverOfferedLessShortAbandons).toBe(2 / 3);
    expect(report.overall.answeredWaitMsMean).toBe(46_000 / 3);
    expect(report.overall.abandonmentRate).toBe(1 / 3);
  });

  it('credits answers, transfers and requeues to the agents who made them', () => {
    const a = report.agents.find((row) => row.agentId === 'a')!;
    const b = report.agents.find((row) => row.agentId === 'b')!;
    // a took c3 and c1, transferred c3; b took c2 twice and requeued it once.
    expect(a).toMatchObject({ answered: 2, transferredOut: 1, requeued: 0 });
    expect(b).toMatchObject({ answered: 2, transferredOut: 0, requeued: 1 });
  });

  it('frees the agent of a cold transfer or a requeue at once', () => {
    const a = report.agents.find((row) => row.agentId === 'a')!;
    const b = report.agents.find((row) => row.agentId === 'b')!;
    // Report ends at 50 s. a held c3 [3 s, 10 s) and c1 [40 s, 50 s): 17 s. b held c2 [6 s, 20 s) and [50 s, 50 s): 14 s.
    expect(a.busyMs).toBe(17_000);
    expect(b.busyMs).toBe(14_000);
  });
});

describe('colleagues in a session and warm transfers', () => {
  /**
   * a takes c1 at 0; b is invited at 10 s and leaves at 30 s; a completes at 40 s (no wrap-up).
   * a takes c2 at 50 s and starts a warm transfer to b at 60 s (an offer to b: no event the report
   * reads); b accepts at 70 s, which the engine logs as the warm `contact.transferred`; b completes at 80 s.
   */
  const log = new LogBuilder()
    .at(0).agentAdded('a').agentAdded('b').status('a', 'available').status('b', 'available').queued('c1', 'q').assigned('c1', 'a', 'q', 0)
    .at(10_000).joined('c1', 'b', 'invited')
    .at(30_000).left('c1', 'b')
    .at(40_000).completed('c1', 'a').wrapUpEnded('a', 'c1')
    .at(50_000).queued('c2', 'q').assigned('c2', 'a', 'q', 0)
    .at(70_000).transferred('c2', 'a', 'q', 'warm', 'b')
    .at(80_000).completed('c2', 'b').wrapUpEnded('b', 'c2')
    .at(100_000);
  const report = createReport(log.events, { toMs: 100_000 });

  it('counts an invited colleague as busy while in the session, and the first agent of a warm transfer until the next takes it', () => {
    const a = report.agents.find((row) => row.agentId === 'a')!;
    const b = report.agents.find((row) => row.agentId === 'b')!;
    // a: [0, 40 s) + [50 s, 70 s) = 60 s. b: [10 s, 30 s) + [70 s, 80 s) = 30 s; staffed 100 s each.
    expect(a.busyMs).toBe(60_000);
    expect(b.busyMs).toBe(30_000);
    expect(a.occupancyRate).toBe(0.6);
    expect(b.occupancyRate).toBe(0.3);
  });

  it('records talk time only for the agent who completed the contact', () => {
    const b = report.agents.find((row) => row.agentId === 'b')!;
    // b completed c2 after 10 s of talk from the takeover; its time in c1 as a colleague is not a talk time.
    // b never had c2 assigned (it took it over), so b answered nothing.
    expect(b).toMatchObject({ completed: 1, handled: 1, talkMsMean: 10_000, answered: 0 });
    expect(report.queues[0]).toMatchObject({ offered: 2, answered: 2, transferredOut: 1, completed: 2 });
  });
});

describe('a contact answered, requeued and then abandoned', () => {
  /** c1 queued at 0, answered by a at 2 s (wait 2 s), requeued at 5 s, abandoned at 8 s (wait 8 s). */
  const log = new LogBuilder()
    .at(0).agentAdded('a').status('a', 'available').queued('c1', 'q')
    .at(2_000).assigned('c1', 'a', 'q', 2_000)
    .at(5_000).requeued('c1', 'a', 'q').queued('c1', 'q', 0, 'requeue')
    .at(8_000).abandoned('c1', 'q', 8_000);
  const report = createReport(log.events);

  it('is answered and abandoned overall, but not a short abandon, so service levels stay within 0..1', () => {
    // Overall: 1 offered, 1 answered within 20 s, 1 abandoned (8 s), 0 short abandons: 1 / (1 - 0) = 1.
    expect(report.overall).toMatchObject({ offered: 1, answered: 1, abandoned: 1, abandonedWithinThreshold: 0 });
    expect(report.overall.serviceLevelOverOfferedLessShortAbandons).toBe(1);
    // Queue q: two legs; the first answered, the second abandoned unanswered (a short abandon): 1 / (2 - 1) = 1.
    expect(report.queues[0]).toMatchObject({ offered: 2, answered: 1, abandoned: 1, abandonedWithinThreshold: 1 });
    expect(report.queues[0]!.serviceLevelOverOfferedLessShortAbandons).toBe(1);
  });
});
