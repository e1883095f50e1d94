/**
 * Simulated customers and agents: patience, leaving a message, no answer, shifts, breaks, phone calls,
 * ratings, returning customers, wrap-up, accept delay, classes, a loss queue. Each test runs a tiny
 * scenario with its event log kept and reads what happened from the log.
 */
import { describe, expect, it } from 'vitest';
import type { EventOf, EventType, SwitchboardEvent } from '../../src/index.js';
import { runSimulation, type ScenarioInput, type SimulationResult } from '../../src/simulation/index.js';

/** One chat queue, one agent group, one stream; `change` adjusts any of it. */
function scenario(change: (s: Record<string, any>) => void = () => undefined): ScenarioInput {
  const s: Record<string, any> = {
    seed: 3,
    startAt: '2026-03-02T08:00:00+01:00',
    timeZone: 'Europe/Warsaw',
    horizon: { customers: 200 },
    queues: [{ id: 'q', channels: ['chat'], offerTimeoutMs: 10_000, reofferCooldownMs: 0 }],
    agentGroups: [{ id: 'g', count: 2, capacity: { chat: 1 }, memberships: [{ queueId: 'q' }] }],
    arrivals: [{ queueId: 'q', channel: 'chat', ratePerHour: 30, handleTime: { kind: 'exponential', meanMs: 120_000 } }],
  };
  change(s);
  return s as ScenarioInput;
}

function run(input: ScenarioInput): SimulationResult {
  const result = runSimulation(input, { keepEvents: true });
  expect(result.refusedCommands, 'the simulator sent a command the engine refused').toBe(0);
  return result;
}

function eventsOf<T extends EventType>(result: SimulationResult, type: T): EventOf<T>[] {
  return (result.events as SwitchboardEvent[]).filter((e): e is EventOf<T> => e.type === type);
}

/** Local time of day in Warsaw (UTC+1 in March before the change) as HH:mm:ss. */
function warsawTime(atMs: number): string {
  return new Date(atMs + 3_600_000).toISOString().slice(11, 19);
}

describe('simulated customers', () => {
  it('abandon when their patience runs out while nobody answers', () => {
    const result = run(scenario((s) => {
      s.agentGroups[0].count = 0;
      s.arrivals[0].patience = { kind: 'deterministic', valueMs: 30_000 };
    }));
    const abandoned = eventsOf(result, 'contact.abandoned');
    expect(abandoned).toHaveLength(200);
    expect(new Set(abandoned.map((e) => e.waitMs))).toEqual(new Set([30_000]));
    expect(result.queueing.overall).toMatchObject({ p_abandon: 1, mean_wait_abandoned: 30_000, answered: 0 });
  });

  it('abandon while being offered too (the offer is withdrawn)', () => {
    const result = run(scenario((s) => {
      s.agentGroups[0].acceptDelay = { kind: 'deterministic', valueMs: 20_000 };
      s.queues[0].offerTimeoutMs = 60_000;
      s.arrivals[0].patience = { kind: 'deterministic', valueMs: 5_000 };
    }));
    expect(eventsOf(result, 'contact.abandoned')).toHaveLength(200);
    expect(eventsOf(result, 'offer.withdrawn').every((e) => e.reason === 'contact_ended')).toBe(true);
    expect(eventsOf(result, 'offer.withdrawn').length).toBeGreaterThan(0);
  });

  it('leave a message instead, with the configured probability (seed 3)', () => {
    const all = run(scenario((s) => {
      s.agentGroups[0].count = 0;
      s.arrivals[0].patience = { kind: 'exponential', meanMs: 30_000 };
      s.arrivals[0].leaveMessageProbability = 1;
    }));
    expect(eventsOf(all, 'ticket.created').map((e) => e.reason)).toEqual(new Array(200).fill('left_message'));
    expect(all.queueing.overall).toMatchObject({ abandoned: 200, left_message: 200 });
    const half = run(scenario((s) => {
      s.agentGroups[0].count = 0;
      s.horizon = { customers: 2000 };
      s.arrivals[0].patience = { kind: 'exponential', meanMs: 30_000 };
      s.arrivals[0].leaveMessageProbability = 0.5;
    }));
    // Binomial(2000, 0.5): standard deviation 22.4; 5 of them allowed.
    expect(Math.abs(eventsOf(half, 'ticket.created').length - 1000)).toBeLessThanOrEqual(112);
  });

  it('rate closed chats with the configured score weights', () => {
    const result = run(scenario((s) => (s.arrivals[0].rating = { probability: 1, weights: [0, 0, 0, 0, 1] })));
    const rated = eventsOf(result, 'session.rated');
    expect(rated).toHaveLength(200);
    expect(rated.every((e) => e.score === 5)).toBe(true);
    expect(result.report.overall.ratingMean).toBe(5);
  });

  it('come back under the same e-mail when the customer pool is small', () => {
    const result = run(scenario((s) => (s.arrivals[0].customerPoolSize = 3)));
    expect(eventsOf(result, 'customer.created')).toHaveLength(3);
    expect(eventsOf(result, 'customer.linked')).toHaveLength(200);
  });

  it('carry their class: priority and skill requirement (classes share the stream by their shares)', () => {
    const result = run(scenario((s) => {
      s.skills = ['vip'];
      s.agentGroups[0].skills = { vip: 1 };
      s.arrivals[0].classes = [
        { name: 'normal', share: 3 },
        { name: 'gold', share: 1, priority: 5, skills: { vip: 1 } },
      ];
    }));
    const created = eventsOf(result, 'contact.created');
    const gold = created.filter((e) => e.priority === 5);
    expect(gold.every((e) => e.skills?.vip === 1)).toBe(true);
    expect(created.filter((e) => e.priority === 0).every((e) => e.skills === null)).toBe(true);
    // Binomial(200, 0.25): sd 6.1; 5 of them.
    expect(Math.abs(gold.length - 50)).toBeLessThanOrEqual(31);
    expect(result.queueing.byClass.gold?.arrivals).toBe(gold.length);
  });

  it('are turned away by a queue without a waiting room when every agent is busy', () => {
    const result = run(scenario((s) => {
      s.queues[0] = { id: 'q', channels: ['chat'], offerMode: 'auto-accept', lengthMax: 0, onLengthMax: { action: 'reject' } };
      s.arrivals[0].ratePerHour = 120;
    }));
    const rejected = eventsOf(result, 'contact.rejected');
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((e) => e.reason === 'queue_full')).toBe(true);
    expect(result.queueing.overall.p_block).toBeCloseTo(rejected.length / 200, 12);
    expect(eventsOf(result, 'contact.assigned').every((e) => e.waitMs === 0)).toBe(true);
  });
});

