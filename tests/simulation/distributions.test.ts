/**
 * Sampling: every distribution's sample mean and standard deviation against its parameters, seeded.
 *
 * Tolerances: with n = 200,000 draws, the sample mean has standard error sigma / sqrt(n) and the sample
 * standard deviation about sigma * sqrt((kurtosis - 1) / (4 n)) (delta method); each check allows 5 of
 * those standard errors, computed from the distribution's own kurtosis, so a correct sampler fails
 * about once in 1.7 million runs (and the seed is fixed, so it either always passes or never does),
 * while a wrong mean or sd of a few percent fails.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/index.js';
import {
  ArrivalProcess,
  createSampler,
  distributionMeanMs,
  type Distribution,
} from './simulation-internals.js';

const N = 200_000;

/** Mean, standard deviation and kurtosis of a distribution, exactly. */
interface Moments {
  readonly mean: number;
  readonly sd: number;
  readonly kurtosis: number;
}

function lognormalMoments(mean: number, sd: number): Moments {
  const s2 = Math.log(1 + (sd / mean) ** 2);
  return { mean, sd, kurtosis: Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3 };
}

function tableMoments(values: readonly number[], weights: readonly number[]): Moments {
  const total = weights.reduce((s, w) => s + w, 0);
  const moment = (f: (v: number) => number): number => values.reduce((s, v, i) => s + f(v) * (weights[i] as number), 0) / total;
  const mean = moment((v) => v);
  const variance = moment((v) => (v - mean) ** 2);
  return { mean, sd: Math.sqrt(variance), kurtosis: moment((v) => (v - mean) ** 4) / variance ** 2 };
}

const CASES: [string, Distribution, Moments][] = [
  ['exponential', { kind: 'exponential', meanMs: 180_000 }, { mean: 180_000, sd: 180_000, kurtosis: 9 }],
  ['uniform', { kind: 'uniform', minMs: 2_000, maxMs: 8_000 }, { mean: 5_000, sd: 6_000 / Math.sqrt(12), kurtosis: 1.8 }],
  ['lognormal', { kind: 'lognormal', meanMs: 240_000, sdMs: 120_000 }, lognormalMoments(240_000, 120_000)],
  ['gamma, shape 2', { kind: 'gamma', shape: 2, meanMs: 60_000 }, { mean: 60_000, sd: 60_000 / Math.sqrt(2), kurtosis: 3 + 6 / 2 }],
  ['gamma, shape 0.5', { kind: 'gamma', shape: 0.5, meanMs: 60_000 }, { mean: 60_000, sd: 60_000 / Math.sqrt(0.5), kurtosis: 3 + 6 / 0.5 }],
  ['gamma, shape 7.5', { kind: 'gamma', shape: 7.5, meanMs: 60_000 }, { mean: 60_000, sd: 60_000 / Math.sqrt(7.5), kurtosis: 3 + 6 / 7.5 }],
  ['Erlang-4', { kind: 'erlang', k: 4, meanMs: 120_000 }, { mean: 120_000, sd: 60_000, kurtosis: 3 + 6 / 4 }],
  ['empirical, weighted', { kind: 'empirical', valuesMs: [1_000, 5_000, 30_000], weights: [5, 3, 2] }, tableMoments([1_000, 5_000, 30_000], [5, 3, 2])],
  ['empirical, equal weights', { kind: 'empirical', valuesMs: [10, 20, 30, 40] }, tableMoments([10, 20, 30, 40], [1, 1, 1, 1])],
];

function sampleMoments(distribution: Distribution, seed: number): { mean: number; sd: number; min: number } {
  const sample = createSampler(distribution, createRandom(seed));
  let sum = 0;
  let sumSquares = 0;
  let min = Infinity;
  for (let i = 0; i < N; i++) {
    const x = sample();
    sum += x;
    sumSquares += x * x;
    if (x < min) min = x;
  }
  const mean = sum / N;
  return { mean, sd: Math.sqrt((sumSquares - N * mean * mean) / (N - 1)), min };
}

