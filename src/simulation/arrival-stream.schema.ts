/**
 * Arrival streams in a scenario: Poisson arrivals into one queue on one channel, at a constant rate or
 * with a 24-value hourly profile (local hours of the scenario's time zone), split into priority classes,
 * with each customer's handle time, patience, leave-a-message and rating behaviour.
 */
import { z } from 'zod';
import {
  ChannelSchema,
  IdSchema,
  integerSchema,
  numberSchema,
  PrioritySchema,
  SkillMapSchema,
} from '../domain/config/primitives.schema.js';
import { DistributionSchema, ProbabilitySchema } from './distribution.schema.js';
import { AN_OBJECT, listOf } from './schema-messages.js';

/** A rate in arrivals per hour. */
const RatePerHourSchema = numberSchema().min(0, { error: 'must be >= 0' }).max(1e9, { error: 'must be <= 1000000000' });

/**
 * A priority class: a `share` of the stream's arrivals (shares are normalised), with the engine
 * priority (higher is served first, D-003) and optionally its own skill requirement.
 */
export const CustomerClassSchema = z.strictObject({
  name: IdSchema,
  share: numberSchema().gt(0, { error: 'must be > 0' }),
  priority: PrioritySchema.default(0),
  /** Minimum skill levels for this class; the queue's requirement applies when omitted. */
  skills: SkillMapSchema.optional(),
}, AN_OBJECT);

/** Whether and how a customer rates a closed chat: `weights` for the scores 1..5. */
export const RatingBehaviourSchema = z.strictObject({
  probability: ProbabilitySchema.default(0),
  weights: z
    .array(numberSchema().min(0, { error: 'must be >= 0' }), { error: 'must be a list of 5 weights' })
    .length(5, { error: 'must list 5 weights (scores 1 to 5)' })
    .refine((w) => w.reduce((s, x) => s + x, 0) > 0, { error: 'must have a positive sum' })
    .default([1, 1, 1, 1, 1]),
}, AN_OBJECT);

/** The single class a stream has when it lists none. */
export const DEFAULT_CLASS = { name: 'default', share: 1, priority: 0 } as const;

/** One stream of arriving customers. */
export const ArrivalStreamSchema = z
  .strictObject({
    /** Names the stream's random numbers; `<queueId>.<channel>` when omitted. */
    id: IdSchema.optional(),
    queueId: IdSchema,
    channel: ChannelSchema,
    /** Constant Poisson rate (give this or `hourlyRatesPerHour`). */
    ratePerHour: RatePerHourSchema.optional(),
    /** 24 Poisson rates, one per local hour 00-23. */
    hourlyRatesPerHour: z
      .array(RatePerHourSchema, { error: 'must be a list of 24 rates' })
      .length(24, { error: 'must list 24 rates (hours 00 to 23)' })
      .optional(),
    classes: listOf(CustomerClassSchema).min(1, { error: 'must list at least one class' }).max(100, { error: 'must list at most 100 classes' }).default([{ ...DEFAULT_CLASS }]),
    /** From the agent's accept (or assignment) to completion. */
    handleTime: DistributionSchema,
    /** How long a customer waits (queued or offered) before leaving; infinitely patient when null. */
    patience: DistributionSchema.nullable().default(null),
    /** When patience runs out: probability of leaving a message (a ticket) instead of abandoning. */
    leaveMessageProbability: ProbabilitySchema.default(0),
    /** Rating of chats after they close. */
    rating: RatingBehaviourSchema.prefault({}),
    /** When set, each customer has one of this many e-mail addresses, so customers come back. */
    customerPoolSize: integerSchema(1, 100_000_000).optional(),
  }, AN_OBJECT)
  .superRefine((stream, ctx) => {
    const hasRate = stream.ratePerHour !== undefined;
    const hasProfile = stream.hourlyRatesPerHour !== undefined;
    if (hasRate === hasProfile) {
      ctx.addIssue({ code: 'custom', message: 'needs exactly one of ratePerHour and hourlyRatesPerHour', path: [] });
    } else if (hasRate && stream.ratePerHour === 0) {
      ctx.addIssue({ code: 'custom', message: 'must be > 0', path: ['ratePerHour'], input: stream.ratePerHour });
    } else if (Array.isArray(stream.hourlyRatesPerHour) && !(stream.hourlyRatesPerHour.reduce((s, r) => s + (typeof r === 'number' ? r : 0), 0) > 0)) {
      ctx.addIssue({ code: 'custom', message: 'must have at least one positive rate', path: ['hourlyRatesPerHour'], input: stream.hourlyRatesPerHour });
    }
  }, { when: (payload) => payload.value !== null && typeof payload.value === 'object' })
  .meta({ id: 'ArrivalStream', description: 'Poisson arrivals into one queue on one channel' });

/** An arrival stream as written. */
export type ArrivalStreamInput = z.input<typeof ArrivalStreamSchema>;
/** An arrival stream with defaults applied. */
export type ArrivalStream = z.output<typeof ArrivalStreamSchema>;
/** A customer class with defaults applied. */
export type CustomerClass = z.output<typeof CustomerClassSchema>;
