import { describe, expect, it } from 'vitest';
import { createReport } from '../../../src/reporting/create-report.js';
import { LogBuilder } from './log-builder.js';
import { logC } from './log-c.js';

const OPTIONS = { toMs: 180_000, intervalMs: 60_000 };

describe('agent time, occupancy and concurrency', () => {
  const report = createReport(logC().events, OPTIONS);
  const a = report.agents.find((row) => row.agentId === 'a')!;
  const b = report.agents.find((row) => row.agentId === 'b')!;

  it('adds up the time in each presence state and the staffed time', () => {
    // offline [0, 10 s) + [150 s, 180 s) = 40 s; available [10 s, 70 s) + [100 s, 150 s) = 110 s; break 30 s.
    expect(a).toMatchObject({ offlineMs: 40_000, availableMs: 110_000, breakMs: 30_000, notRespondingMs: 0, staffedMs: 140_000 });
  });

  it('computes occupancy as busy staffed time over staffed time', () => {
    // Held: [20 s, 60 s) c1, [40 s, 90 s) c2, [120 s, 130 s) c3: busy 40 + 30 + 10 = 80 s; 80 / 140 = 4/7.
    expect(a.busyMs).toBe(80_000);
    expect(a.occupancyRate).toBe(80_000 / 140_000);
    expect(b).toMatchObject({ availableMs: 180_000, busyMs: 0, occupancyRate: 0, concurrencyMean: null, concurrencyMax: 0 });
  });

  it('computes the time-weighted mean and the max of contacts held', () => {
    // 1 x 20 s + 2 x 20 s + 1 x 30 s + 1 x 10 s = 100 contact-s over 80 s busy = 1.25; two at once in [40 s, 60 s).
    expect(a.concurrencyMean).toBe(1.25);
    expect(a.concurrencyMax).toBe(2);
  });

  it('splits handle time into talk and wrap-up', () => {
    // Talk 30 s, 40 s, 10 s; wrap-up 10 s, 10 s, 0; handle 40 s, 50 s, 10 s.
    expect(a).toMatchObject({ completed: 3, handled: 3 });
    expect(a).toMatchObject({ talkMsMean: 80_000 / 3, talkMsP50: 30_000, talkMsP90: 40_000, talkMsMax: 40_000 });
    expect(a).toMatchObject({ wrapUpMsMean: 20_000 / 3, wrapUpMsP50: 10_000, wrapUpMsMax: 10_000 });
    expect(a).toMatchObject({ handleMsMean: 100_000 / 3, handleMsP50: 40_000, handleMsP90: 50_000, handleMsP99: 50_000, handleMsMax: 50_000 });
    expect(report.queues[0]).toMatchObject({ talkMsMean: 80_000 / 3, handleMsMax: 50_000 });
  });

  it('counts ratings: count, mean and distribution', () => {
    // Scores 5, 2, 4: mean 11 / 3.
    expect(a).toMatchObject({ ratingCount: 3, ratingMean: 11 / 3, ratingsByScore: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 } });
    expect(report.overall).toMatchObject({ ratingCount: 3, ratingMean: 11 / 3 });
  });

  it('sums agent time overall', () => {
    // a + b: available 110 + 180 = 290 s; staffed 140 + 180 = 320 s; busy 80 s; 80 / 320 = 0.25; max 2.
    expect(report.overall).toMatchObject({ availableMs: 290_000, staffedMs: 320_000, busyMs: 80_000, occupancyRate: 0.25, concurrencyMax: 2 });
  });

  it('counts presence changes to not responding', () => {
    const log = new LogBuilder().at(0).agentAdded('x').status('x', 'available').at(5_000).status('x', 'not_responding').at(8_000);
    const x = createReport(log.events, { toMs: 8_000 }).agents[0]!;
    expect(x).toMatchObject({ availableMs: 5_000, notRespondingMs: 3_000, staffedMs: 8_000 });
  });
});

describe('agent time per interval', () => {
  const intervals = createReport(logC().events, OPTIONS).intervals;
  const aIn = (i: number) => intervals[i]!.agents.find((row) => row.agentId === 'a')!;

  it('lists one interval per 60 s from the start to the end of the report', () => {
    expect(intervals.map((row) => [row.startMs, row.endMs])).toEqual([[0, 60_000], [60_000, 120_000], [120_000, 180_000]]);
  });

  it('splits presence and busy time at interval bounds', () => {
    // [0, 60 s): offline 10 s, available 50 s, busy [20 s, 60 s) = 40 s, 1 x 20 + 2 x 20 = 60 contact-s.
    expect(aIn(0)).toMatchObject({ offlineMs: 10_000, availableMs: 50_000, busyMs: 40_000, occupancyRate: 0.8, concurrencyMean: 1.5, concurrencyMax: 2 });
    // [60 s, 120 s): available 10 + 20 = 30 s, break 30 s, busy [60 s, 90 s) = 30 s.
    expect(aIn(1)).toMatchObject({ availableMs: 30_000, breakMs: 30_000, busyMs: 30_000, occupancyRate: 0.5, concurrencyMax: 1 });
    // [120 s, 180 s): available 30 s, offline 30 s, busy 10 s.
    expect(aIn(2)).toMatchObject({ availableMs: 30_000, offlineMs: 30_000, busyMs: 10_000, occupancyRate: 1 / 3 });
  });
});
