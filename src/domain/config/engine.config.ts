/**
 * The engine's whole configuration: skills, queues, agents and routing settings.
 */
import { z } from 'zod';
import { AgentConfigSchema } from './agent.config.js';
import { QueueConfigSchema } from './queue.config.js';
import { ChannelSchema, IdSchema, integerSchema } from './primitives.schema.js';

/** Engine-wide routing settings. */
export const RoutingConfigSchema = z.strictObject({
  /** Offers an agent may let expire in a row before the engine sets them `not_responding`. */
  missedOffersMax: integerSchema(1, 1000).default(3),
  /** Channels on which an agent on a phone call (`phoneBusy`) gets no new offers. */
  phoneBlocks: z.array(ChannelSchema).default(['chat', 'email']),
  /** How many recent `commandId`s are remembered to make repeated commands idempotent. */
  commandIdMemoryMax: integerSchema(0, 10_000_000).default(100_000),
});

/** The engine's configuration as accepted by `createEngine`. */
export const EngineConfigSchema = z.strictObject(
  {
  /** Every skill an agent may have or a contact may require. */
  skills: z.array(IdSchema).default([]),
  queues: z.array(QueueConfigSchema).default([]),
  agents: z.array(AgentConfigSchema).default([]),
  routing: RoutingConfigSchema.prefault({}),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be an object' : undefined) },
);

/** Configuration as written by the embedder. */
export type EngineConfigInput = z.input<typeof EngineConfigSchema>;
/** Configuration with defaults applied. */
export type EngineConfig = z.output<typeof EngineConfigSchema>;
/** Routing settings with defaults applied. */
export type RoutingConfig = z.output<typeof RoutingConfigSchema>;
