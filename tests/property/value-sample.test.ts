import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRank } from '../../src/reporting/nearest-rank.js';
import { ValueSample } from '../../src/reporting/value-sample.js';

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);

describe(`ValueSample against a plain reference (seed ${SEED})`, () => {
  it('summarises the latest valuesMax values exactly, whenever it is asked', () => {
    const step = fc.oneof(fc.integer({ min: 0, max: 20 }).map((v) => ({ add: v })), fc.constant({ add: null }));
    fc.assert(
      // recentMin 0 to 3 rebuilds the bulk often; 1,024 (the default) keeps everything in the recent part.
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 1, 3, 1024), fc.array(step, { maxLength: 200 }), (valuesMax, recentMin, steps) => {
        const sample = new ValueSample(valuesMax, recentMin);
        const all: number[] = [];
        for (const s of steps) {
          if (s.add !== null) {
            sample.add(s.add);
            all.push(s.add);
            continue;
          }
          // Reference: the last valuesMax values, sorted; count, mean and max over all values.
          const kept = all.slice(-valuesMax).sort((a, b) => a - b);
          const summary = sample.summary();
          expect(summary.count).toBe(all.length);
          if (all.length === 0) continue;
          expect(summary.max).toBe(Math.max(...all));
          expect(summary.mean).toBe(all.reduce((a, b) => a + b, 0) / all.length);
          for (const p of [50, 90, 95, 99] as const) expect(summary[`p${p}`]).toBe(nearestRank(kept, p));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
