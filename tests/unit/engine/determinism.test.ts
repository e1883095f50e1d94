/**
 * Determinism (DESIGN.md section 2, D-008): the same configuration, seed and commands give a
 * byte-identical event log; ids are counters; randomness comes only from the seed.
 */
import { describe, expect, it } from 'vitest';
import { agent, arrive, available, eventsOf, queue, setup } from './fixtures.js';
import { runWorkload, workloadConfig } from './workload.js';

function logOf(engineSeed: number, workloadSeed: number): string {
  const { engine, clock } = setup(workloadConfig(3_000), { seed: engineSeed });
  runWorkload(engine, (ms) => clock.advanceTo(ms), workloadSeed, 800);
  return JSON.stringify(engine.events());
}

describe.each([5, 17])('determinism (engine seed %i)', (seed) => {
  it('gives a byte-identical event log for the same configuration, seed and commands', () => {
    const first = logOf(seed, 101);
    expect(first.length).toBeGreaterThan(10_000);
    expect(logOf(seed, 101)).toBe(first);
  });

  it('records the seed in the first event of the log', () => {
    const { engine } = setup(workloadConfig(0), { seed });
    expect(engine.events()[0]).toMatchObject({ type: 'engine.started', seq: 0, seed });
  });
});

describe('determinism', () => {
  it('lets the seed change the choices of the random strategy, and only through the log', () => {
    expect(logOf(5, 101)).not.toBe(logOf(6, 101));
  });

  it('numbers events from 0 without gaps and stamps them with engine time', () => {
    const { engine, clock } = setup(workloadConfig(0), { seed: 3 });
    runWorkload(engine, (ms) => clock.advanceTo(ms), 7, 300);
    const events = engine.events();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    for (let i = 1; i < events.length; i++) expect(events[i]!.at).toBeGreaterThanOrEqual(events[i - 1]!.at);
  });

  it('generates contact and offer ids as counters', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'], { capacity: { chat: 2 } })] });
    available(engine, 'ann');
    expect([arrive(engine, { queueId: 'sales' }), arrive(engine, { queueId: 'sales' })]).toEqual(['c-1', 'c-2']);
    expect(eventsOf(engine, 'offer.created').map((e) => e.offerId)).toEqual(['o-1', 'o-2']);
  });
});
