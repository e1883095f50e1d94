import { config as rxConfig } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine, type Engine } from '../../../src/engine/create-engine.js';
import { createReport } from '../../../src/reporting/create-report.js';
import type { AgentStats, QueueStats } from '../../../src/streams/live-stats.js';
import { createLiveStats } from '../../../src/streams/live-stats.js';
import type { QueueState } from '../../../src/streams/queue-state.js';
import { VirtualClock } from '../../../src/time/virtual-clock.js';

function setup(): { clock: VirtualClock; engine: Engine } {
  const clock = new VirtualClock(0);
  const engine = createEngine({
    clock,
    config: {
      queues: [{ id: 'sales', channels: ['chat'], wrapUpMs: 5_000 }],
      agents: [
        { id: 'ann', capacity: { chat: 2 }, memberships: [{ queueId: 'sales' }] },
        { id: 'bob', memberships: [{ queueId: 'sales' }] },
      ],
    },
  });
  return { clock, engine };
}

function offerOf(engine: Engine, contactId: string): string {
  const offer = engine.events().filter((e) => e.type === 'offer.created' && e.contactId === contactId).at(-1);
  if (offer?.type !== 'offer.created') throw new Error(`no offer for ${contactId}`);
  return offer.offerId;
}

/**
 * ann (chat capacity 2) is available from 0; bob stays offline. Wrap-up 5 s.
 *   1 s c-1 arrives, offered to ann; 3 s ann accepts (wait 2 s).
 *   4 s c-2 arrives, offered to ann; 5 s c-3 arrives and waits (ann is full with the offer).
 *   6 s ann accepts c-2 (wait 2 s); 7 s c-3 abandons (wait 2 s).
 *   10 s c-1 completes (talk 7 s), wrap-up to 15 s; 12 s c-2 completes (talk 6 s), wrap-up to 17 s.
 */
function run(clock: VirtualClock, engine: Engine): void {
  engine.agents.setStatus('ann', 'available');
  clock.advanceTo(1_000);
  engine.contacts.create({ queueId: 'sales', channel: 'chat' });
  clock.advanceTo(3_000);
  engine.offers.accept(offerOf(engine, 'c-1'));
  clock.advanceTo(4_000);
  engine.contacts.create({ queueId: 'sales', channel: 'chat' });
  clock.advanceTo(5_000);
  engine.contacts.create({ queueId: 'sales', channel: 'chat' });
  clock.advanceTo(6_000);
  engine.offers.accept(offerOf(engine, 'c-2'));
  clock.advanceTo(7_000);
  engine.contacts.abandon('c-3');
  clock.advanceTo(10_000);
  engine.contacts.complete('c-1');
  clock.advanceTo(12_000);
  engine.contacts.complete('c-2');
  clock.advanceTo(20_000);
}

