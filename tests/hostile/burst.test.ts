/**
 * Ten thousand contacts created in one burst at one instant: every one is accepted (or, with a
 * `lengthMax`, handled by the queue's policy) within a time bound, the contact accepted before the
 * burst is still first in line and is routed, and recovery from the journal reaches the same state.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type EngineConfigInput, type EventOf, VirtualClock } from '../../src/index.js';
import { InMemoryJournal } from '../../src/engine/journal.js';
import { expectKeeperRouted, expectNoPollution } from './guards.js';
import { HOSTILE_CONFIG } from './hostile-values.js';

const BURST = 10_000;
/** Generous: the burst takes well under a second here; this only catches quadratic behaviour. */
const BURST_MS_MAX = 10_000;

function burstEngine(config: EngineConfigInput) {
  const clock = new VirtualClock(1_000);
  const journal = new InMemoryJournal();
  const engine = createEngine({ config, clock, journal, seed: 3 });
  expect(engine.dispatch({ type: 'contact.create', contactId: 'keeper', queueId: 'sales', channel: 'chat' }).ok).toBe(true);
  return { engine, clock, journal };
}

describe(`a burst of ${BURST} contacts at one instant`, () => {
  it('accepts every one within bounds, keeps the earlier contact first, and recovers to the same state', () => {
    const { engine, clock, journal } = burstEngine(HOSTILE_CONFIG);
    const startedMs = performance.now();
    const ids = new Set<string>();
    for (let i = 0; i < BURST; i++) {
      const result = engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: i % 2 === 0 ? 'chat' : 'voice', attributes: { n: i } });
      expect(result.ok).toBe(true);
      ids.add((result as { contactId: string }).contactId);
    }
    expect(performance.now() - startedMs).toBeLessThan(BURST_MS_MAX);
    expect(ids.size).toBe(BURST);
    expect(engine.now()).toBe(1_000);
    expect(engine.queue('sales')?.waitingCount).toBe(BURST + 1);
    expectNoPollution();
    expectKeeperRouted(engine);

    const recovered = createEngine({ config: HOSTILE_CONFIG, clock: new VirtualClock(clock.now()), journal, seed: 3 });
    expect(JSON.stringify(recovered.snapshot())).toBe(JSON.stringify(engine.snapshot()));
  });

  it('applies the queue length policy to the excess and keeps the earlier contact', () => {
    const lengthMax = 500;
    const config: EngineConfigInput = {
      ...HOSTILE_CONFIG,
      queues: [{ id: 'sales', channels: ['chat', 'voice'], lengthMax, onLengthMax: { action: 'reject' } }, { id: 'calls', channels: ['callback'] }],
    };
    const { engine } = burstEngine(config);
    const firstSeq = engine.events().length;
    for (let i = 0; i < BURST; i++) expect(engine.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' }).ok).toBe(true);
    expect(engine.queue('sales')?.waitingCount).toBe(lengthMax);
    const rejected = engine.events(firstSeq).filter((e): e is EventOf<'contact.rejected'> => e.type === 'contact.rejected');
    expect(rejected).toHaveLength(BURST + 1 - lengthMax);
    expect(rejected.some((e) => e.contactId === 'keeper')).toBe(false);
    expectKeeperRouted(engine);
  });
});
