/**
 * Queue configuration: channels, priority, agent-selection strategy, offers, wrap-up.
 */
import { z } from 'zod';
import {
  ChannelSchema,
  DurationMsSchema,
  IdSchema,
  PositiveDurationMsSchema,
  PrioritySchema,
  SkillMapSchema,
} from './primitives.schema.js';

/** How a queue picks among eligible agents (DESIGN.md section 3 rule 3). */
export const STRATEGIES = [
  'longest-idle',
  'least-occupied',
  'round-robin',
  'top-down',
  'best-skill',
  'random',
] as const;

/** An agent-selection strategy. */
export type Strategy = (typeof STRATEGIES)[number];

/** Whether agents must accept an offer (`offer`) or get the contact at once (`auto-accept`). */
export const OFFER_MODES = ['offer', 'auto-accept'] as const;

/** A queue as configured. */
export const QueueConfigSchema = z.strictObject({
  id: IdSchema,
  name: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  channels: z.array(ChannelSchema).min(1, { error: 'must list at least one channel' }),
  /** Higher is served first by agents whose memberships tie. */
  priority: PrioritySchema.default(0),
  strategy: z.enum(STRATEGIES, { error: `must be one of ${STRATEGIES.join(', ')}` }).default('longest-idle'),
  offerMode: z.enum(OFFER_MODES, { error: `must be one of ${OFFER_MODES.join(', ')}` }).default('offer'),
  offerTimeoutMs: PositiveDurationMsSchema.default(30_000),
  /** A contact is not re-offered to an agent who declined or missed it within this time. */
  reofferCooldownMs: DurationMsSchema.default(60_000),
  wrapUpMs: DurationMsSchema.default(0),
  /** Skills required of agents for contacts that bring no requirement of their own. */
  skills: SkillMapSchema.default({}),
});

/** A queue's configuration as accepted by the engine. */
export type QueueConfigInput = z.input<typeof QueueConfigSchema>;
/** A queue's configuration with defaults applied. */
export type QueueConfig = z.output<typeof QueueConfigSchema>;
