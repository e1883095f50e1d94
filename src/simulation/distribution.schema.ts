/**
 * Distributions of durations in a scenario (handle time, patience, accept delay, wrap-up, phone calls):
 * exponential, deterministic, uniform, lognormal, gamma, Erlang-k and an empirical table. Every time is
 * in milliseconds and says so in its name (`meanMs`, `sdMs`). Messages are phrased for `formatIssues`:
 * `agentGroups[1].acceptDelay.meanMs must be > 0 (got -3)`.
 */
import { z } from 'zod';
import {
  DurationMsSchema,
  integerSchema,
  numberSchema,
  PositiveDurationMsSchema,
} from '../domain/config/primitives.schema.js';

/** Most values an empirical table may list. */
export const EMPIRICAL_VALUES_MAX = 100_000;

/** Exponential with the given mean (the memoryless case of M/M/c). */
export const ExponentialSchema = z.strictObject({ kind: z.literal('exponential'), meanMs: PositiveDurationMsSchema });

/** Always the same value (M/D/c). */
export const DeterministicSchema = z.strictObject({ kind: z.literal('deterministic'), valueMs: DurationMsSchema });

/** Uniform between `minMs` and `maxMs`. */
export const UniformSchema = z
  .strictObject({ kind: z.literal('uniform'), minMs: DurationMsSchema, maxMs: DurationMsSchema })
  .refine((d) => !(d.maxMs < d.minMs), {
    error: (issue) => `must be >= minMs (${(issue.input as { minMs: number }).minMs})`,
    path: ['maxMs'],
  });

/** Lognormal given by the mean and standard deviation of the values themselves (not of their log). */
export const LognormalSchema = z.strictObject({
  kind: z.literal('lognormal'),
  meanMs: PositiveDurationMsSchema,
  sdMs: DurationMsSchema,
});

/** Gamma with a shape (k > 0) and a mean; shape 1 is exponential, an integer shape is Erlang-k. */
export const GammaSchema = z.strictObject({
  kind: z.literal('gamma'),
  shape: numberSchema().gt(0, { error: 'must be > 0' }).max(1_000_000, { error: 'must be <= 1000000' }),
  meanMs: PositiveDurationMsSchema,
});

/** Erlang-k: the sum of k exponential phases, with the given overall mean. */
export const ErlangSchema = z.strictObject({ kind: z.literal('erlang'), k: integerSchema(1, 1000), meanMs: PositiveDurationMsSchema });

/** An empirical table: one of `valuesMs`, with probability proportional to `weights` (equal when omitted). */
export const EmpiricalSchema = z
  .strictObject({
    kind: z.literal('empirical'),
    valuesMs: z
      .array(DurationMsSchema, { error: 'must be a list of durations' })
      .min(1, { error: 'must list at least one value' })
      .max(EMPIRICAL_VALUES_MAX, { error: `must list at most ${EMPIRICAL_VALUES_MAX} values` }),
    weights: z.array(numberSchema().min(0, { error: 'must be >= 0' }), { error: 'must be a list of numbers' }).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.weights === undefined) return;
    if (d.weights.length !== d.valuesMs.length) {
      ctx.addIssue({ code: 'custom', message: `must have one weight per value (${d.valuesMs.length})`, path: ['weights'], input: d.weights });
    } else if (!(d.weights.reduce((sum, w) => sum + w, 0) > 0)) {
      ctx.addIssue({ code: 'custom', message: 'must have a positive sum', path: ['weights'], input: d.weights });
    }
  });

/** The distribution kinds, as written in `kind`. */
export const DISTRIBUTION_KINDS = ['exponential', 'deterministic', 'uniform', 'lognormal', 'gamma', 'erlang', 'empirical'] as const;

/**
 * A distribution of durations in ms, discriminated by `kind`.
 * @example
 * const handleTime: DistributionInput = { kind: 'lognormal', meanMs: 240_000, sdMs: 120_000 };
 */
export const DistributionSchema = z.discriminatedUnion(
  'kind',
  [ExponentialSchema, DeterministicSchema, UniformSchema, LognormalSchema, GammaSchema, ErlangSchema, EmpiricalSchema],
  { error: `must be a distribution: { kind: ${DISTRIBUTION_KINDS.join(' | ')}, ... }` },
).meta({ id: 'Distribution', description: 'A distribution of durations in ms, by kind' });

/** A distribution as written. */
export type DistributionInput = z.input<typeof DistributionSchema>;
/** A validated distribution. */
export type Distribution = z.output<typeof DistributionSchema>;

/** A probability, 0 to 1. */
export const ProbabilitySchema = numberSchema().min(0, { error: 'must be >= 0' }).max(1, { error: 'must be <= 1' });
