/**
 * After any random run of the engine (agents, presence changes, contacts, accepts, rejects, completes,
 * abandons, time advancing on a VirtualClock), the live streams' final figures equal the report
 * computed from `engine.events()`, and the report keeps its own accounting identities.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/create-engine.js';
import { createReport } from '../../src/reporting/create-report.js';
import { type Report, ReportSchema } from '../../src/reporting/report.schema.js';
import type { ReportOptions } from '../../src/reporting/report-options.js';
import { type AgentStats, createLiveStats, type LiveStats, type QueueStats } from '../../src/streams/live-stats.js';
import type { QueueState } from '../../src/streams/queue-state.js';
import { VirtualClock } from '../../src/time/virtual-clock.js';

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);
const QUEUES = ['q0', 'q1'];

type Action =
  | { kind: 'status'; agent: number; status: 'offline' | 'available' | 'break' }
  | { kind: 'create'; queue: number }
  | { kind: 'accept' | 'reject' | 'complete' | 'abandon' | 'close' | 'rate'; pick: number }
  | { kind: 'transfer'; pick: number; mode: 'cold' | 'warm'; to: number }
  | { kind: 'requeue'; pick: number; queue: number }
  | { kind: 'invite' | 'leave'; pick: number; agent: number }
  | { kind: 'advance'; ms: number };

const weighted = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const pickArb = fc.nat(10);

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  weighted(2, fc.record({ kind: fc.constant('status' as const), agent: fc.nat(2), status: fc.constantFrom('available', 'available', 'offline', 'break') })),
  weighted(3, fc.record({ kind: fc.constant('create' as const), queue: fc.nat(1) })),
  weighted(4, fc.record({ kind: fc.constantFrom('accept', 'accept', 'complete', 'complete', 'reject', 'abandon'), pick: pickArb })),
  weighted(3, fc.record({ kind: fc.constant('advance' as const), ms: fc.oneof(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 40_000 })) })),
  weighted(2, fc.record({ kind: fc.constantFrom('close', 'rate'), pick: pickArb })),
  weighted(1, fc.record({ kind: fc.constant('transfer' as const), pick: pickArb, mode: fc.constantFrom('cold', 'warm'), to: fc.nat(4) })),
  weighted(1, fc.record({ kind: fc.constant('requeue' as const), pick: pickArb, queue: fc.nat(1) })),
  weighted(1, fc.record({ kind: fc.constantFrom('invite', 'leave'), pick: pickArb, agent: fc.nat(2) })),
);

const agentArb = fc.record({ chat: fc.integer({ min: 1, max: 3 }), queues: fc.subarray([0, 1], { minLength: 1 }), available: fc.boolean() });
const queueArb = fc.record({
  wrapUpMs: fc.constantFrom(0, 1_000, 5_000),
  offerMode: fc.constantFrom('offer', 'auto-accept'),
  offerTimeoutMs: fc.constantFrom(3_000, 30_000),
});

const scenarioArb = fc.record({
  agents: fc.array(agentArb, { minLength: 1, maxLength: 3 }),
  queues: fc.array(queueArb, { minLength: 2, maxLength: 2 }),
  options: fc.record({
    sampleMs: fc.constantFrom(1_000, 7_000, 30_000),
    intervalMs: fc.constantFrom(10_000, 60_000, 900_000),
    warmupMs: fc.constantFrom(0, 10_000),
    serviceLevelThresholdMs: fc.constantFrom(0, 5_000, 20_000),
    intervalsMax: fc.constantFrom(3, 2_880),
    valuesMax: fc.constantFrom(2, 10_000_000),
  }),
  actions: fc.array(actionArb, { minLength: 10, maxLength: 80, size: 'medium' }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { clock: VirtualClock; engine: Engine } {
  const clock = new VirtualClock(0);
  const engine = createEngine({
    clock,
    config: {
      queues: s.queues.map((q, i) => ({ id: QUEUES[i]!, channels: ['chat'], reofferCooldownMs: 0, ...q })),
      agents: s.agents.map((a, i) => ({ id: `a${i}`, capacity: { chat: a.chat }, memberships: a.queues.map((q) => ({ queueId: QUEUES[q]! })) })),
    },
  });
  s.agents.forEach((a, i) => a.available && engine.agents.setStatus(`a${i}`, 'available'));
  return { clock, engine };
}

function contactsWith(engine: Engine, statuses: readonly string[]): string[] {
  const ids = new Set(engine.events().flatMap((e) => (e.type === 'contact.created' ? [e.contactId] : [])));
  return [...ids].filter((id) => statuses.includes(engine.contact(id)?.status ?? ''));
}

/** The session of a contact, from the log. */
function sessionOf(engine: Engine, contactId: string): string | undefined {
  const started = engine.events().find((e) => e.type === 'session.started' && e.contactId === contactId);
  return started?.type === 'session.started' ? started.sessionId : undefined;
}

