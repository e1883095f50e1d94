import { describe, expect, it } from 'vitest';
import { chartSvg, niceTicks, scalingPanels } from '../../bench/chart.js';
import { Checksum } from '../../bench/checksum.js';
import { compareWithBaseline, machineSpeed, medianResult, toBaseline } from '../../bench/compare.js';
import { EventHeap } from '../../bench/event-heap.js';
import type { CaseResult } from '../../bench/format.js';
import { higher, lower } from '../../bench/lib.js';
import { BenchRandom } from '../../bench/rng.js';
import { runOrder } from '../../bench/run-order.js';
import { percentile } from '../../bench/stats.js';
import { suite } from '../../bench/suite.js';
import { scalingRows } from '../../bench/targets.js';
import { skillSet } from '../../bench/workload.js';

const result = (id: string, rate: number, p99: number, checksum = 'abc'): CaseResult => ({
  id,
  group: 'reference',
  result: { name: id, params: {}, checksum, metrics: { rate: higher(rate, 'contacts/s'), p99: lower(p99, 'µs') } },
});

describe('bench harness', () => {
  it('pops the agenda in (time, insertion) order', () => {
    const heap = new EventHeap();
    const random = new BenchRandom(1);
    const pushed: [number, string][] = [];
    for (let i = 0; i < 500; i++) {
      const at = random.int(50);
      heap.push(at, 0, `e${i}`);
      pushed.push([at, `e${i}`]);
    }
    const popped: string[] = [];
    while (heap.size > 0) {
      popped.push(heap.peekId());
      heap.pop();
    }
    expect(popped).toEqual([...pushed].sort((a, b) => a[0] - b[0]).map(([, id]) => id));
  });

  it('reads the scaling targets off the ends of the curves', () => {
    const point = (group: string, x: number, metrics: Record<string, number>): CaseResult => ({
      id: `${group}-${x}`,
      group,
      x,
      result: { name: `${group}-${x}`, params: {}, checksum: 'abc', metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, higher(v, 'u')])) },
    });
    const rows = scalingRows([
      point('agents', 100_000, { contactsPerCpuSec: 30_000, engineOnlyPerCpuSec: 45_000, plainLoopPerCpuSec: 150_000 }),
      point('agents', 1000, { contactsPerCpuSec: 80_000, engineOnlyPerCpuSec: 90_000, plainLoopPerCpuSec: 240_000 }),
      point('agents', 10_000, { contactsPerCpuSec: 1, engineOnlyPerCpuSec: 1 }),
      point('waiting', 1000, { agentDecisionP50Us: 5 }),
      point('waiting', 1_000_000, { agentDecisionP50Us: 10.5 }),
    ]);
    expect(rows).toEqual([
      ['agents 1,000 -> 100,000 contactsPerCpuSec drop', '2.67x', '<= 2.00x', 'MISSED'],
      ['agents 1,000 -> 100,000 engineOnlyPerCpuSec drop', '2.00x', '<= 2.00x', 'met'],
      ['agents 1,000 -> 100,000 plainLoopPerCpuSec drop', '1.60x', '(yardstick)', ''],
      ['waiting 1,000 -> 1,000,000 agentDecisionP50Us growth', '2.10x', '<= 2.00x', 'MISSED'],
    ]);
    expect(scalingRows([point('agents', 1000, { contactsPerCpuSec: 1 })])).toEqual([]);
  });

  it('takes percentiles by nearest rank', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 99)).toBe(10);
  });

  it('hashes counts independently of insertion order', () => {
    const a = new Checksum().counts(new Map([['x', 1], ['y', 2]])).digest();
    const b = new Checksum().counts(new Map([['y', 2], ['x', 1]])).digest();
    expect(a).toBe(b);
    expect(new Checksum().counts({ x: 1, y: 3 }).digest()).not.toBe(a);
  });

  it('builds 40 distinct skill sets over 20 skills, each skill in 6 of them', () => {
    const sets = Array.from({ length: 40 }, (_, k) => skillSet(k, 20));
    expect(new Set(sets.map((s) => [...s].sort((x, y) => x - y).join(','))).size).toBe(40);
    const uses = new Array<number>(20).fill(0);
    for (const s of sets) for (const skill of s) uses[skill] = (uses[skill] as number) + 1;
    expect(uses.every((n) => n === 6)).toBe(true);
  });

  it('flags a change over 20 % for the worse and nothing within it', () => {
    const baseline = toBaseline([result('a', 100_000, 10), result('b', 100_000, 10)], 'test');
    const now = [result('a', 79_000, 10.5), result('b', 90_000, 13, 'changed')];
    const comparison = compareWithBaseline(now, baseline);
    expect(comparison.regressions).toBe(3 - 1);
    expect(comparison.checksumChanges).toBe(1);
    expect(comparison.report).toContain('REGRESSION');
  });

  it('lists a share that moved by over 5 points but never counts it as a regression', () => {
    const withShare = (gc: number): CaseResult => ({
      id: 'a',
      group: 'reference',
      result: { name: 'a', params: {}, checksum: 'abc', metrics: { gcShare: lower(gc, 'fraction') } },
    });
    const baseline = toBaseline([withShare(0.03)], 'test');
    expect(compareWithBaseline([withShare(0.045)], baseline).report).not.toContain('gcShare');
    const moved = compareWithBaseline([withShare(0.1)], baseline);
    expect(moved.report).toContain('gcShare');
    expect(moved.regressions).toBe(0);
  });

  it('takes the median of repeated runs per metric and keeps a disagreement on the checksum as a failure', () => {
    const median = medianResult([result('a', 100, 9), result('a', 300, 1), result('a', 200, 5)]);
    expect(median.result?.metrics.rate?.value).toBe(200);
    expect(median.result?.metrics.p99?.value).toBe(5);
    expect(medianResult([result('a', 100, 9), result('a', 300, 1)]).result?.metrics.rate?.value).toBe(200);
    const disagree = medianResult([result('a', 100, 9), result('a', 100, 9, 'other')]);
    expect(disagree.result).toBeUndefined();
    expect(disagree.error).toContain('checksum');
    expect(medianResult([result('a', 100, 9), { id: 'a', group: 'reference', error: 'exit code 1' }]).error).toBe('exit code 1');
  });

  it('reads the machine speed off the rate metrics of one build run now and in the baseline', () => {
    const baseline = toBaseline([result('a', 100_000, 10), result('b', 200_000, 10), result('c', 50_000, 10)], 'test', 'f'.repeat(40));
    expect(baseline.commit).toBe('f'.repeat(40));
    // Rates at 0.5, 0.4 and 0.6 of the recorded ones; the µs metric (20 against 10) is not a rate.
    expect(machineSpeed([result('a', 50_000, 20), result('b', 80_000, 20), result('c', 30_000, 20)], baseline)).toBeCloseTo(0.5);
    expect(machineSpeed([result('x', 1, 1)], baseline)).toBeNaN();
  });

  it('runs each case on both builds back to back, the first build first in every other pair', () => {
    const steps = runOrder(2, 2, 2).map(({ caseIndex, buildIndex }) => `${caseIndex}${buildIndex}`);
    expect(steps).toEqual(['00', '01', '01', '00', '11', '10', '10', '11']);
    expect(runOrder(3, 1, 1)).toEqual([0, 1, 2].map((caseIndex) => ({ caseIndex, buildIndex: 0 })));
  });

  it('draws the scaling curves as SVG', () => {
    const point = (group: string, x: number, metrics: Record<string, number>): CaseResult => ({
      id: `${group}-${x}`,
      group,
      x,
      result: { name: '', params: {}, checksum: '', metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, higher(v, 'x')])) },
    });
    const svg = chartSvg(
      scalingPanels([
        point('agents', 1000, { contactsPerCpuSec: 50_000, contactsPerSec: 40_000 }),
        point('agents', 10_000, { contactsPerCpuSec: 20_000, contactsPerSec: 15_000 }),
        point('waiting', 1000, { agentDecisionP99Us: 12, agentDecisionP50Us: 6 }),
        point('queues', 1, { contactsPerCpuSec: 80_000 }),
      ]),
      'test note',
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline/g)?.length).toBe(5);
    expect(niceTicks(230)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('has unique case ids, and a CI suite that is a subset of the full one', () => {
    const full = suite('full').map((c) => c.id);
    expect(new Set(full).size).toBe(full.length);
    expect(suite('ci').every((c) => full.includes(c.id))).toBe(true);
  });
});
