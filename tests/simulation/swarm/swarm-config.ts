/**
 * Seeded configuration for the swarm: calendars, queues and agents, at the start and for changes in
 * the middle of a run. Overflow links only point to queues of a higher rank that serve every channel
 * of the source, so no generated configuration has an overflow cycle; queues added later get a lower
 * rank than every queue before them.
 */
import type { Channel } from '../../../src/domain/channel.js';
import type { AgentConfigInput } from '../../../src/domain/config/agent.config.js';
import type { OverflowAction, QueueConfigInput } from '../../../src/domain/config/queue.config.js';
import type { CalendarConfigInput } from '../../../src/domain/calendar/calendar.schema.js';
import type { SwarmRandom } from './swarm-random.js';

/** Every skill a swarm may declare. */
export const SKILL_POOL = ['en', 'fr', 'de', 'es', 'pl', 'billing', 'tech'] as const;

/** Channels contacts are created on (`callback` comes from `callback.request`). */
export const INBOUND: readonly Channel[] = ['chat', 'voice', 'email'];

const ALL_CHANNELS: readonly Channel[] = ['chat', 'voice', 'email', 'callback', 'outbound'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const ZONES = ['UTC', 'Europe/Warsaw', 'America/New_York', 'Asia/Kathmandu'];
const STRATEGIES = ['longest-idle', 'least-occupied', 'round-robin', 'top-down', 'best-skill', 'random'] as const;

/** A queue the swarm knows, with its rank (overflow goes only to higher ranks). */
export interface KnownQueue {
  readonly config: QueueConfigInput;
  readonly rank: number;
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Business hours: office days, short open/closed cycles, or nights across midnight; sometimes a dated exception. */
export function genCalendar(rng: SwarmRandom): CalendarConfigInput {
  const kind = rng.pick(['office', 'cycles', 'night'] as const);
  const weekly: { day: (typeof DAYS)[number]; open: string; close: string }[] = [];
  const weekendClosed = rng.chance(0.4);
  for (const day of DAYS) {
    if (kind === 'office') {
      if (weekendClosed && (day === 'sat' || day === 'sun')) continue;
      weekly.push({ day, open: hhmm(rng.int(12, 20) * 30), close: hhmm(rng.int(32, 40) * 30) });
    } else if (kind === 'cycles') {
      const openMin = rng.int(2, 20);
      const cycleMin = openMin + rng.int(1, 30);
      const from = rng.int(0, 19) * 60;
      for (let start = from; start + openMin <= from + 240; start += cycleMin) weekly.push({ day, open: hhmm(start), close: hhmm(start + openMin) });
    } else {
      weekly.push({ day, open: '09:00', close: hhmm(rng.int(10, 13) * 60) }, { day, open: hhmm(rng.int(19, 22) * 60), close: hhmm(rng.int(1, 5) * 60) });
    }
  }
  const exceptions = rng.chance(0.3) ? [exceptionOf(rng)] : [];
  return { timeZone: rng.pick(ZONES), weekly, exceptions };
}

function exceptionOf(rng: SwarmRandom) {
  const date = `1970-01-0${rng.int(1, 7)}`;
  return rng.chance(0.5) ? { date, closed: true as const } : { date, intervals: [{ open: '10:00', close: hhmm(rng.int(11, 23) * 60) }] };
}

/** A skill requirement of one skill, or none. */
function requirement(rng: SwarmRandom, skills: readonly string[], levelMax: number): Record<string, number> {
  return skills.length === 0 || rng.chance(0.5) ? {} : { [rng.pick(skills)]: rng.int(1, levelMax) };
}

/** An overflow action: to a higher-ranked queue serving every channel of this one, or a ticket or a rejection. */
function overflow(rng: SwarmRandom, channels: readonly Channel[], rank: number, queues: ReadonlyMap<string, KnownQueue>): OverflowAction {
  const targets = [...queues.entries()].filter(([, q]) => q.rank > rank && channels.every((c) => q.config.channels.includes(c))).map(([id]) => id);
  if (targets.length > 0 && rng.chance(0.6)) return { action: 'queue', queueId: rng.pick(targets) };
  return rng.chance(0.6) ? { action: 'ticket' } : { action: 'reject' };
}

/** A queue of the given id and rank, linked only to `queues` of higher rank. */
export function genQueue(rng: SwarmRandom, id: string, rank: number, skills: readonly string[], queues: ReadonlyMap<string, KnownQueue>): QueueConfigInput {
  const channels = rng.chance(0.25) ? [...ALL_CHANNELS] : ALL_CHANNELS.filter((c) => rng.chance(c === 'chat' ? 0.8 : 0.4));
  if (channels.length === 0) channels.push('chat');
  const queue: Record<string, unknown> = {
    id,
    channels,
    priority: rng.int(-1, 2),
    strategy: rng.pick(STRATEGIES),
    offerMode: rng.chance(0.15) ? 'auto-accept' : 'offer',
    offerTimeoutMs: rng.int(1, 30) * 1_000,
    reofferCooldownMs: rng.pick([0, 1_000, 5_000, 20_000]),
    wrapUpMs: rng.pick([0, 0, 500, 2_000, 5_000]),
    skills: rng.chance(0.25) ? requirement(rng, skills, 3) : {},
  };
  if (rng.chance(0.35)) Object.assign(queue, { calendar: genCalendar(rng), afterHours: rng.pick(['ticket', 'reject', 'hold']), atClose: rng.pick(['keep', 'ticket']) });
  if (rng.chance(0.3)) Object.assign(queue, { waitMsMax: rng.int(5, 180) * 1_000, onWaitMsMax: overflow(rng, channels, rank, queues) });
  if (rng.chance(0.25)) Object.assign(queue, { lengthMax: rng.int(0, 8), onLengthMax: overflow(rng, channels, rank, queues) });
  if (rng.chance(0.15)) queue.onNoAgents = overflow(rng, channels, rank, queues);
  if (rng.chance(0.25) && skills.length > 0) queue.relaxation = relaxation(rng, skills);
  if (rng.chance(0.2)) queue.ageing = { everyMs: rng.int(2, 30) * 1_000, step: rng.int(1, 2), priorityMax: rng.int(2, 5) };
  const others = [...queues.keys()].filter((q) => q !== id);
  if (rng.chance(0.2) && others.length > 0) queue.escalationQueueId = rng.pick(others);
  return queue as unknown as QueueConfigInput;
}

function relaxation(rng: SwarmRandom, skills: readonly string[]) {
  const skill = rng.pick(skills);
  const first = rng.int(1, 8) * 1_000;
  const steps = [{ afterMs: 0, skills: { [skill]: rng.int(3, 5) } }, { afterMs: first, skills: { [skill]: rng.int(1, 2) } }];
  return rng.chance(0.5) ? [...steps, { afterMs: first + rng.int(1, 20) * 1_000, skills: {} }] : steps;
}

/** An agent of the given id: skills, capacity (sometimes the default), memberships in some of `queueIds`. */
export function genAgent(rng: SwarmRandom, id: string, skills: readonly string[], queueIds: readonly string[]): AgentConfigInput {
  const agent: Record<string, unknown> = { id, skills: Object.fromEntries(rng.subset(skills, 0.5).map((s) => [s, rng.int(1, 5)])) };
  if (rng.chance(0.7)) agent.capacity = genCapacity(rng);
  if (rng.chance(0.3)) agent.capacityTotalMax = rng.int(1, 4);
  agent.memberships = genMemberships(rng, queueIds);
  return agent as unknown as AgentConfigInput;
}

/** Caps per channel; channels left out are 0. */
export function genCapacity(rng: SwarmRandom): Partial<Record<Channel, number>> {
  const caps: Partial<Record<Channel, number>> = {};
  const max: Record<Channel, number> = { chat: 4, voice: 1, email: 3, callback: 1, outbound: 1 };
  for (const channel of ALL_CHANNELS) if (rng.chance(0.8)) caps[channel] = rng.int(0, max[channel]);
  return caps;
}

/** Memberships in a random subset of `queueIds` (most agents serve at least one queue). */
export function genMemberships(rng: SwarmRandom, queueIds: readonly string[]) {
  const chosen = rng.subset(queueIds, 0.5);
  if (chosen.length === 0 && queueIds.length > 0 && rng.chance(0.9)) chosen.push(rng.pick(queueIds));
  return chosen.map((queueId) => (rng.chance(0.1) ? { queueId, priority: rng.int(0, 2), wrapUpMs: rng.int(0, 3) * 1_000 } : { queueId, priority: rng.int(0, 2) }));
}
