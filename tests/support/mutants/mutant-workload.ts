/**
 * The bounded, seeded workload each mutant test runs under the oracle: a backlog of chats, calls and
 * e-mails with mixed priorities, offers left pending, phone calls, wait limits that overflow, and
 * restarts from snapshots. It stops at the first step with a violation. The same seed always issues
 * the same inputs, so a result reproduces from the seed printed in the test title.
 */
import type { Channel } from '../../../src/domain/channel.js';
import type { EngineConfigInput } from '../../../src/domain/config/engine.config.js';
import { CheckedEngine, type Outcome } from '../harness/checked-engine.js';
import { seededRandom } from '../seeded-random.js';

/** Three queues (one overflowing into another) and five agents with multi-chat caps and membership tiers. */
export const MUTANT_CONFIG: EngineConfigInput = {
  skills: ['en', 'fr'],
  queues: [
    { id: 'sales', channels: ['chat', 'voice'], priority: 1, strategy: 'longest-idle', offerTimeoutMs: 3_000, reofferCooldownMs: 2_000, wrapUpMs: 1_000, waitMsMax: 8_000, onWaitMsMax: { action: 'queue', queueId: 'backup' } },
    { id: 'support', channels: ['chat', 'email'], strategy: 'least-occupied', offerTimeoutMs: 4_000, reofferCooldownMs: 0, skills: { en: 1 } },
    { id: 'backup', channels: ['chat', 'voice'], strategy: 'top-down', offerTimeoutMs: 3_000, reofferCooldownMs: 1_000, waitMsMax: 30_000, onWaitMsMax: { action: 'ticket' } },
  ],
  agents: [
    { id: 'ann', skills: { en: 3 }, capacity: { chat: 2, voice: 1, email: 1 }, memberships: [{ queueId: 'sales', priority: 1 }, { queueId: 'support' }] },
    { id: 'bob', skills: { en: 1, fr: 2 }, capacity: { chat: 3, email: 2 }, capacityTotalMax: 3, memberships: [{ queueId: 'support', priority: 2 }, { queueId: 'backup' }] },
    { id: 'cat', skills: { fr: 4 }, capacity: { chat: 2, voice: 1 }, memberships: [{ queueId: 'sales' }, { queueId: 'backup', priority: 1 }] },
    { id: 'dan', skills: { en: 2 }, memberships: [{ queueId: 'sales' }, { queueId: 'support' }] },
    { id: 'eve', skills: { en: 5, fr: 1 }, capacity: { chat: 2, voice: 1, email: 1 }, memberships: [{ queueId: 'backup', priority: 2 }, { queueId: 'sales' }] },
  ],
  routing: { missedOffersMax: 3 },
};

/** What a workload run found. */
export interface WorkloadFindings {
  readonly seed: number;
  /** Inputs applied before stopping. */
  readonly steps: number;
  readonly violations: readonly string[];
  /** The engine run, with its whole log and inputs (for replay). */
  readonly checked: CheckedEngine;
}

/** Runs at most `stepsMax` seeded inputs on `config` (every agent starts available); stops after the first one with violations. */
export function runMutantWorkload(seed: number, options: { stepsMax?: number; config?: EngineConfigInput } = {}): WorkloadFindings {
  const { stepsMax = 400, config = MUTANT_CONFIG } = options;
  const rnd = seededRandom(seed);
  const checked = new CheckedEngine(config, seed);
  const agents = (config.agents ?? []).map((a) => a.id);
  const arrivals = (config.queues ?? []).map((q) => ({ queueId: q.id, channels: q.channels as Channel[] }));
  const contacts: string[] = [];
  const statusOf = (id: string) => checked.engine.contact(id)?.status;
  const offers = () => agents.flatMap((id) => checked.engine.agent(id)?.pendingOfferIds ?? []);
  let violations: readonly string[] = [];
  let step = 0;
  const apply = (outcome: Outcome) => {
    violations = outcome.violations;
  };
  for (const id of agents) apply(checked.dispatch({ type: 'agent.setStatus', agentId: id, status: 'available' }));
  for (; step < stepsMax && violations.length === 0; step++) {
    const roll = rnd.float();
    if (roll < 0.3) {
      const arrival = rnd.pick(arrivals);
      const result = checked.dispatch({ type: 'contact.create', queueId: arrival.queueId, channel: rnd.pick(arrival.channels), priority: rnd.int(-1, 3) });
      if (result.result?.ok === true) contacts.push(result.result.contactId as string);
      apply(result);
    } else if (roll < 0.42 && offers().length > 0) {
      apply(checked.dispatch({ type: 'offer.accept', offerId: rnd.pick(offers()) }));
    } else if (roll < 0.47 && offers().length > 0) {
      apply(checked.dispatch({ type: 'offer.reject', offerId: rnd.pick(offers()) }));
    } else if (roll < 0.57) {
      const active = contacts.filter((id) => statusOf(id) === 'active');
      if (active.length > 0) apply(checked.dispatch({ type: 'contact.complete', contactId: rnd.pick(active) }));
    } else if (roll < 0.62) {
      apply(checked.dispatch({ type: 'agent.setStatus', agentId: rnd.pick(agents), status: rnd.pick(['available', 'available', 'break', 'offline'] as const) }));
    } else if (roll < 0.7) {
      const id = rnd.pick(agents);
      apply(checked.dispatch({ type: 'agent.setPhoneBusy', agentId: id, busy: !(checked.engine.agent(id)?.phoneBusy ?? false) }));
    } else if (roll < 0.73) {
      apply(checked.restart());
    } else {
      apply(checked.advanceTo(checked.nowMs + rnd.int(0, 2_500)));
    }
  }
  if (violations.length === 0) violations = checked.finish();
  return { seed, steps: step, violations, checked };
}
