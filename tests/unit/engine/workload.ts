/**
 * A seeded, mixed workload for the engine: arrivals on several queues and channels, accepts, rejects,
 * expiries, completions, abandons, presence and phone changes, cap and membership changes, and time.
 * The same `workloadSeed` always issues the same commands, so a failure reproduces from its seed.
 */
import type { Channel, Engine, EngineConfigInput, Strategy } from '../../../src/index.js';
import { seededRandom } from '../../support/seeded-random.js';

const QUEUES: { id: string; channels: Channel[]; strategy: Strategy; extra?: Record<string, unknown> }[] = [
  { id: 'sales', channels: ['chat', 'voice'], strategy: 'longest-idle', extra: { wrapUpMs: 1_500 } },
  { id: 'support', channels: ['chat', 'email'], strategy: 'least-occupied', extra: { skills: { en: 1 } } },
  { id: 'vip', channels: ['chat', 'voice'], strategy: 'best-skill', extra: { priority: 5, wrapUpMs: 500 } },
  { id: 'rr', channels: ['chat'], strategy: 'round-robin', extra: { offerMode: 'auto-accept' } },
  { id: 'lucky', channels: ['chat', 'email'], strategy: 'random' },
  { id: 'tiers', channels: ['voice', 'email'], strategy: 'top-down' },
];

const AGENT_IDS = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal'];

/** The workload's configuration; `reofferCooldownMs` applies to every queue. */
export function workloadConfig(reofferCooldownMs: number): EngineConfigInput {
  const pick = seededRandom(99);
  return {
    skills: ['en', 'fr', 'de'],
    queues: QUEUES.map((q) => ({
      id: q.id,
      channels: q.channels,
      strategy: q.strategy,
      offerTimeoutMs: 2_000 + 1_000 * pick.int(0, 3),
      reofferCooldownMs,
      ...q.extra,
    })),
    agents: AGENT_IDS.map((id, i) => ({
      id,
      skills: { en: pick.int(1, 10), ...(i % 2 === 0 ? { fr: pick.int(1, 10) } : {}), ...(i % 3 === 0 ? { de: pick.int(1, 5) } : {}) },
      ...(i === 7 ? {} : { capacity: { chat: pick.int(1, 3), voice: 1, email: pick.int(0, 2) } }),
      ...(i === 5 ? { capacityTotalMax: 2 } : {}),
      memberships: QUEUES.filter(() => pick.float() < 0.5).map((q) => ({ queueId: q.id, priority: pick.int(0, 2) })),
    })),
    routing: { missedOffersMax: 2 },
  };
}

/** What a workload run did, to show it was not vacuous. */
export interface WorkloadCounts {
  created: number;
  accepted: number;
  rejected: number;
  completed: number;
  refused: number;
}

/** Issues `steps` seeded commands and clock moves against `engine`. */
export function runWorkload(engine: Engine, advanceTo: (ms: number) => void, workloadSeed: number, steps: number): WorkloadCounts {
  const rnd = seededRandom(workloadSeed);
  const counts: WorkloadCounts = { created: 0, accepted: 0, rejected: 0, completed: 0, refused: 0 };
  const contacts: string[] = [];
  let now = 0;
  const pendingOffers = () => AGENT_IDS.flatMap((id) => engine.agent(id)?.pendingOfferIds ?? []);
  const withStatus = (status: string) => contacts.filter((id) => engine.contact(id)?.status === status);
  const note = (ok: boolean, key: keyof WorkloadCounts) => {
    if (ok) counts[key]++;
    else counts.refused++;
  };
  for (let step = 0; step < steps; step++) {
    const roll = rnd.float();
    if (roll < 0.28) {
      const q = rnd.pick(QUEUES);
      const skills = rnd.float() < 0.3 ? { [rnd.pick(['en', 'fr', 'de'])]: rnd.int(1, 6) } : undefined;
      const target = rnd.float() < 0.05 ? rnd.pick(AGENT_IDS) : undefined;
      const result = engine.contacts.create({
        queueId: q.id,
        channel: rnd.pick(q.channels),
        priority: rnd.int(-1, 3),
        ...(skills === undefined ? {} : { skills }),
        ...(target === undefined ? {} : { targetAgentId: target }),
      });
      if (result.ok) contacts.push(result.contactId as string);
      note(result.ok, 'created');
    } else if (roll < 0.46) {
      const offers = pendingOffers();
      if (offers.length > 0) note(engine.offers.accept(rnd.pick(offers)).ok, 'accepted');
    } else if (roll < 0.52) {
      const offers = pendingOffers();
      if (offers.length > 0) note(engine.offers.reject(rnd.pick(offers)).ok, 'rejected');
    } else if (roll < 0.66) {
      const active = withStatus('active');
      if (active.length > 0) note(engine.contacts.complete(rnd.pick(active)).ok, 'completed');
    } else if (roll < 0.69) {
      const waiting = [...withStatus('queued'), ...withStatus('offered')];
      if (waiting.length > 0) engine.contacts.abandon(rnd.pick(waiting));
    } else if (roll < 0.77) {
      engine.agents.setStatus(rnd.pick(AGENT_IDS), rnd.pick(['available', 'available', 'available', 'break', 'offline'] as const));
    } else if (roll < 0.81) {
      const id = rnd.pick(AGENT_IDS);
      engine.agents.setPhoneBusy(id, !(engine.agent(id)?.phoneBusy ?? false));
    } else if (roll < 0.83) {
      engine.agents.setCapacity(rnd.pick(AGENT_IDS), { chat: rnd.int(0, 3), voice: rnd.int(0, 1), email: rnd.int(0, 2) });
    } else if (roll < 0.85) {
      const memberships = QUEUES.filter(() => rnd.float() < 0.5).map((q) => ({ queueId: q.id, priority: rnd.int(0, 2) }));
      engine.agents.setMemberships(rnd.pick(AGENT_IDS), memberships);
    } else {
      now += rnd.int(0, 2_500);
      advanceTo(now);
    }
  }
  return counts;
}
