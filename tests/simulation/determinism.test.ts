/**
 * Runs are functions of the scenario and the seed: byte-identical JSON for the same seed, common random
 * numbers across configurations, overrides from the options, bounded progress reports, a report equal
 * to `createReport` over the log, a bounded timeline, and the warm-up cut.
 */
import { describe, expect, it } from 'vitest';
import { createReport, type SwitchboardEvent } from '../../src/index.js';
import { DEFAULT_SCENARIO, runSimulation, type ScenarioInput, type SimulationProgress } from '../../src/simulation/index.js';

/** The default scenario, first two hours. */
const SHORT = { ...DEFAULT_SCENARIO, horizon: { durationMs: 2 * 3_600_000 } } satisfies ScenarioInput;

function arrivalsOf(events: readonly SwitchboardEvent[]): number[] {
  return events.filter((e) => e.type === 'contact.created').map((e) => e.at);
}

describe('determinism (seed 1 unless named)', () => {
  it('gives byte-identical JSON for the same scenario and seed, the event log included', () => {
    const first = JSON.stringify(runSimulation(SHORT, { keepEvents: true }));
    const second = JSON.stringify(runSimulation(JSON.parse(JSON.stringify(SHORT)), { keepEvents: true }));
    expect(second === first, 'two runs of the default scenario (2 h, seed 1) differ').toBe(true);
  });

  it('gives another run for another seed, and the options override the scenario', () => {
    const other = runSimulation(SHORT, { seed: 2, customers: 50 });
    expect(other.seed).toBe(2);
    expect(other.scenario.seed).toBe(2);
    expect(other.scenario.horizon).toEqual({ customers: 50 });
    expect(other.customers).toBe(50);
    expect(runSimulation({ ...SHORT, seed: 2 }, { customers: 50 }).queueing).toEqual(other.queueing);
    expect(runSimulation(SHORT, { customers: 50 }).queueing).not.toEqual(other.queueing);
  });

  it('keeps every customer the same across staffing levels (common random numbers)', () => {
    const scenario = (agents: number): ScenarioInput => ({
      seed: 9,
      horizon: { customers: 300 },
      queues: [{ id: 'q', channels: ['voice'], offerMode: 'auto-accept' }],
      agentGroups: [{ id: 'g', count: agents, memberships: [{ queueId: 'q' }] }],
      arrivals: [{ queueId: 'q', channel: 'voice', ratePerHour: 60, handleTime: { kind: 'lognormal', meanMs: 180_000, sdMs: 90_000 }, patience: { kind: 'exponential', meanMs: 60_000 } }],
    });
    const few = runSimulation(scenario(2), { keepEvents: true });
    const many = runSimulation(scenario(6), { keepEvents: true });
    expect(arrivalsOf(many.events ?? [])).toEqual(arrivalsOf(few.events ?? []));
    // Talk time of the n-th customer is drawn at arrival: where both runs answered them, it is the same.
    const talk = (events: readonly SwitchboardEvent[]): Map<string, number> => {
      const assigned = new Map<string, number>();
      const out = new Map<string, number>();
      for (const e of events) {
        if (e.type === 'contact.assigned') assigned.set(e.contactId, e.at);
        if (e.type === 'contact.completed') out.set(e.contactId, e.at - (assigned.get(e.contactId) as number));
      }
      return out;
    };
    const fewTalk = talk(few.events ?? []);
    const manyTalk = talk(many.events ?? []);
    const shared = [...fewTalk.keys()].filter((id) => manyTalk.has(id));
    expect(shared.length).toBeGreaterThan(50);
    for (const id of shared) expect(manyTalk.get(id)).toBeCloseTo(fewTalk.get(id) as number, 6);
    expect(many.queueing.overall.p_abandon as number).toBeLessThan(few.queueing.overall.p_abandon as number);
  });

  it('reports progress a bounded number of times, ending at 1', () => {
    const seen: SimulationProgress[] = [];
    runSimulation(SHORT, { customers: 2_000, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThanOrEqual(101);
    expect(seen.map((p) => p.fraction)).toEqual([...seen.map((p) => p.fraction)].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ fraction: 1, customers: 2_000 });
  });

  it('reports exactly what createReport makes of the kept log', () => {
    const result = runSimulation({ ...SHORT, warmupMs: 1_800_000 }, { keepEvents: true });
    const report = createReport(result.events ?? [], {
      fromMs: result.startMs,
      toMs: result.endMs,
      warmupMs: 1_800_000,
      intervalMs: result.scenario.reportIntervalMs,
      serviceLevelThresholdMs: result.scenario.serviceLevelThresholdMs,
    });
    expect(result.report).toEqual(report);
    expect(result.refusedCommands).toBe(0);
  });

  it('measures after the warm-up: a fraction of the customers, cut at the first measured arrival', () => {
    const result = runSimulation({ ...SHORT, warmupCustomersFraction: 0.25 }, { keepEvents: true });
    const arrivals = arrivalsOf(result.events ?? []);
    const skipped = Math.floor(0.25 * arrivals.length);
    expect(result.queueing.measureFromMs).toBe(arrivals[skipped]);
    const measured = result.queueing.overall.arrivals + result.queueing.unresolved;
    expect(measured).toBe(arrivals.length - skipped);
    expect(result.report.warmupMs).toBe((arrivals[skipped] as number) - result.startMs);
  });

  it('samples the timeline every sampleMs, thinning it past timelineSamplesMax', () => {
    const result = runSimulation(SHORT);
    const samples = result.timeline.samples;
    expect(result.timeline.sampleMs).toBe(60_000);
    expect(samples[0]?.atMs).toBe(result.startMs);
    expect(samples.every((s, i) => s.atMs === result.startMs + i * 60_000)).toBe(true);
    expect(samples.at(-1)?.atMs).toBeLessThanOrEqual(result.endMs);
    const thinned = runSimulation(SHORT, { timelineSamplesMax: 16 });
    expect(thinned.timeline.samples.length).toBeLessThan(16);
    expect(thinned.timeline.samples.every((s, i) => s.atMs === result.startMs + i * thinned.timeline.sampleMs)).toBe(true);
    // Thinning keeps samples: each one is the sample taken at the same instant at the fine step.
    for (const s of thinned.timeline.samples) expect(samples.find((f) => f.atMs === s.atMs) ?? s).toEqual(s);
  });

  it('names the group of every agent and refuses bad options', () => {
    const result = runSimulation(SHORT, { customers: 10 });
    expect(result.agentGroupOf['chat-early-1']).toBe('chat-early');
    expect(result.agentGroupOf['blended-2']).toBe('blended');
    expect(Object.keys(result.agentGroupOf)).toHaveLength(16);
    expect(() => runSimulation(SHORT, { customers: 0 })).toThrow('switchboard/simulation: customers must be a positive integer (got 0)');
    expect(() => runSimulation(SHORT, { durationMs: -1 })).toThrow('switchboard/simulation: durationMs must be a finite number > 0 (got -1)');
    expect(() => runSimulation(SHORT, { seed: 0.5 })).toThrow('switchboard/simulation: seed must be a safe integer (got 0.5)');
  });
});
