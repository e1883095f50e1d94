/**
 * A seeded swarm over everything the reference router leaves out: business hours (after-hours and
 * at-close policies), `lengthMax`, `onNoAgents`, ageing, skill relaxation, overflow chains, cold and
 * warm transfers, requeues, invitations, session closes, callbacks, left messages, membership and
 * capacity changes, restarts. The oracle checks every step; the run stops at the first violation.
 */
import type { Channel } from '../../../src/domain/channel.js';
import type { Command } from '../../../src/domain/commands/command.js';
import type { EngineConfigInput } from '../../../src/domain/config/engine.config.js';
import { CheckedEngine } from '../harness/checked-engine.js';
import { seededRandom } from '../seeded-random.js';

/** Opening intervals on Thursday 1 January 1970 (UTC), where the virtual clock starts: open `openMin` of every `cycleMin` minutes. */
function minuteCalendar(offsetMin: number, openMin: number, cycleMin: number) {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const weekly = [];
  for (let start = offsetMin; start + openMin <= 120; start += cycleMin) weekly.push({ day: 'thu' as const, open: hhmm(start), close: hhmm(start + openMin) });
  return { timeZone: 'UTC', weekly };
}

/** Five queues linked by overflow (front -> help -> tier2), with hours, limits and every strategy. */
export const SWARM_CONFIG: EngineConfigInput = {
  skills: ['en', 'fr', 'de'],
  queues: [
    {
      id: 'front', channels: ['chat', 'voice', 'email'], strategy: 'longest-idle', offerTimeoutMs: 3_000, reofferCooldownMs: 2_000, wrapUpMs: 500,
      calendar: minuteCalendar(0, 4, 5), afterHours: 'ticket', atClose: 'keep', waitMsMax: 20_000, onWaitMsMax: { action: 'queue', queueId: 'help' },
      relaxation: [{ afterMs: 0, skills: { en: 4 } }, { afterMs: 5_000, skills: { en: 2 } }, { afterMs: 12_000, skills: {} }],
      ageing: { everyMs: 4_000, step: 1, priorityMax: 3 }, escalationQueueId: 'tier2',
    },
    { id: 'help', channels: ['chat', 'voice', 'email'], strategy: 'least-occupied', offerTimeoutMs: 4_000, reofferCooldownMs: 0, lengthMax: 3, onLengthMax: { action: 'ticket' }, onNoAgents: { action: 'queue', queueId: 'tier2' } },
    { id: 'tier2', channels: ['chat', 'voice', 'email'], strategy: 'best-skill', offerTimeoutMs: 3_000, reofferCooldownMs: 5_000, skills: { en: 1 }, calendar: minuteCalendar(2, 5, 7), afterHours: 'hold', atClose: 'ticket', waitMsMax: 40_000, onWaitMsMax: { action: 'ticket' } },
    { id: 'vip', channels: ['chat'], priority: 2, strategy: 'round-robin', offerTimeoutMs: 2_000, reofferCooldownMs: 3_000, wrapUpMs: 1_000, calendar: minuteCalendar(1, 3, 4), afterHours: 'reject' },
    { id: 'out', channels: ['outbound', 'callback'], strategy: 'random', offerMode: 'auto-accept', reofferCooldownMs: 4_000 },
  ],
  agents: [
    { id: 'ann', skills: { en: 5 }, capacity: { chat: 3, voice: 1, email: 1, outbound: 1, callback: 1 }, memberships: [{ queueId: 'front', priority: 1 }, { queueId: 'vip' }, { queueId: 'out' }] },
    { id: 'bob', skills: { en: 2, fr: 3 }, capacity: { chat: 2, email: 2 }, capacityTotalMax: 3, memberships: [{ queueId: 'help' }, { queueId: 'tier2', priority: 1 }] },
    { id: 'cat', skills: { de: 4, en: 1 }, memberships: [{ queueId: 'front' }, { queueId: 'tier2' }, { queueId: 'out' }] },
    { id: 'dan', skills: { en: 3 }, capacity: { chat: 2, voice: 1, callback: 1 }, memberships: [{ queueId: 'vip', priority: 2 }, { queueId: 'help' }, { queueId: 'out' }] },
    { id: 'eve', skills: { en: 1, fr: 5 }, capacity: { chat: 2, voice: 1, email: 1 }, memberships: [{ queueId: 'tier2' }, { queueId: 'front' }] },
  ],
  routing: { missedOffersMax: 2 },
};

const QUEUE_IDS = ['front', 'help', 'tier2', 'vip', 'out'];
const AGENT_IDS = ['ann', 'bob', 'cat', 'dan', 'eve'];

/** What a swarm run found. */
export interface SwarmFindings {
  readonly steps: number;
  readonly violations: readonly string[];
  readonly counts: Record<string, number>;
}

