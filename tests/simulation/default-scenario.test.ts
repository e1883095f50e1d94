/**
 * The embedded default scenario: valid JSON, and one whole simulated day that exercises what it
 * describes (business hours, breaks, overflow to tickets, VIPs first, blended agents, ratings,
 * returning customers) without a single command refused by the engine.
 */
import { describe, expect, it } from 'vitest';
import type { SwitchboardEvent } from '../../src/index.js';
import { DEFAULT_SCENARIO, runSimulation } from '../../src/simulation/index.js';

function count(events: readonly SwitchboardEvent[], predicate: (e: SwitchboardEvent) => boolean): number {
  return events.filter(predicate).length;
}

describe('the default scenario (seed 1)', () => {
  const result = runSimulation(DEFAULT_SCENARIO, { keepEvents: true });
  const events = result.events ?? [];

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_SCENARIO))).toEqual(DEFAULT_SCENARIO);
  });

  it('runs an 8-hour day with chat and voice and no refused command, every customer seen out', () => {
    expect(result.refusedCommands).toBe(0);
    expect(result.queueing.unresolved).toBe(0);
    expect(result.endMs - result.startMs).toBeGreaterThanOrEqual(8 * 3_600_000);
    expect(result.report.queues.map((q) => [q.queueId, q.offered > 50])).toEqual([
      ['chat-billing', true],
      ['chat-technical', true],
      ['voice', true],
    ]);
  });

  it('has breaks, overflow to tickets, messages left, ratings, outside calls and returning customers', () => {
    expect(result.report.overall.breakMs).toBeGreaterThan(0);
    expect(result.report.overall.ticketedByReason.wait_exceeded).toBeGreaterThan(0);
    expect(result.report.overall.ticketedByReason.left_message).toBeGreaterThan(0);
    expect(result.report.overall.ratingCount).toBeGreaterThan(0);
    expect(count(events, (e) => e.type === 'agent.phone.changed')).toBeGreaterThan(0);
    expect(count(events, (e) => e.type === 'customer.linked')).toBeGreaterThan(count(events, (e) => e.type === 'customer.created'));
  });

  it('serves VIPs faster than standard customers', () => {
    const { vip, standard } = result.queueing.byClass;
    expect(vip?.mean_wait_all as number).toBeLessThan(standard?.mean_wait_all as number);
  });

  it('closes the queues at 16:00 and logs every agent out by then', () => {
    const closeMs = result.startMs + 8 * 3_600_000;
    expect(events.filter((e) => e.type === 'queue.closed').map((e) => e.at)).toEqual([closeMs, closeMs, closeMs]);
    const lastLogout = Math.max(...events.filter((e) => e.type === 'agent.status.changed' && e.to === 'offline').map((e) => e.at));
    expect(lastLogout).toBe(closeMs);
    expect(result.timeline.samples.at(-1)?.loggedInAgents).toBe(0);
  });
});
