/**
 * Arbitraries for the model-based test: a small world (2-3 queues over chat, voice, e-mail and
 * outbound, every strategy and offer mode, relaxation, wait limits with overflow; 2-4 agents with
 * skills, caps and membership tiers) and the command classes that drive it.
 */
import fc from 'fast-check';
import type { Channel } from '../../../src/domain/channel.js';
import { STRATEGIES } from '../../../src/domain/config/queue.config.js';
import type { ModelAgentConfig, ModelConfig, ModelOverflow, ModelQueueConfig } from '../reference-router/model-types.js';
import { SetCapacityCommand, SetPhoneBusyCommand, SetPresenceCommand } from './agent-commands.js';
import { AbandonContactCommand, CompleteContactCommand, CreateContactCommand } from './contact-commands.js';
import type { Model, Real } from './model-run.js';
import { AcceptOfferCommand, RejectOfferCommand } from './offer-commands.js';
import { AdvanceTimeCommand, DuplicateCommand, RestartFromSnapshotCommand } from './system-commands.js';

const RELAXATION: { afterMs: number; skills: Record<string, number> }[] = [
  { afterMs: 0, skills: { en: 5 } },
  { afterMs: 3_000, skills: { en: 2 } },
  { afterMs: 7_000, skills: {} },
];

const queueArb = fc.record({
  channels: fc.subarray<Channel>(['chat', 'voice', 'email', 'outbound'], { minLength: 1 }),
  priority: fc.integer({ min: 0, max: 2 }),
  strategy: fc.constantFrom(...STRATEGIES),
  offerMode: fc.constantFrom('offer' as const, 'offer' as const, 'auto-accept' as const),
  offerTimeoutMs: fc.constantFrom(2_000, 5_000),
  reofferCooldownMs: fc.constantFrom(0, 3_000),
  wrapUpMs: fc.constantFrom(0, 0, 1_500),
  skills: fc.constantFrom<Record<string, number>>({}, { en: 2 }),
  relaxation: fc.boolean(),
  waitMsMax: fc.option(fc.constantFrom(6_000, 15_000), { nil: undefined }),
  overflow: fc.constantFrom('ticket' as const, 'reject' as const, 'next' as const),
});

const agentArb = (queueCount: number) =>
  fc.record({
    skills: fc.record({ en: fc.integer({ min: 1, max: 6 }), fr: fc.integer({ min: 1, max: 6 }) }, { requiredKeys: ['en'] }),
    capacity: fc.option(fc.record({ chat: fc.integer({ min: 0, max: 3 }), voice: fc.nat(1), email: fc.nat(2), outbound: fc.nat(1) }), { nil: undefined }),
    capacityTotalMax: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    memberships: fc.uniqueArray(fc.record({ queue: fc.nat(queueCount - 1), priority: fc.nat(2), wrapUpMs: fc.option(fc.constantFrom(0, 1_000), { nil: undefined }) }), {
      minLength: 1,
      maxLength: queueCount,
      selector: (m) => m.queue,
    }),
  });

/** A whole configuration, valid for the engine and complete for the reference router. */
export const configArb: fc.Arbitrary<ModelConfig> = fc
  .integer({ min: 2, max: 3 })
  .chain((queueCount) => fc.tuple(fc.array(queueArb, { minLength: queueCount, maxLength: queueCount }), fc.array(agentArb(queueCount), { minLength: 2, maxLength: 4 }), fc.constantFrom(2, 3)))
  .map(([queues, agents, missedOffersMax]) => ({
    skills: ['en', 'fr'],
    queues: queues.map((q, i): ModelQueueConfig => {
      // Overflow only to a queue serving every channel of this one (the configuration refuses others).
      const next = queues[i + 1];
      const canOverflow = q.overflow === 'next' && next !== undefined && q.channels.every((c) => next.channels.includes(c));
      const onWaitMsMax: ModelOverflow = canOverflow ? { action: 'queue', queueId: `q${i + 1}` } : { action: q.overflow === 'reject' ? 'reject' : 'ticket' };
      return {
        id: `q${i}`,
        channels: q.channels,
        priority: q.priority,
        strategy: q.strategy,
        offerMode: q.offerMode,
        offerTimeoutMs: q.offerTimeoutMs,
        reofferCooldownMs: q.reofferCooldownMs,
        wrapUpMs: q.wrapUpMs,
        skills: q.skills,
        ...(q.relaxation ? { relaxation: RELAXATION } : {}),
        ...(q.waitMsMax === undefined ? {} : { waitMsMax: q.waitMsMax }),
        onWaitMsMax,
      };
    }),
    agents: agents.map((a, i): ModelAgentConfig => ({
      id: `a${i}`,
      skills: a.skills,
      ...(a.capacity === undefined ? {} : { capacity: a.capacity }),
      ...(a.capacityTotalMax === undefined ? {} : { capacityTotalMax: a.capacityTotalMax }),
      memberships: a.memberships.map((m) => ({ queueId: `q${m.queue}`, priority: m.priority, ...(m.wrapUpMs === undefined ? {} : { wrapUpMs: m.wrapUpMs }) })),
    })),
    routing: { missedOffersMax, phoneBlocks: ['chat', 'email'] },
  }));

/** Mostly no own requirement (the queue's applies), sometimes one. */
const skillsArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<Record<string, number>>({ en: 1 }, { en: 4 }, { fr: 2 }, { en: 3, fr: 3 }) },
);

const createArb = fc
  .tuple(fc.nat(5), fc.nat(3), fc.integer({ min: -1, max: 2 }), skillsArb, fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(3) }))
  .map(([q, ch, p, s, t]) => new CreateContactCommand(q, ch, p, s, t));
const presenceArb = fc
  .tuple(fc.nat(3), fc.constantFrom('available' as const, 'available' as const, 'available' as const, 'break' as const, 'offline' as const))
  .map(([a, s]) => new SetPresenceCommand(a, s));
const advanceArb = fc.oneof(fc.integer({ min: 0, max: 1_500 }), fc.integer({ min: 1_500, max: 9_000 })).map((ms) => new AdvanceTimeCommand(ms));
const capacityArb = fc
  .tuple(fc.nat(3), fc.record({ chat: fc.nat(3), voice: fc.nat(1), email: fc.nat(2) }, { requiredKeys: [] }), fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }))
  .map(([a, c, t]) => new SetCapacityCommand(a, c, t));

/** One class per command; repeated entries weight the choice so that worlds get busy. */
export const commandArbs: fc.Arbitrary<fc.Command<Model, Real>>[] = [
  createArb,
  createArb,
  createArb,
  createArb,
  presenceArb,
  presenceArb,
  fc.tuple(fc.nat(3), fc.boolean()).map(([a, b]) => new SetPhoneBusyCommand(a, b)),
  fc.nat(5).map((i) => new AcceptOfferCommand(i)),
  fc.nat(5).map((i) => new AcceptOfferCommand(i)),
  fc.nat(5).map((i) => new AcceptOfferCommand(i)),
  fc.nat(5).map((i) => new RejectOfferCommand(i)),
  fc.nat(5).map((i) => new CompleteContactCommand(i)),
  fc.nat(5).map((i) => new CompleteContactCommand(i)),
  fc.nat(5).map((i) => new AbandonContactCommand(i)),
  advanceArb,
  advanceArb,
  advanceArb,
  capacityArb,
  fc.constant(new RestartFromSnapshotCommand()),
  fc.nat(40).map((i) => new DuplicateCommand(i)),
];