/** Runs `stepsMax` seeded inputs under the oracle; stops after the first step with violations. */
export function runSwarm(seed: number, stepsMax = 400): SwarmFindings {
  const rnd = seededRandom(seed);
  const checked = new CheckedEngine(SWARM_CONFIG, seed);
  const engine = () => checked.engine;
  const ids: string[] = [];
  const live = (statuses: readonly string[]) => ids.filter((id) => statuses.includes(engine().contact(id)?.status ?? 'ended'));
  let violations: readonly string[] = [];
  const send = (command: Command) => {
    const outcome = checked.dispatch(command);
    violations = outcome.violations;
    if (outcome.result?.ok === true && outcome.result.contactId !== undefined && !ids.includes(outcome.result.contactId)) ids.push(outcome.result.contactId);
  };
  for (const agentId of AGENT_IDS) send({ type: 'agent.setStatus', agentId, status: 'available' });
  let step = 0;
  for (; step < stepsMax && violations.length === 0; step++) {
    const roll = rnd.float();
    const agentId = rnd.pick(AGENT_IDS);
    const active = live(['active']);
    const waiting = live(['queued', 'offered']);
    const offers = AGENT_IDS.flatMap((id) => engine().agent(id)?.pendingOfferIds ?? []);
    if (roll < 0.22) {
      const queueId = rnd.pick(QUEUE_IDS);
      const channels = (SWARM_CONFIG.queues ?? []).find((q) => q.id === queueId)!.channels as Channel[];
      const skills = rnd.float() < 0.2 ? { skills: { [rnd.pick(['en', 'fr', 'de'])]: rnd.int(1, 4) } } : {};
      const message = rnd.float() < 0.3 ? { message: 'hello' } : {};
      send({ type: 'contact.create', queueId, channel: rnd.pick(channels.filter((c) => c !== 'callback')), priority: rnd.int(-1, 2), ...skills, ...message });
    } else if (roll < 0.34 && offers.length > 0) send({ type: 'offer.accept', offerId: rnd.pick(offers) });
    else if (roll < 0.38 && offers.length > 0) send({ type: 'offer.reject', offerId: rnd.pick(offers) });
    else if (roll < 0.46 && active.length > 0) send({ type: 'contact.complete', contactId: rnd.pick(active) });
    else if (roll < 0.49 && waiting.length > 0) send({ type: rnd.pick(['contact.abandon', 'contact.leaveMessage'] as const), contactId: rnd.pick(waiting) });
    else if (roll < 0.57 && active.length > 0) send(handOn(rnd, engine().contact(rnd.pick(active))!, agentId));
    else if (roll < 0.63 && active.length > 0) send(sessionAction(rnd, engine().contact(rnd.pick(active))!, agentId));
    else if (roll < 0.645) send({ type: 'callback.request', queueId: 'out', phone: '+48123456789', at: checked.nowMs + rnd.int(0, 20_000) });
    else if (roll < 0.68) send({ type: 'agent.setStatus', agentId, status: rnd.pick(['available', 'available', 'break', 'offline'] as const) });
    else if (roll < 0.71) send({ type: 'agent.setPhoneBusy', agentId, busy: !(engine().agent(agentId)?.phoneBusy ?? false) });
    else if (roll < 0.73) send({ type: 'agent.setCapacity', agentId, capacity: { chat: rnd.int(0, 3), voice: rnd.int(0, 1), email: rnd.int(0, 2) } });
    else if (roll < 0.75) {
      send({ type: 'agent.setMemberships', agentId, memberships: QUEUE_IDS.filter(() => rnd.float() < 0.5).map((queueId) => ({ queueId, priority: rnd.int(0, 2) })) });
    }
    else if (roll < 0.77) violations = checked.restart().violations;
    else violations = checked.advanceTo(checked.nowMs + (rnd.float() < 0.15 ? rnd.int(5_000, 90_000) : rnd.int(0, 5_000))).violations;
  }
  if (violations.length === 0) violations = checked.finish();
  const counts: Record<string, number> = {};
  for (const e of checked.log) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return { steps: step, violations, counts };
}

type Rnd = ReturnType<typeof seededRandom>;
type View = { id: string; agentId: string | null; sessionId: string | null };

/** A transfer (cold or warm, to a queue or an agent), a requeue or an escalation by the holder. */
function handOn(rnd: Rnd, contact: View, someone: string): Command {
  const agentId = contact.agentId ?? someone;
  const roll = rnd.float();
  if (roll < 0.2) return { type: 'contact.requeue', contactId: contact.id, agentId };
  if (roll < 0.3) return { type: 'contact.escalate', contactId: contact.id, agentId };
  const toAgent = rnd.float() < 0.5 ? { toAgentId: someone } : {};
  return { type: 'contact.transfer', contactId: contact.id, agentId, toQueueId: rnd.pick(QUEUE_IDS), mode: rnd.pick(['cold', 'warm'] as const), ...toAgent };
}

/** An invitation, a colleague leaving, or a close, in the contact's chat session. */
function sessionAction(rnd: Rnd, contact: View, someone: string): Command {
  const sessionId = contact.sessionId ?? 's-0';
  const roll = rnd.float();
  if (roll < 0.4) return { type: 'session.invite', sessionId, agentId: contact.agentId ?? someone, inviteeId: someone };
  if (roll < 0.6) return { type: 'session.leave', sessionId, agentId: someone };
  return { type: 'session.close', sessionId, by: rnd.pick(['agent', 'customer'] as const), agentId: contact.agentId ?? someone };
}
