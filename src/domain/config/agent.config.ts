/**
 * Agent configuration: skills, per-channel capacity, queue memberships.
 */
import { z } from 'zod';
import {
  CapacitySchema,
  DurationMsSchema,
  IdSchema,
  PrioritySchema,
  SkillMapSchema,
} from './primitives.schema.js';

/** One queue an agent serves, with the agent's priority for it (higher is served first). */
export const MembershipConfigSchema = z.strictObject({
  queueId: IdSchema,
  priority: PrioritySchema.default(0),
  /** Overrides the queue's wrap-up time for this agent. */
  wrapUpMs: DurationMsSchema.optional(),
});

/** How many contacts of each channel an agent may hold at once (pending offers count). */
export const CapacityConfigSchema = z.strictObject({
  chat: CapacitySchema.optional(),
  voice: CapacitySchema.optional(),
  email: CapacitySchema.optional(),
  callback: CapacitySchema.optional(),
  outbound: CapacitySchema.optional(),
});

/** The capacity an agent gets when none is configured: one contact at a time, any channel. */
export const DEFAULT_CAPACITY = { chat: 1, voice: 1, email: 1, callback: 1, outbound: 1 } as const;

/** An agent as configured. Missing channels in `capacity` mean 0. */
export const AgentConfigSchema = z.strictObject({
  id: IdSchema,
  name: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  skills: SkillMapSchema.default({}),
  capacity: CapacityConfigSchema.optional(),
  capacityTotalMax: CapacitySchema.optional(),
  memberships: z.array(MembershipConfigSchema).default([]),
});

/** An agent's configuration as accepted by the engine. */
export type AgentConfigInput = z.input<typeof AgentConfigSchema>;
/** An agent's configuration with defaults applied. */
export type AgentConfig = z.output<typeof AgentConfigSchema>;
/** One membership with defaults applied. */
export type MembershipConfig = z.output<typeof MembershipConfigSchema>;