describe('simulated agents', () => {
  it('accept offers after the accept delay and complete with a sampled wrap-up', () => {
    const result = run(scenario((s) => {
      s.agentGroups[0].acceptDelay = { kind: 'deterministic', valueMs: 2_500 };
      s.agentGroups[0].wrapUp = { kind: 'deterministic', valueMs: 7_000 };
    }));
    const offers = new Map(eventsOf(result, 'offer.created').map((e) => [e.offerId, e.at]));
    for (const accepted of eventsOf(result, 'offer.accepted')) expect(accepted.at - (offers.get(accepted.offerId) as number)).toBe(2_500);
    expect(eventsOf(result, 'contact.completed').every((e) => e.wrapUpMs === 7_000)).toBe(true);
    expect(eventsOf(result, 'contact.assigned').every((e) => e.waitMs >= 2_500)).toBe(true);
  });

  it('let offers expire with the no-answer probability, go not_responding, and come back', () => {
    const result = run(scenario((s) => {
      s.horizon = { customers: 20 };
      s.agentGroups[0] = { ...s.agentGroups[0], count: 1, noAnswerProbability: 1, notRespondingMs: 60_000 };
      s.arrivals[0].patience = { kind: 'deterministic', valueMs: 600_000 };
    }));
    expect(eventsOf(result, 'offer.accepted')).toHaveLength(0);
    expect(eventsOf(result, 'offer.expired').length).toBeGreaterThanOrEqual(3);
    const changes = eventsOf(result, 'agent.status.changed');
    const away = changes.find((e) => e.to === 'not_responding');
    expect(away?.reason).toBe('missed_offers');
    const back = changes.find((e) => e.from === 'not_responding');
    expect(back).toMatchObject({ to: 'available', at: (away?.at as number) + 60_000 });
    expect(eventsOf(result, 'contact.abandoned')).toHaveLength(20);
  });

  it('log in at shift start and out at shift end, finishing work in progress', () => {
    const result = run(scenario((s) => {
      s.horizon = { durationMs: 4 * 3_600_000 };
      s.agentGroups[0].shifts = [{ loginAt: '09:00', logoutAt: '10:30' }];
      s.arrivals[0].patience = { kind: 'exponential', meanMs: 60_000 };
      s.arrivals[0].handleTime = { kind: 'deterministic', valueMs: 600_000 };
    }));
    const changes = eventsOf(result, 'agent.status.changed').filter((e) => e.agentId === 'g-1');
    expect(changes.map((e) => [warsawTime(e.at), e.to])).toEqual([
      ['09:00:00', 'available'],
      ['10:30:00', 'offline'],
    ]);
    const lastCompletion = Math.max(...eventsOf(result, 'contact.completed').map((e) => e.at));
    expect(warsawTime(lastCompletion) > '10:30:00').toBe(true);
    expect(eventsOf(result, 'contact.assigned').every((e) => warsawTime(e.at) >= '09:00:00' && warsawTime(e.at) <= '10:30:00')).toBe(true);
  });

  it('take their breaks and come back', () => {
    const result = run(scenario((s) => {
      s.horizon = { durationMs: 3 * 3_600_000 };
      s.agentGroups[0].shifts = [{ days: ['mon'], loginAt: '08:00', logoutAt: '10:00', breaks: [{ startAt: '09:00', durationMs: 600_000 }] }];
    }));
    const changes = eventsOf(result, 'agent.status.changed').filter((e) => e.agentId === 'g-2');
    expect(changes.map((e) => [warsawTime(e.at), e.from, e.to])).toEqual([
      ['08:00:00', 'offline', 'available'],
      ['09:00:00', 'available', 'break'],
      ['09:10:00', 'break', 'available'],
      ['10:00:00', 'available', 'offline'],
    ]);
    expect(result.report.agents.find((a) => a.agentId === 'g-2')?.breakMs).toBe(600_000);
  });

  it('go phone-busy for outside calls, and get no chat offers meanwhile', () => {
    const result = run(scenario((s) => {
      s.agentGroups[0].phoneCalls = { callsPerHour: 6, duration: { kind: 'deterministic', valueMs: 300_000 } };
    }));
    const phone = eventsOf(result, 'agent.phone.changed');
    expect(phone.length).toBeGreaterThan(4);
    const busySince = new Map<string, number>();
    for (const e of phone) {
      if (e.phoneBusy) busySince.set(e.agentId, e.at);
      else {
        expect(e.at - (busySince.get(e.agentId) as number)).toBe(300_000);
        busySince.delete(e.agentId);
      }
    }
    for (const offer of eventsOf(result, 'offer.created')) {
      const onPhone = phone.filter((e) => e.agentId === offer.agentId && e.at <= offer.at).at(-1);
      expect(onPhone?.phoneBusy ?? false).toBe(false);
    }
  });
});