function performOnActive(engine: Engine, action: Action & { pick: number }): void {
  const active = contactsWith(engine, ['active']);
  const id = active[action.pick % Math.max(1, active.length)];
  const agentId = id === undefined ? undefined : engine.contact(id)?.agentId;
  if (id === undefined || agentId == null) return;
  const sessionId = sessionOf(engine, id) ?? 'none';
  switch (action.kind) {
    case 'complete':
      engine.contacts.complete(id);
      return;
    case 'close':
      engine.sessions.close(sessionId, 'agent', agentId);
      return;
    case 'transfer': {
      const target = action.to < 3 ? { toAgentId: `a${action.to}` } : { toQueueId: QUEUES[action.to - 3]! };
      engine.transfers.transfer({ contactId: id, agentId, mode: action.mode, ...target });
      return;
    }
    case 'requeue':
      engine.transfers.requeue(id, agentId, QUEUES[action.queue]);
      return;
    case 'invite':
      engine.sessions.invite(sessionId, agentId, `a${action.agent}`);
      return;
    case 'leave':
      engine.sessions.leave(sessionId, `a${action.agent}`);
      return;
    default:
      return;
  }
}

function perform(engine: Engine, clock: VirtualClock, agentCount: number, action: Action): void {
  const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];
  switch (action.kind) {
    case 'status':
      if (action.agent < agentCount) engine.agents.setStatus(`a${action.agent}`, action.status);
      return;
    case 'create':
      engine.contacts.create({ queueId: QUEUES[action.queue]!, channel: 'chat' });
      return;
    case 'advance':
      clock.advanceBy(action.ms);
      return;
    case 'accept':
    case 'reject': {
      const offers = Array.from({ length: agentCount }, (_, i) => engine.agent(`a${i}`)?.pendingOfferIds ?? []).flat();
      const offerId = pick(offers, action.pick);
      if (offerId !== undefined) engine.offers[action.kind](offerId);
      return;
    }
    case 'abandon': {
      const id = pick(contactsWith(engine, ['queued', 'offered']), action.pick);
      if (id !== undefined) engine.contacts.abandon(id);
      return;
    }
    case 'rate': {
      const closed = engine.events().flatMap((e) => (e.type === 'session.closed' ? [e.sessionId] : []));
      const sessionId = pick(closed, action.pick);
      if (sessionId !== undefined) engine.sessions.rate(sessionId, 1 + (action.pick % 5));
      return;
    }
    default:
      performOnActive(engine, action);
  }
}

function without<T extends { atMs: number; lastSeq: number | null }>(sample: T): Omit<T, 'atMs' | 'lastSeq'> {
  const { atMs: _atMs, lastSeq: _lastSeq, ...rest } = sample;
  return rest;
}

/** The report of the events a sample had seen, at the sample's time. */
function reportAt(engine: Engine, lastSeq: number | null, toMs: number, options: ReportOptions): Report {
  return createReport(engine.events().filter((e) => e.seq <= (lastSeq ?? -1)), { ...options, toMs });
}

interface Taps {
  metrics: Report[];
  queues: Map<string, QueueStats[]>;
  agents: Map<string, AgentStats[]>;
}

function tap(stats: LiveStats, agentCount: number): Taps {
  const taps: Taps = { metrics: [], queues: new Map(), agents: new Map() };
  stats.metrics$.subscribe((r) => taps.metrics.push(r));
  for (const q of QUEUES) stats.queueStats$(q).subscribe((s) => (taps.queues.get(q) ?? taps.queues.set(q, []).get(q)!).push(s));
  for (let i = 0; i < agentCount; i++) {
    stats.agentStats$(`a${i}`).subscribe((s) => (taps.agents.get(`a${i}`) ?? taps.agents.set(`a${i}`, []).get(`a${i}`)!).push(s));
  }
  return taps;
}

