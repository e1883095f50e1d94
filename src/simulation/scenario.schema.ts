/**
 * The scenario: everything a simulation run needs, as JSON or a TypeScript object. One zod schema
 * gives the type, the defaults, the error paths and the published JSON Schema
 * (`docs/scenario.schema.json`, see `scenarioJsonSchema`). Cross-references (skills, queues, calendars)
 * are checked by `parseScenario`.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { CalendarConfigSchema } from '../domain/calendar/calendar.schema.js';
import { TimeZoneSchema } from '../domain/calendar/calendar-primitives.schema.js';
import { RoutingConfigSchema } from '../domain/config/engine.config.js';
import {
  DurationMsSchema,
  IdSchema,
  integerSchema,
  numberSchema,
  PositiveDurationMsSchema,
} from '../domain/config/primitives.schema.js';
import { AgentGroupSchema } from './agent-group.schema.js';
import { ArrivalStreamSchema } from './arrival-stream.schema.js';
import { ScenarioQueueSchema } from './scenario-queue.schema.js';
import { AN_OBJECT, listOf } from './schema-messages.js';

/** Most customers one run may create. */
export const CUSTOMERS_MAX = 100_000_000;

/** An ISO 8601 instant with an offset or `Z`, e.g. `2026-03-02T08:00:00+01:00`. */
export const InstantSchema = z
  .string({ error: 'must be an ISO 8601 instant' })
  .refine((text) => /(Z|[+-]\d\d:?\d\d)$/.test(text) && DateTime.fromISO(text, { setZone: true }).isValid, {
    error: 'must be an ISO 8601 instant with an offset or Z (e.g. 2026-03-02T08:00:00Z)',
  });

/** When the run stops creating customers: after `customers` arrivals and/or `durationMs`, whichever first. */
export const HorizonSchema = z
  .strictObject({
    customers: integerSchema(1, CUSTOMERS_MAX).optional(),
    durationMs: PositiveDurationMsSchema.optional(),
  }, AN_OBJECT)
  .refine((h) => h.customers !== undefined || h.durationMs !== undefined, {
    error: 'must set customers, durationMs or both',
  });

/** A scenario as a whole. */
export const ScenarioSchema = z
  .strictObject(
    {
      name: z.string({ error: 'must be a string' }).max(200, { error: 'must be at most 200 characters' }).optional(),
      /** Seed of every random number of the run (each purpose gets its own stream). */
      seed: integerSchema(-(2 ** 53 - 1), 2 ** 53 - 1).default(1),
      /** When the run starts; calendars, shifts and hourly rates read it in `timeZone`. */
      startAt: InstantSchema.default('2026-01-05T08:00:00Z'),
      /** Time zone of shifts and hourly arrival rates (queue calendars carry their own). */
      timeZone: TimeZoneSchema.default('UTC'),
      horizon: HorizonSchema,
      /** Customers arriving in the first `warmupMs` are not measured. */
      warmupMs: DurationMsSchema.default(0),
      /** Or: the first fraction of the customers is not measured (overrides `warmupMs`). */
      warmupCustomersFraction: numberSchema().min(0, { error: 'must be >= 0' }).lt(1, { error: 'must be < 1' }).optional(),
      /** The service-level threshold T (answered within T means wait <= T). */
      serviceLevelThresholdMs: DurationMsSchema.default(20_000),
      /** Interval length of the report. */
      reportIntervalMs: integerSchema(1, 2 ** 53 - 1).default(900_000),
      /** Step of the timeline samples (waiting contacts, busy and available agents). */
      sampleMs: PositiveDurationMsSchema.default(60_000),
      /** After the horizon, how long the run may go on for waiting customers to be served or leave. */
      drainMsMax: DurationMsSchema.default(86_400_000),
      skills: listOf(IdSchema).default([]),
      /** Business-hours calendars that queues name in their `calendar`. */
      calendars: z.record(IdSchema, CalendarConfigSchema, AN_OBJECT).default({}),
      queues: listOf(ScenarioQueueSchema).min(1, { error: 'must list at least one queue' }),
      routing: RoutingConfigSchema.prefault({}),
      agentGroups: listOf(AgentGroupSchema).default([]),
      arrivals: listOf(ArrivalStreamSchema).min(1, { error: 'must list at least one arrival stream' }),
    },
    AN_OBJECT,
  )
  .superRefine((scenario, ctx) => {
    if (scenario.warmupCustomersFraction !== undefined && scenario.warmupMs > 0) {
      ctx.addIssue({ code: 'custom', message: 'must be left out when warmupMs is set', path: ['warmupCustomersFraction'], input: scenario.warmupCustomersFraction });
    }
  });

/** A scenario as written (defaults may be left out). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A scenario with defaults applied. */
export type Scenario = z.output<typeof ScenarioSchema>;

/**
 * The JSON Schema of a scenario as written (the `input` side: fields with defaults are optional),
 * published as `docs/scenario.schema.json`.
 * @example writeFileSync('scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { io: 'input' }) as Record<string, unknown>;
}
