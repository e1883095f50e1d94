/**
 * Shared checks of the hostile-input catalogue: the engine every row runs against (with a contact
 * accepted before the row, which must survive it) and the prototype checks.
 *
 * `InMemoryJournal` is imported from src/engine/ because src/index.ts does not export it.
 */
import { expect } from 'vitest';
import { createEngine, type Engine, VirtualClock } from '../../src/index.js';
import { InMemoryJournal } from '../../src/engine/journal.js';
import { HOSTILE_CONFIG } from './hostile-values.js';

/** An engine on a virtual clock and an in-memory journal, holding the `keeper` contact (queued). */
export function hostileEngine(): { engine: Engine; clock: VirtualClock; journal: InMemoryJournal } {
  const clock = new VirtualClock(1_000);
  const journal = new InMemoryJournal();
  const engine = createEngine({ config: HOSTILE_CONFIG, clock, journal, seed: 3 });
  const kept = engine.dispatch({ type: 'contact.create', contactId: 'keeper', queueId: 'sales', channel: 'chat', priority: 1_000_000 });
  expect(kept.ok).toBe(true);
  return { engine, clock, journal };
}

/** Checks the contact accepted before the hostile input is still live and is routed once `ann` is available. */
export function expectKeeperRouted(engine: Engine): void {
  expect(['queued', 'offered']).toContain(engine.contact('keeper')?.status);
  const result = engine.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(engine.contact('keeper')).toMatchObject({ status: 'offered', agentId: 'ann' });
}

const BASELINE = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
  string: Object.getOwnPropertyNames(String.prototype).sort(),
};

/** Fails if any hostile input reached a built-in prototype. */
export function expectNoPollution(): void {
  const plain = {} as Record<string, unknown>;
  expect(plain.polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
  expect(plain.constructor).toBe(Object);
  expect(Object.prototype.toString.call(plain)).toBe('[object Object]');
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(BASELINE.object);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(BASELINE.array);
  expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(BASELINE.function);
  expect(Object.getOwnPropertyNames(String.prototype).sort()).toEqual(BASELINE.string);
}