/** Counts taken straight from the log (no warm-up): what the report must say. */
function checkCounts(report: Report, engine: Engine): void {
  const events = engine.events().filter((e) => e.seq <= (report.lastSeq ?? -1));
  const count = (type: string) => events.filter((e) => e.type === type).length;
  const queuedIn = (q: string) => events.filter((e) => e.type === 'contact.queued' && e.queueId === q).length;
  const arrived = new Set(events.flatMap((e) => (e.type === 'contact.queued' ? [e.contactId] : [])));
  expect(report.overall).toMatchObject({
    offered: arrived.size,
    abandoned: count('contact.abandoned'),
    ticketed: count('ticket.created'),
    requeued: count('contact.requeued'),
    transferredOut: count('contact.transferred'),
    completed: count('contact.completed'),
    handled: count('agent.wrapup.ended'),
    ratingCount: count('session.rated'),
  });
  for (const row of report.queues) expect(row.offered).toBe(queuedIn(row.queueId));
  const sum = (pick: (r: Report['queues'][number]) => number) => report.intervals.reduce((n, i) => n + i.queues.reduce((m, q) => m + pick(q), 0), 0);
  // When no interval was dropped (the first listed one holds the start), the intervals add up to the totals.
  const first = report.intervals[0];
  if (first === undefined || first.startMs <= report.countFromMs) {
    expect(sum((q) => q.offered)).toBe(report.queues.reduce((n, q) => n + q.offered, 0));
    expect(sum((q) => q.answered)).toBe(report.queues.reduce((n, q) => n + q.answered, 0));
  }
}

function checkIdentities(report: Report): void {
  ReportSchema.parse(report);
  const window = Math.max(0, report.toMs - report.countFromMs);
  for (const row of report.queues) {
    // A queue leg is answered at most once, and one answered is never abandoned, ticketed, rejected or moved on by overflow.
    expect(row.answered + row.abandoned + row.ticketed + row.rejected + row.overflowedOut).toBeLessThanOrEqual(row.offered);
  }
  for (const row of [report.overall, ...report.queues]) {
    // Overall, a contact answered and requeued may still be abandoned later: each count is bounded on its own.
    expect(row.answered).toBeLessThanOrEqual(row.offered);
    expect(row.abandoned + row.ticketed + row.rejected).toBeLessThanOrEqual(row.offered);
    expect(row.answeredWithinThreshold).toBeLessThanOrEqual(row.answered);
    expect(row.handled).toBeLessThanOrEqual(row.completed);
  }
  for (const a of report.agents) {
    // Every agent is configured at 0 and never removed: its presence times fill the counted window.
    expect(a.offlineMs + a.availableMs + a.breakMs + a.notRespondingMs).toBe(window);
    expect(a.busyMs).toBeLessThanOrEqual(a.staffedMs);
  }
}

describe(`live statistics agree with the report (seed ${SEED})`, () => {
  it('gives the same final figures from the streams as from createReport(engine.events())', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { clock, engine } = build(s);
        const stats = createLiveStats(engine, s.options);
        const taps = tap(stats, s.agents.length);
        for (const action of s.actions) perform(engine, clock, s.agents.length, action);
        // One more period, so every stream samples after the last command.
        clock.advanceBy(s.options.sampleMs);
        const options: ReportOptions = { ...s.options };
        const last = taps.metrics.at(-1)!;
        const full = reportAt(engine, last.lastSeq, last.toMs, options);
        // A metrics$ sample lists the current interval only (metricsIntervalsMax 1).
        expect(last).toEqual({ ...full, intervals: full.intervals.slice(-1) });
        checkIdentities(full);
        if (s.options.warmupMs === 0) checkCounts(full, engine);
        for (const [queueId, samples] of taps.queues) {
          const sample = samples.at(-1)!;
          const row = reportAt(engine, sample.lastSeq, sample.atMs, options).queues.find((q) => q.queueId === queueId);
          expect(without(sample)).toEqual(row);
        }
        for (const [agentId, samples] of taps.agents) {
          const sample = samples.at(-1)!;
          const row = reportAt(engine, sample.lastSeq, sample.atMs, options).agents.find((a) => a.agentId === agentId);
          expect(without(sample)).toEqual(row);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('shows on the wallboard the waiting count the engine has', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { clock, engine } = build(s);
        const stats = createLiveStats(engine, s.options);
        for (const action of s.actions) perform(engine, clock, s.agents.length, action);
        const states: QueueState[] = [];
        for (const q of QUEUES) stats.queueState$(q).subscribe((state) => states.push(state));
        // Every deadline due by now has fired: the samples at this instant see the engine's current state.
        clock.advanceTo(clock.now());
        for (const state of states) expect(state.waitingCount).toBe(engine.queue(state.queueId)!.waitingCount);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
