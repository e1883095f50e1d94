import { describe, expect, it } from 'vitest';
import { createReport } from '../../../src/reporting/create-report.js';
import { LogBuilder } from './log-builder.js';
import { logC } from './log-c.js';

describe('interval attribution', () => {
  const report = createReport(logC().events, { toMs: 180_000, intervalMs: 60_000 });
  const qIn = (i: number) => report.intervals[i]!.queues[0]!;

  it('counts a contact in the interval in which it entered the queue, even when answered in a later one', () => {
    // c1 (15 s) and c2 (30 s) entered in [0, 60 s); c3 entered at 110 s, in [60 s, 120 s), and was answered at 120 s.
    expect(qIn(0)).toMatchObject({ offered: 2, answered: 2, answeredWaitMsMean: 7_500 });
    expect(qIn(1)).toMatchObject({ offered: 1, answered: 1, answeredWaitMsMean: 10_000, talkMsMean: 10_000 });
    expect(qIn(2)).toMatchObject({ offered: 0, answered: 0, talkMsMean: null });
  });

  it('counts talk, wrap-up and ratings with the interval of the contact, not of the event', () => {
    // c2 completed at 80 s (interval 1) but entered at 30 s: its talk time (40 s) is in interval 0.
    expect(qIn(0)).toMatchObject({ completed: 2, talkMsMax: 40_000, ratingCount: 2, ratingMean: 3.5 });
    expect(report.intervals[1]!.overall).toMatchObject({ offered: 1, ratingCount: 1, ratingMean: 4 });
  });

  it('keeps only the latest intervalsMax intervals, with totals unchanged', () => {
    const bounded = createReport(logC().events, { toMs: 180_000, intervalMs: 60_000, intervalsMax: 2 });
    expect(bounded.intervals.map((row) => row.startMs)).toEqual([60_000, 120_000]);
    expect(bounded.overall.offered).toBe(3);
  });

  it('uses 15-minute intervals aligned to the quarter hour by default', () => {
    const log = new LogBuilder().at(1_000_000).queued('c1', 'q').at(2_000_000).queued('c2', 'q');
    const intervals = createReport(log.events).intervals;
    // 1,000,000 ms is in [900,000, 1,800,000); 2,000,000 in [1,800,000, 2,700,000).
    expect(intervals.map((row) => [row.startMs, row.overall.offered])).toEqual([[900_000, 1], [1_800_000, 1]]);
  });
});

describe('late ratings and endedContactsMax', () => {
  /** Contacts c0..c(n-1), each answered by agent a, completed and wrapped up; then a rating for each of `rated`. */
  function log(n: number, rated: readonly string[]): LogBuilder {
    const b = new LogBuilder().queueAdded('q').agentAdded('a').status('a', 'available');
    for (let i = 0; i < n; i++) b.at(i * 1000).queued(`c${i}`, 'q').assigned(`c${i}`, 'a', 'q', 0).completed(`c${i}`, 'a').wrapUpEnded('a', `c${i}`);
    b.at(n * 1000);
    for (const id of rated) b.rated(id, 'a', 5);
    return b;
  }

  it('counts a rating of a contact among the last endedContactsMax to end, and drops older ones', () => {
    // Five contacts end in order; the bound 2 remembers c3 and c4 only, whatever order the ratings come in.
    const report = createReport(log(5, ['c4', 'c0', 'c3', 'c2']).events, { endedContactsMax: 2 });
    expect(report.overall.ratingCount).toBe(2);
    expect(createReport(log(5, ['c4', 'c0', 'c3', 'c2']).events).overall.ratingCount).toBe(4);
  });

  it('keeps exactly the last endedContactsMax ended contacts over many more', () => {
    // 3,000 contacts through a bound of 1,000: the last 1,000 are rated, the first one is not.
    const ids = Array.from({ length: 1000 }, (_, i) => `c${2000 + i}`);
    const report = createReport(log(3000, ['c0', ...ids]).events, { endedContactsMax: 1000 });
    expect(report.overall.ratingCount).toBe(1000);
  });
});

describe('warm-up and report bounds', () => {
  it('does not count contacts that arrived during the warm-up, nor agent time before its end', () => {
    const report = createReport(logC().events, { toMs: 180_000, intervalMs: 60_000, warmupMs: 60_000 });
    const a = report.agents.find((row) => row.agentId === 'a')!;
    // Counting starts at 60 s: only c3 (110 s) counts. a from 60 s: available 10 + 50 = 60 s, break 30 s,
    // offline 30 s; busy [60 s, 90 s) + [120 s, 130 s) = 40 s over 90 s staffed.
    expect(report.countFromMs).toBe(60_000);
    expect(report.overall).toMatchObject({ offered: 1, answered: 1, ratingCount: 1 });
    expect(a).toMatchObject({ answered: 1, completed: 1, availableMs: 60_000, breakMs: 30_000, offlineMs: 30_000, busyMs: 40_000 });
    expect(a.occupancyRate).toBe(40_000 / 90_000);
    expect(report.intervals.map((row) => row.startMs)).toEqual([60_000, 120_000]);
  });

  it('ignores events after toMs and counts time from fromMs', () => {
    const report = createReport(logC().events, { fromMs: 60_000, toMs: 120_000, intervalMs: 60_000 });
    const a = report.agents.find((row) => row.agentId === 'a')!;
    // Window [60 s, 120 s]: c3 entered at 110 s and was answered at 120 s; its completion (130 s) is outside.
    // a: available 10 + 20 = 30 s, break 30 s, busy [60 s, 90 s) = 30 s.
    expect(report).toMatchObject({ fromMs: 60_000, toMs: 120_000 });
    expect(report.overall).toMatchObject({ offered: 1, answered: 1, completed: 0 });
    expect(a).toMatchObject({ availableMs: 30_000, breakMs: 30_000, busyMs: 30_000, occupancyRate: 0.5 });
    expect(report.intervals.map((row) => row.startMs)).toEqual([60_000]);
  });

  it('defaults fromMs and toMs to the first and last events', () => {
    const report = createReport(logC().events);
    expect(report).toMatchObject({ fromMs: 0, toMs: 150_000, lastSeq: logC().events.length - 1 });
  });

  it('reports an empty log as empty', () => {
    const report = createReport([]);
    expect(report).toMatchObject({ fromMs: 0, toMs: 0, lastSeq: null, queues: [], agents: [], intervals: [] });
    expect(report.overall.offered).toBe(0);
  });

  it('rejects bad options with a message naming the option', () => {
    expect(() => createReport([], { intervalMs: 0 })).toThrow('intervalMs must be a positive integer (got 0)');
    expect(() => createReport([], { warmupMs: -1 })).toThrow('warmupMs must be a finite number >= 0 (got -1)');
    expect(() => createReport([], { fromMs: 10, toMs: 5 })).toThrow('toMs must be >= fromMs');
  });
});
