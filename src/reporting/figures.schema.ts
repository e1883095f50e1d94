/**
 * The zod schemas of the figures in a report: contact figures (per queue, per interval, overall) and
 * agent figures. Every time field carries its unit (`answeredWaitMsP90`, `talkMsMean`); ratios are
 * fractions 0..1 named `...Rate` or `serviceLevel...`, null when their denominator is 0.
 */
import { z } from 'zod';

const count = (what: string) => z.int().nonnegative().describe(what);
const durationMs = (what: string) => z.number().nonnegative().describe(what);
const fraction = (what: string) => z.number().min(0).max(1).nullable().describe(what);

/** The six statistics a distribution is reported with. */
const STATISTICS = ['Mean', 'P50', 'P90', 'P95', 'P99', 'Max'] as const;

/** A distribution's field names: `${prefix}MsMean`, `${prefix}MsP50`, ... `${prefix}MsMax`. */
export type DistributionKey<P extends string> = `${P}Ms${(typeof STATISTICS)[number]}`;

/**
 * The fields of one distribution of durations: mean, nearest-rank p50/p90/p95/p99 (D-011) and max.
 * @example distributionShape('talk', 'talk time'); // { talkMsMean, talkMsP50, ..., talkMsMax }
 */
export function distributionShape<P extends string>(prefix: P, what: string): Record<DistributionKey<P>, z.ZodNullable<z.ZodNumber>> {
  const shape: Record<string, z.ZodNullable<z.ZodNumber>> = {};
  for (const statistic of STATISTICS) {
    const label = statistic === 'Mean' ? 'mean' : statistic === 'Max' ? 'maximum' : `${statistic.slice(1)}th percentile (nearest rank)`;
    shape[`${prefix}Ms${statistic}`] = z.number().nonnegative().nullable().describe(`${label} of ${what} in ms; null when there is none`);
  }
  return shape as Record<DistributionKey<P>, z.ZodNullable<z.ZodNumber>>;
}

/** Counts of contacts that became tickets, by reason. */
export const TicketedByReasonSchema = z
  .object({
    after_hours: count('arrived while the queue was closed'),
    queue_full: count('the queue was at its length limit'),
    wait_exceeded: count('waited longer than the queue allows'),
    no_agents: count('no member was logged in'),
    left_message: count('the customer chose to leave a message'),
  })
  .meta({ id: 'TicketedByReason', description: 'Contacts that became tickets, by reason' });

/** Ratings by score, "1" (worst) to "5" (best). */
export const RatingsByScoreSchema = z
  .object({
    '1': count('ratings of 1'),
    '2': count('ratings of 2'),
    '3': count('ratings of 3'),
    '4': count('ratings of 4'),
    '5': count('ratings of 5'),
  })
  .meta({ id: 'RatingsByScore', description: 'Ratings (session.rated) by score' });

/** The handle-time and rating fields, shared by contact and agent figures. */
const handlingShape = {
  completed: count('conversations completed (contact.completed): talk times recorded'),
  handled: count('wrap-ups ended (agent.wrapup.ended): wrap-up and handle times recorded'),
  ...distributionShape('talk', 'talk time (contact.assigned to contact.completed)'),
  ...distributionShape('wrapUp', 'wrap-up time (contact.completed to agent.wrapup.ended)'),
  ...distributionShape('handle', 'handle time (talk + wrap-up, for contacts whose wrap-up ended)'),
  ratingCount: count('ratings received (session.rated)'),
  ratingMean: z.number().min(1).max(5).nullable().describe('mean rating, 1 to 5; null without ratings'),
  ratingsByScore: RatingsByScoreSchema,
};

/** Figures about contacts: per queue (per queue leg), per interval and overall (per contact). */
export const ContactFiguresSchema = z
  .object({
    offered: count('contacts entering the queue (contact.queued); overall: contacts that entered any queue'),
    answered: count('contacts taken by an agent (first contact.assigned of the leg; overall: of the contact)'),
    abandoned: count('contacts the customer left while waiting (contact.abandoned)'),
    ticketed: count('contacts that became tickets (ticket.created)'),
    ticketedByReason: TicketedByReasonSchema,
    rejected: count('contacts turned away (contact.rejected)'),
    transferredOut: count('transfers out (contact.transferred)'),
    requeued: count('contacts an agent put back into a queue (contact.requeued)'),
    overflowedOut: count('contacts moved to an overflow queue (contact.overflowed)'),
    answeredWithinThreshold: count('answered with waitMs <= serviceLevelThresholdMs'),
    abandonedWithinThreshold: count('abandoned with waitMs <= serviceLevelThresholdMs and not answered before (in the leg; overall: ever)'),
    serviceLevelOverOffered: fraction('answeredWithinThreshold / offered'),
    serviceLevelOverAnswered: fraction('answeredWithinThreshold / answered'),
    serviceLevelOverOfferedLessShortAbandons: fraction('answeredWithinThreshold / (offered - abandonedWithinThreshold)'),
    abandonmentRate: fraction('abandoned / offered'),
    ...distributionShape('answeredWait', 'the wait of answered contacts, from their first enqueue'),
    ...distributionShape('abandonedWait', 'the wait of abandoned contacts, from their first enqueue'),
    ...handlingShape,
  })
  .describe('Figures about contacts');

/** Figures about agents' time: presence, occupancy, concurrency. */
export const AgentTimeFiguresSchema = z
  .object({
    offlineMs: durationMs('time offline'),
    availableMs: durationMs('time available'),
    breakMs: durationMs('time on break'),
    notRespondingMs: durationMs('time not responding'),
    staffedMs: durationMs('time not offline: available + break + not responding'),
    busyMs: durationMs('staffed time holding at least one contact in talk or wrap-up'),
    occupancyRate: fraction('busyMs / staffedMs'),
    concurrencyMean: z.number().nonnegative().nullable().describe('time-weighted mean of contacts held over busyMs; null when never busy'),
    concurrencyMax: count('most contacts held at once, for a positive time, while staffed'),
  })
  .describe('Figures about agent time');

/** Figures about one agent: the contacts it handled and its time. */
export const AgentFiguresSchema = z
  .object({
    answered: count('contacts assigned to the agent (contact.assigned)'),
    transferredOut: count('contacts the agent transferred (contact.transferred)'),
    requeued: count('contacts the agent put back into a queue (contact.requeued)'),
    ...handlingShape,
    ...AgentTimeFiguresSchema.shape,
  })
  .describe('Figures about one agent');

/** Figures of the whole centre: contact figures per contact, and the agents' time summed. */
export const OverallFiguresSchema = z
  .object({ ...ContactFiguresSchema.shape, ...AgentTimeFiguresSchema.shape })
  .meta({ id: 'OverallFigures', description: 'Figures of the whole centre' });

/** Figures about contacts (see `ContactFiguresSchema`). */
export type ContactFigures = z.output<typeof ContactFiguresSchema>;
/** Figures about agent time (see `AgentTimeFiguresSchema`). */
export type AgentTimeFigures = z.output<typeof AgentTimeFiguresSchema>;
/** Figures about one agent (see `AgentFiguresSchema`). */
export type AgentFigures = z.output<typeof AgentFiguresSchema>;
/** Figures of the whole centre (see `OverallFiguresSchema`). */
export type OverallFigures = z.output<typeof OverallFiguresSchema>;