describe('sampling from distributions (seeded)', () => {
  it.each(CASES)('%s: sample mean and sd match the parameters (seed 11)', (_, distribution, exact) => {
    const measured = sampleMoments(distribution, 11);
    const meanTolerance = (5 * exact.sd) / Math.sqrt(N);
    const sdTolerance = 5 * exact.sd * Math.sqrt((exact.kurtosis - 1) / (4 * N));
    const detail = `seed 11, ${JSON.stringify(distribution)}: mean ${measured.mean} vs ${exact.mean} (±${meanTolerance}), sd ${measured.sd} vs ${exact.sd} (±${sdTolerance})`;
    expect(Math.abs(measured.mean - exact.mean), detail).toBeLessThanOrEqual(meanTolerance);
    expect(Math.abs(measured.sd - exact.sd), detail).toBeLessThanOrEqual(sdTolerance);
    expect(measured.min, detail).toBeGreaterThanOrEqual(0);
    expect(distributionMeanMs(distribution)).toBeCloseTo(exact.mean, 6);
  });

  it('gives a deterministic distribution its value every time', () => {
    const sample = createSampler({ kind: 'deterministic', valueMs: 42 }, createRandom(1));
    expect([sample(), sample(), sample()]).toEqual([42, 42, 42]);
  });

  it('gives the same sequence for the same seed, and another for another seed', () => {
    const d: Distribution = { kind: 'lognormal', meanMs: 1000, sdMs: 500 };
    const draw = (seed: number): number[] => {
      const s = createSampler(d, createRandom(seed));
      return [s(), s(), s()];
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });

  it('never picks an empirical value of weight 0', () => {
    const sample = createSampler({ kind: 'empirical', valuesMs: [1, 2, 3], weights: [0, 1, 0] }, createRandom(3));
    for (let i = 0; i < 1000; i++) expect(sample()).toBe(2);
  });
});

describe('Poisson arrivals', () => {
  // Counts are Poisson: the standard error of a count with mean m is sqrt(m); 5 of them are allowed.
  it('arrive at a constant rate (seed 12)', () => {
    const process = new ArrivalProcess(createRandom(12), [720], 'UTC');
    let t = 0;
    let count = 0;
    const endMs = 100 * 3_600_000;
    for (t = process.next(t); t < endMs; t = process.next(t)) count++;
    expect(Math.abs(count - 72_000), `seed 12: ${count} arrivals in 100 h at 720/h`).toBeLessThanOrEqual(5 * Math.sqrt(72_000));
  });

  it('follow an hourly profile in local time, none in hours of rate 0 (seed 13)', () => {
    const rates = [0, 0, 0, 0, 0, 0, 0, 0, 600, 1200, 300, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60];
    const process = new ArrivalProcess(createRandom(13), rates, 'Europe/Warsaw');
    const counts = new Array<number>(24).fill(0);
    const startMs = Date.UTC(2026, 0, 5); // a winter Monday: Warsaw is UTC+1
    const days = 30;
    for (let t = process.next(startMs); t < startMs + days * 86_400_000; t = process.next(t)) {
      const localHour = new Date(t + 3_600_000).getUTCHours();
      counts[localHour] = (counts[localHour] as number) + 1;
    }
    rates.forEach((rate, hour) => {
      const expected = rate * days;
      expect(Math.abs((counts[hour] as number) - expected), `seed 13, hour ${hour}: ${counts[hour]} vs ${expected}`).toBeLessThanOrEqual(5 * Math.sqrt(expected));
    });
  });

  it.each(['Europe/Warsaw', 'America/New_York', 'Australia/Lord_Howe'])(
    'follow the profile across daylight-saving changes in %s, repeated and skipped hours included (seed 14)',
    (zone) => {
      // Every third hour has rate 0; a 30-minute change (Lord Howe) and a repeated hour must not confuse it.
      const rates = Array.from({ length: 24 }, (_, h) => (h % 3 === 0 ? 0 : 6));
      const process = new ArrivalProcess(createRandom(14), rates, zone);
      const startMs = Date.UTC(2026, 2, 1);
      const endMs = Date.UTC(2026, 10, 30);
      const counts = new Array<number>(24).fill(0);
      for (let t = process.next(startMs); t < endMs; t = process.next(t)) {
        const hour = DateTime.fromMillis(t, { zone }).hour;
        counts[hour] = (counts[hour] as number) + 1;
      }
      const days = (endMs - startMs) / 86_400_000;
      rates.forEach((rate, hour) => {
        // A local hour occurs about once a day (once more or less on a change day): Poisson, 5 sd.
        const expected = rate * days;
        const tolerance = rate === 0 ? 0 : 5 * Math.sqrt(expected) + rate;
        expect(Math.abs((counts[hour] as number) - expected), `seed 14, ${zone}, hour ${hour}: ${counts[hour]} vs ${expected}`).toBeLessThanOrEqual(tolerance);
      });
    },
  );
});