describe('live statistics on a virtual clock', () => {
  it('samples a queue every sampleMs with the figures worked out by hand', () => {
    const { clock, engine } = setup();
    const samples: QueueStats[] = [];
    createLiveStats(engine, { sampleMs: 5_000 }).queueStats$('sales').subscribe((s) => samples.push(s));
    run(clock, engine);
    expect(samples.map((s) => s.atMs)).toEqual([0, 5_000, 10_000, 15_000, 20_000]);
    // 3 offered, 2 answered (waits 2 s, 2 s), 1 abandoned (2 s); talk 7 s and 6 s; wrap-up 5 s each; handle 12 s and 11 s.
    expect(samples.at(-1)).toMatchObject({
      offered: 3,
      answered: 2,
      abandoned: 1,
      serviceLevelOverOffered: 2 / 3,
      abandonmentRate: 1 / 3,
      answeredWaitMsMean: 2_000,
      abandonedWaitMsMax: 2_000,
      talkMsMean: 6_500,
      wrapUpMsMean: 5_000,
      handleMsMean: 11_500,
    });
    // The 5 s tick fires as the clock reaches 5 s, before c-3 arrives at 5 s: 2 offered, 1 answered.
    expect(samples[1]).toMatchObject({ offered: 2, answered: 1, abandoned: 0 });
  });

  it('samples an agent, with occupancy and concurrency up to the sample time', () => {
    const { clock, engine } = setup();
    const samples: AgentStats[] = [];
    createLiveStats(engine, { sampleMs: 20_000 }).agentStats$('ann').subscribe((s) => samples.push(s));
    run(clock, engine);
    // Held c-1 [3 s, 15 s), c-2 [6 s, 17 s): busy 14 s of 20 s available; 1 x 3 + 2 x 9 + 1 x 2 = 23 contact-s.
    expect(samples.at(-1)).toMatchObject({ atMs: 20_000, availableMs: 20_000, busyMs: 14_000, occupancyRate: 0.7, concurrencyMax: 2 });
    expect(samples.at(-1)!.concurrencyMean).toBe(23_000 / 14_000);
  });

  it('shows the current queue state for a wallboard', () => {
    const { clock, engine } = setup();
    const states: QueueState[] = [];
    createLiveStats(engine, { sampleMs: 2_000 }).queueState$('sales').subscribe((s) => states.push(s));
    run(clock, engine);
    const at = (ms: number) => states.find((s) => s.atMs === ms)!;
    // At 6 s (before ann accepts): c-2 offered (since 4 s), c-3 waiting (since 5 s); ann is full, bob offline.
    expect(at(6_000)).toMatchObject({ waitingCount: 1, offeredCount: 1, oldestWaitMs: 2_000, open: true });
    expect(at(6_000).agentsAvailableByChannel.chat).toBe(0);
    // At 20 s nobody waits and ann has both chat slots free.
    expect(at(20_000)).toMatchObject({ waitingCount: 0, offeredCount: 0, oldestWaitMs: null });
    expect(at(20_000).agentsAvailableByChannel).toEqual({ chat: 1, voice: 0, email: 0, callback: 0, outbound: 0 });
    expect(at(20_000).waitingCount).toBe(engine.queue('sales')!.waitingCount);
  });

  it('agrees with the report computed from engine.events()', () => {
    const { clock, engine } = setup();
    const reports: ReturnType<typeof createReport>[] = [];
    createLiveStats(engine, { sampleMs: 1_000, intervalMs: 5_000, metricsIntervalsMax: 100 }).metrics$.subscribe((r) => reports.push(r));
    run(clock, engine);
    const last = reports.at(-1)!;
    const events = engine.events().filter((e) => e.seq <= (last.lastSeq ?? -1));
    expect(last).toEqual(createReport(events, { toMs: last.toMs, intervalMs: 5_000 }));
    // Four intervals of 5 s up to 20 s: c-1 (1 s) and c-2 (4 s) entered in [0, 5 s), c-3 (5 s) in [5 s, 10 s).
    expect(last.intervals.map((i) => [i.startMs, i.overall.offered])).toEqual([[0, 2], [5_000, 1], [10_000, 0], [15_000, 0]]);
  });

  it('lists only the current interval in each metrics$ sample by default', () => {
    const { clock, engine } = setup();
    const reports: ReturnType<typeof createReport>[] = [];
    createLiveStats(engine, { sampleMs: 1_000, intervalMs: 5_000 }).metrics$.subscribe((r) => reports.push(r));
    run(clock, engine);
    expect(reports.at(-1)!.intervals.map((i) => i.startMs)).toEqual([15_000]);
  });

  it('reads the events the engine had before the live statistics started', () => {
    const { clock, engine } = setup();
    run(clock, engine);
    const stats = createLiveStats(engine);
    expect(stats.report()).toEqual(createReport(engine.events(), { toMs: 20_000 }));
  });

  it('rejects a sampleMs that is not positive', () => {
    const { engine } = setup();
    expect(() => createLiveStats(engine, { sampleMs: 0 })).toThrow('sampleMs must be a finite number > 0 (got 0)');
  });
});

describe('a subscriber that throws', () => {
  const previous = rxConfig.onUnhandledError;
  afterEach(() => {
    rxConfig.onUnhandledError = previous;
  });

  it('is reported by RxJS and never stops the engine or the other subscribers', async () => {
    const errors: unknown[] = [];
    rxConfig.onUnhandledError = (error) => errors.push(error);
    const { clock, engine } = setup();
    const stats = createLiveStats(engine, { sampleMs: 1_000 });
    stats.metrics$.subscribe(() => {
      throw new Error('wallboard crashed');
    });
    const seen: number[] = [];
    stats.queueStats$('sales').subscribe((s) => seen.push(s.offered));
    run(clock, engine);
    // RxJS reports a subscriber's error on a later macrotask, never inside the engine's step.
    await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0));
    expect((errors[0] as Error).message).toBe('wallboard crashed');
    // The engine kept routing: every contact was offered and handled as in the run without the bad subscriber.
    expect(engine.events().filter((e) => e.type === 'agent.wrapup.ended')).toHaveLength(2);
    expect(seen.at(-1)).toBe(3);
  });
});
