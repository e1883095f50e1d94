/**
 * Queue configuration: channels, priority, agent-selection strategy, offers, wrap-up.
 */
import { z } from 'zod';
import { CalendarConfigSchema } from '../calendar/calendar.schema.js';
import {
  ChannelSchema,
  integerSchema,
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

/** What happens to a contact when a queue's limit is reached: another queue, a ticket, or a rejection. */
export const OverflowActionSchema = z.discriminatedUnion(
  'action',
  [
    z.strictObject({ action: z.literal('queue'), queueId: IdSchema }),
    z.strictObject({ action: z.literal('ticket') }),
    z.strictObject({ action: z.literal('reject') }),
  ],
  { error: 'must be { action: "queue", queueId }, { action: "ticket" } or { action: "reject" }' },
);

/** An overflow action with defaults applied. */
export type OverflowAction = z.output<typeof OverflowActionSchema>;

/** One step of skill relaxation: from `afterMs` of waiting in the queue, the requirement is `skills`. */
export const RelaxationStepSchema = z.strictObject({
  afterMs: DurationMsSchema,
  skills: SkillMapSchema,
});

/** Priority ageing: every `everyMs` of waiting, priority rises by `step`, up to `priorityMax`. */
export const AgeingSchema = z.strictObject({
  everyMs: PositiveDurationMsSchema,
  step: integerSchema(1, 1_000_000).default(1),
  priorityMax: PrioritySchema,
});

/** What a queue does with a contact that arrives while it is closed. */
export const AFTER_HOURS_POLICIES = ['ticket', 'reject', 'hold'] as const;

/** What a queue does, at closing time, with contacts still waiting. */
export const AT_CLOSE_POLICIES = ['keep', 'ticket'] as const;

/** Text limit for queue messages. */
const MessageSchema = z.string({ error: 'must be a string' }).max(2000, { error: 'must be at most 2000 characters' });

/** A canned answer agents can send; `{customerName}`-style placeholders are filled in at send time. */
export const CannedAnswerSchema = z.strictObject({
  id: IdSchema,
  text: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).max(10_000, { error: 'must be at most 10000 characters' }),
});

/** A predefined URL agents can push to the customer. */
export const PushUrlSchema = z.strictObject({
  id: IdSchema,
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }),
  title: z.string({ error: 'must be a string' }).max(200, { error: 'must be at most 200 characters' }).optional(),
});

/** Typing preview ("sneak peek"): off unless enabled; at most one preview per `previewIntervalMs`. */
export const TypingPreviewSchema = z.strictObject({
  enabled: z.boolean({ error: 'must be true or false' }).default(false),
  previewIntervalMs: PositiveDurationMsSchema.default(1000),
});

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
  /** Business hours; always open when omitted. */
  calendar: CalendarConfigSchema.optional(),
  /** Sent to the customer when an agent accepts. */
  welcomeMessage: MessageSchema.default(''),
  /** Shown to a customer turned away after hours. */
  closedMessage: MessageSchema.default('We are closed.'),
  afterHours: z.enum(AFTER_HOURS_POLICIES, { error: `must be one of ${AFTER_HOURS_POLICIES.join(', ')}` }).default('ticket'),
  atClose: z.enum(AT_CLOSE_POLICIES, { error: `must be one of ${AT_CLOSE_POLICIES.join(', ')}` }).default('keep'),
  /** Longest wait in this queue (counted from entering it) before `onWaitMsMax` applies. */
  waitMsMax: PositiveDurationMsSchema.optional(),
  onWaitMsMax: OverflowActionSchema.default({ action: 'ticket' }),
  /** Most contacts that may wait; `0` means no waiting room (arrivals with no free agent are blocked). */
  lengthMax: integerSchema(0, 100_000_000).optional(),
  onLengthMax: OverflowActionSchema.default({ action: 'reject' }),
  /** What to do with a contact while no member of the queue is logged in; contacts wait when omitted. */
  onNoAgents: OverflowActionSchema.optional(),
  /** Skill relaxation steps (the first must start at 0); replaces `skills` for contacts without their own. */
  relaxation: z.array(RelaxationStepSchema).max(20, { error: 'must have at most 20 steps' }).optional(),
  /** Optional priority ageing. */
  ageing: AgeingSchema.optional(),
  /** The queue an escalation (tiered support) transfers to. */
  escalationQueueId: IdSchema.optional(),
  /** Canned answers for this queue's agents. */
  cannedAnswers: z.array(CannedAnswerSchema).max(1000, { error: 'must have at most 1000 entries' }).default([]),
  /** URLs this queue's agents may push. */
  urls: z.array(PushUrlSchema).max(1000, { error: 'must have at most 1000 entries' }).default([]),
  typingPreview: TypingPreviewSchema.prefault({}),
  /** How long after a chat closes the customer may rate it. */
  ratingWindowMs: DurationMsSchema.default(600_000),
});

/** A queue's configuration as accepted by the engine. */
export type QueueConfigInput = z.input<typeof QueueConfigSchema>;
/** A queue's configuration with defaults applied. */
export type QueueConfig = z.output<typeof QueueConfigSchema>;
