import { describe, expect, it } from 'vitest';
import { chartSvg, niceTicks, scalingPanels } from '../../bench/chart.js';
import { Checksum } from '../../bench/checksum.js';
import { compareWithBaseline, toBaseline } from '../../bench/compare.js';
import { EventHeap } from '../../bench/event-heap.js';
import type { CaseResult } from '../../bench/format.js';
import { higher, lower } from '../../bench/lib.js';
import { BenchRandom } from '../../bench/rng.js';
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
      point('agents', 100_000, { contactsPerCpuSec: 30_000, engineOnlyPerCpuSec: 45_000 }),
      point('agents', 1000, { contactsPerCpuSec: 80_000, engineOnlyPerCpuSec: 90_000 }),
      point('agents', 10_000, { contactsPerCpuSec: 1, engineOnlyPerCpuSec: 1 }),
      point('waiting', 1000, { agentDecisionP50Us: 5 }),
      point('waiting', 1_000_000, { agentDecisionP50Us: 10.5 }),
    ]);
    expect(rows).toEqual([
      ['agents 1,000 -> 100,000 contactsPerCpuSec drop', '2.67x', '<= 2.00x', 'MISSED'],
      ['agents 1,000 -> 100,000 engineOnlyPerCpuSec drop', '2.00x', '<= 2.00x', 'met'],
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
