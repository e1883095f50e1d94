/**
 * The published shape of a report: `ReportSchema` (zod 4) gives the TypeScript type and, through
 * `z.toJSONSchema`, the JSON Schema in `docs/report.schema.json` (a test keeps the file current).
 */
import { z } from 'zod';
import { AgentFiguresSchema, ContactFiguresSchema, OverallFiguresSchema } from './figures.schema.js';

/** Version of the report's JSON shape; raised on any incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

/** One queue's figures. */
export const QueueRowSchema = z
  .object({ queueId: z.string(), ...ContactFiguresSchema.shape })
  .meta({ id: 'QueueRow', description: 'One queue' });

/** One agent's figures. */
export const AgentRowSchema = z
  .object({ agentId: z.string(), ...AgentFiguresSchema.shape })
  .meta({ id: 'AgentRow', description: 'One agent' });

/** One interval: contacts counted in the interval they entered the queue; agent time split at its bounds. */
export const IntervalRowSchema = z
  .object({
    startMs: z.number().describe('start of the interval (included), a multiple of intervalMs'),
    endMs: z.number().describe('end of the interval (excluded)'),
    overall: OverallFiguresSchema,
    queues: z.array(QueueRowSchema),
    agents: z.array(AgentRowSchema),
  })
  .meta({ id: 'IntervalRow', description: 'One interval' });

/** A report over an event log: settings, overall, per queue, per agent and per interval. */
export const ReportSchema = z
  .object({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    fromMs: z.number().describe('start of the report'),
    toMs: z.number().describe('end of the report'),
    warmupMs: z.number().nonnegative().describe('warm-up after fromMs, not counted'),
    countFromMs: z.number().describe('fromMs + warmupMs: contacts arriving earlier and time before it are not counted'),
    intervalMs: z.number().positive().describe('length of an interval'),
    serviceLevelThresholdMs: z.number().nonnegative().describe('answered within the threshold means waitMs <= it'),
    lastSeq: z.int().nullable().describe('seq of the last event counted; null when none'),
    overall: OverallFiguresSchema,
    queues: z.array(QueueRowSchema).describe('every queue seen in the log, by id'),
    agents: z.array(AgentRowSchema).describe('every agent seen in the log, by id'),
    intervals: z.array(IntervalRowSchema).describe('every interval from countFromMs to toMs (at most intervalsMax, the latest)'),
  })
  .describe('Switchboard report: figures computed from the event log');

/** A report (see `ReportSchema`). */
export type Report = z.output<typeof ReportSchema>;
/** One queue's figures in a report. */
export type QueueRow = z.output<typeof QueueRowSchema>;
/** One agent's figures in a report. */
export type AgentRow = z.output<typeof AgentRowSchema>;
/** One interval of a report. */
export type IntervalRow = z.output<typeof IntervalRowSchema>;
