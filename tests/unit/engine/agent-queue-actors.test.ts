/**
 * DESIGN.md section 2, "Actors": every agent and queue is an xstate actor reachable by its id (D-028:
 * made on first request). `engine.actorOf(agentId)` starts in the agent's current presence and phone
 * flag and follows them from then on; a queue's actor follows its opening and closing.
 */
import { describe, expect, it } from 'vitest';
import { agent, available, MONDAY, OFFICE_UTC, ok, queue, utc, world } from './behaviours/fixtures.js';

describe('agent and queue actors, made on request', () => {
  it("starts an agent's actor in its current presence and phone flag, and returns that actor again", () => {
    const { engine } = world({ queues: [queue('q')], agents: [agent('ann', ['q']), agent('bob', ['q'])] });
    available(engine, 'ann');
    ok(engine.agents.setPhoneBusy('ann', true));
    const actor = engine.actorOf('ann')!;
    expect(actor.getSnapshot().value).toBe('available');
    expect(actor.getSnapshot().context).toEqual({ agentId: 'ann', phoneBusy: true });
    expect(engine.actorOf('ann')).toBe(actor);
    expect(engine.actorOf('bob')?.getSnapshot().value).toBe('offline');
  });

  it('follows presence and the phone flag from then on, and stops when the agent is removed', () => {
    const { engine } = world({ queues: [queue('q')], agents: [agent('ann', ['q'])] });
    const actor = engine.actorOf('ann')!;
    const seen: unknown[] = [];
    actor.subscribe((snapshot) => seen.push(snapshot.value));
    available(engine, 'ann');
    ok(engine.agents.setStatus('ann', 'break'));
    ok(engine.agents.setPhoneBusy('ann', true));
    expect(actor.getSnapshot().context.phoneBusy).toBe(true);
    ok(engine.agents.setStatus('ann', 'offline'));
    ok(engine.agents.remove('ann'));
    expect(seen).toEqual(['available', 'break', 'break', 'offline', 'removed']);
    expect(actor.getSnapshot().status).toBe('done');
    expect(engine.actorOf('ann')).toBeUndefined();
  });

  it("follows a queue's opening and closing", () => {
    const { engine, clock } = world({ queues: [queue('q', { calendar: OFFICE_UTC })] }, MONDAY);
    const actor = engine.actorOf('q')!;
    expect(actor.getSnapshot().value).toBe('closed');
    clock.advanceTo(utc(2026, 1, 5, 8));
    expect(actor.getSnapshot().value).toBe('open');
    clock.advanceTo(utc(2026, 1, 5, 16));
    expect(actor.getSnapshot().value).toBe('closed');
    expect(engine.actorOf('nobody')).toBeUndefined();
  });
});
