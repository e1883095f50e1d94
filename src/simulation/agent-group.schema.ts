/**
 * Agent groups in a scenario: `count` identical simulated agents (ids `<group>-1`, `<group>-2`...)
 * with the engine's agent settings (skills, capacity, memberships) and their behaviour: shifts and
 * breaks, accept delay, missed offers, wrap-up and outside phone calls (blended agents).
 */
import { z } from 'zod';
import { CloseTimeSchema, OpenTimeSchema, WeekdaySchema } from '../domain/calendar/calendar-primitives.schema.js';
import { clockMinutes, isCloseTime, isOpenTime, WEEKDAYS } from '../domain/calendar/wall-clock.js';
import { CapacityConfigSchema, MembershipConfigSchema } from '../domain/config/agent.config.js';
import {
  CapacitySchema,
  DurationMsSchema,
  IdSchema,
  integerSchema,
  numberSchema,
  PositiveDurationMsSchema,
  SkillMapSchema,
} from '../domain/config/primitives.schema.js';
import { DistributionSchema, ProbabilitySchema } from './distribution.schema.js';
import { AN_OBJECT, listOf } from './schema-messages.js';

/** Most agents one group may have. */
export const GROUP_AGENTS_MAX = 10_000;

/** A break within a shift: the group's agents go on break at `startAt` for `durationMs`. */
export const ShiftBreakSchema = z.strictObject({ startAt: OpenTimeSchema, durationMs: PositiveDurationMsSchema }, AN_OBJECT);

/**
 * A shift: on each of `days` (local days, in the scenario's time zone) the agents log in at `loginAt`
 * and out at `logoutAt`; a `logoutAt` at or before `loginAt` is the next day. Work in progress at logout
 * is finished (going offline never evicts work).
 */
export const ShiftSchema = z
  .strictObject({
    days: listOf(WeekdaySchema).min(1, { error: 'must list at least one day' }).default([...WEEKDAYS]),
    loginAt: OpenTimeSchema,
    logoutAt: CloseTimeSchema,
    breaks: listOf(ShiftBreakSchema).max(20, { error: 'must have at most 20 breaks' }).default([]),
  }, AN_OBJECT)
  .superRefine((shift, ctx) => {
    if (!isOpenTime(shift.loginAt) || !isCloseTime(shift.logoutAt) || !Array.isArray(shift.breaks)) return;
    const login = clockMinutes(shift.loginAt);
    const length = shiftLengthMinutes(login, clockMinutes(shift.logoutAt));
    shift.breaks.forEach((b, j) => {
      if (!isOpenTime(b?.startAt)) return;
      const offset = (clockMinutes(b.startAt) - login + 1440) % 1440;
      if (offset >= length) {
        ctx.addIssue({ code: 'custom', message: `must be within the shift (${shift.loginAt}-${shift.logoutAt})`, path: ['breaks', j, 'startAt'], input: b.startAt });
      }
    });
  }, { when: (payload) => payload.value !== null && typeof payload.value === 'object' });

/** Length of a shift in minutes: a logout at or before the login is on the next day. */
export function shiftLengthMinutes(loginMin: number, logoutMin: number): number {
  return logoutMin > loginMin ? logoutMin - loginMin : logoutMin + 1440 - loginMin;
}

/** Outside phone calls of blended agents: a Poisson stream per logged-in, available agent. */
export const PhoneCallsSchema = z.strictObject({
  /** Calls per hour per agent, while the agent is available and not already on the phone. */
  callsPerHour: numberSchema().gt(0, { error: 'must be > 0' }).max(3600, { error: 'must be <= 3600' }),
  /** How long a call keeps the agent phone-busy. */
  duration: DistributionSchema,
}, AN_OBJECT);

/** A group of identical simulated agents. */
export const AgentGroupSchema = z.strictObject({
  id: IdSchema,
  count: integerSchema(0, GROUP_AGENTS_MAX),
  skills: SkillMapSchema.default({}),
  capacity: CapacityConfigSchema.optional(),
  capacityTotalMax: CapacitySchema.optional(),
  memberships: listOf(MembershipConfigSchema).default([]),
  /** When the agents work; logged in from the start to the end when empty. */
  shifts: listOf(ShiftSchema).max(20, { error: 'must have at most 20 shifts' }).default([]),
  /** Time from an offer to its acceptance (offer-mode queues). */
  acceptDelay: DistributionSchema.default({ kind: 'deterministic', valueMs: 0 }),
  /** Probability that an agent lets an offer expire instead of accepting it. */
  noAnswerProbability: ProbabilitySchema.default(0),
  /** How long an agent the engine set `not_responding` (missed offers) takes to become available again. */
  notRespondingMs: DurationMsSchema.default(0),
  /** Wrap-up time sampled at each completion; the membership's or queue's `wrapUpMs` when omitted. */
  wrapUp: DistributionSchema.optional(),
  phoneCalls: PhoneCallsSchema.optional(),
}, AN_OBJECT).meta({ id: 'AgentGroup', description: 'A group of identical simulated agents' });

/** An agent group as written. */
export type AgentGroupInput = z.input<typeof AgentGroupSchema>;
/** An agent group with defaults applied. */
export type AgentGroup = z.output<typeof AgentGroupSchema>;
/** A shift with defaults applied. */
export type Shift = z.output<typeof ShiftSchema>;
