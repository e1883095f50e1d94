/**
 * Work-conserving dispatch (DESIGN.md section 2, D-006, GitHub issue 2): after every command and
 * every timer, no eligible (waiting contact, agent) pair is left, and every offer made went to an
 * agent that rule 1 allowed. Checked by an oracle that reads only the event log and the views.
 */
import { describe, expect, it } from 'vitest';
import {
  agent,
  arrive,
  available,
  findEligiblePair,
  offerOf,
  ok,
  queue,
  setup,
  watchSteps,
} from './fixtures.js';
import { runWorkload, workloadConfig } from './workload.js';

describe('work-conserving dispatch', () => {
  it('leaves no eligible pair after each kind of step that frees an agent or a contact', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { wrapUpMs: 1_000, reofferCooldownMs: 2_000 }), queue('other')],
      agents: [agent('ann', ['sales'], { capacity: { chat: 1, voice: 1 } }), agent('bob', ['other'])],
    });
    const watch = watchSteps(engine);
    available(engine, 'ann', 'bob');
    const [c1, c2] = [arrive(engine, { queueId: 'sales' }), arrive(engine, { queueId: 'sales' })];
    ok(engine.offers.reject(offerOf(engine, c1))); // ann takes c2
    ok(engine.offers.accept(offerOf(engine, c2)));
    ok(engine.contacts.complete(c2)); // wrap-up until 1000
    clock.advanceTo(1_000); // wrap-up ends; c1 still in cooldown
    clock.advanceTo(2_000); // cooldown ends: c1 to ann
    ok(engine.agents.setPhoneBusy('ann', true)); // withdrawn
    ok(engine.agents.setPhoneBusy('ann', false)); // offered again
    ok(engine.agents.setMemberships('bob', [{ queueId: 'other' }, { queueId: 'sales' }]));
    ok(engine.agents.setCapacity('ann', { chat: 2 }));
    arrive(engine, { queueId: 'sales' });
    watch.stop();
    expect(watch.violations).toEqual([]);
    expect(watch.steps()).toBeGreaterThanOrEqual(12);
  });

  describe.each([11, 23, 37, 41, 59])('under a seeded mixed workload without re-offer cooldown (workload seed %i)', (seed) => {
    it('leaves no eligible pair after any step and offers only to eligible agents', () => {
      const { engine, clock } = setup(workloadConfig(0), { seed });
      const watch = watchSteps(engine);
      const counts = runWorkload(engine, (ms) => clock.advanceTo(ms), seed, 1_500);
      watch.stop();
      expect(watch.violations.slice(0, 5), `workload seed ${seed}`).toEqual([]);
      expect(findEligiblePair(engine)).toBeNull();
      // Not vacuous: the run offered, accepted, rejected, expired and completed work.
      expect(counts.created).toBeGreaterThan(200);
      expect(counts.accepted).toBeGreaterThan(50);
      expect(counts.completed).toBeGreaterThan(50);
      expect(engine.events().filter((e) => e.type === 'offer.expired').length).toBeGreaterThan(5);
    });
  });

  // Seeds 23, 37, 41 and 59 run clean with a cooldown. Seed 11 hits the engine bug documented in
  // offers.test.ts ("re-offers a contact when the cooldown ends even if it was offered elsewhere
  // meanwhile"): at 37662, c-52 has waited since gus's cooldown ended at 36297 with gus eligible.
  describe.each([11, 23, 37, 41, 59])('under a seeded mixed workload with a 3 s re-offer cooldown (workload seed %i)', (seed) => {
    it('leaves no eligible pair after any step and never re-offers within the cooldown', () => {
      const { engine, clock } = setup(workloadConfig(3_000), { seed });
      const watch = watchSteps(engine);
      const counts = runWorkload(engine, (ms) => clock.advanceTo(ms), seed, 1_500);
      watch.stop();
      expect(watch.violations.slice(0, 5), `workload seed ${seed}`).toEqual([]);
      expect(counts.rejected).toBeGreaterThan(20);
    });
  });
});
