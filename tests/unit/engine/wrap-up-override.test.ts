import { describe, expect, it } from 'vitest';
import { createEngine, VirtualClock } from '../../../src/index.js';

function setup() {
  const clock = new VirtualClock(0);
  const engine = createEngine({
    clock,
    config: {
      queues: [{ id: 'sales', channels: ['chat', 'voice'], wrapUpMs: 5_000, offerMode: 'auto-accept' }],
      agents: [{ id: 'ann', capacity: { chat: 1, voice: 1 }, capacityTotalMax: 1, memberships: [{ queueId: 'sales' }] }],
    },
  });
  engine.agents.setStatus('ann', 'available');
  return { clock, engine };
}

function wrapUpEnd(engine: ReturnType<typeof setup>['engine'], contactId: string): number | undefined {
  return engine.events().find((e) => e.type === 'agent.wrapup.ended' && e.contactId === contactId)?.at;
}

describe('a wrap-up time given with the completion', () => {
  it('replaces the queue wrap-up for that contact only', () => {
    const { clock, engine } = setup();
    const voice = engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    clock.advanceTo(1_000);
    expect(engine.contacts.complete(voice.ok ? voice.contactId! : '', undefined).ok).toBe(true);
    clock.advanceTo(10_000);
    expect(wrapUpEnd(engine, 'c-1')).toBe(6_000);
    engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    expect(engine.dispatch({ type: 'contact.complete', contactId: 'c-2', wrapUpMs: 2_000 }).ok).toBe(true);
    clock.advanceTo(20_000);
    expect(wrapUpEnd(engine, 'c-2')).toBe(12_000);
  });

  it('applies to a chat closed by its agent', () => {
    const { clock, engine } = setup();
    engine.contacts.create({ queueId: 'sales', channel: 'chat' });
    const sessionId = engine.contact('c-1')!.sessionId!;
    expect(engine.dispatch({ type: 'session.close', sessionId, by: 'agent', agentId: 'ann', wrapUpMs: 0 }).ok).toBe(true);
    expect(wrapUpEnd(engine, 'c-1')).toBe(0);
    expect(engine.agent('ann')!.usedTotal).toBe(0);
    clock.advanceTo(1);
  });

  it('rejects a negative or non-finite wrap-up time and changes nothing', () => {
    const { engine } = setup();
    engine.contacts.create({ queueId: 'sales', channel: 'voice' });
    const before = engine.events().length;
    for (const wrapUpMs of [-1, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
      const result = engine.dispatch({ type: 'contact.complete', contactId: 'c-1', wrapUpMs } as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('wrapUpMs');
    }
    expect(engine.events().slice(before).every((e) => e.type === 'command.rejected')).toBe(true);
    expect(engine.contact('c-1')!.status).toBe('active');
  });
});
