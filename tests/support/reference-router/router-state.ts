/**
 * The reference router's state and the questions it answers by brute force: how much an agent
 * holds (by scanning every offer and contact), whether an agent could take a contact (rule 1, read
 * straight from DESIGN.md), plus the event list, the deadline list and the trigger list of D-006.
 */
import type { Channel } from '../../../src/domain/channel.js';
import { createRandom, type Random } from '../../../src/time/random.js';
import type { MAgent, MContact, MDeadline, MDeadlineKind, MOffer, ModelConfig, ModelEvent, ModelQueueConfig, Skills } from './model-types.js';

const CHANNELS: readonly Channel[] = ['chat', 'voice', 'email', 'callback', 'outbound'];

/** Whether a skill profile meets a requirement. */
export function meets(skills: Skills, requirement: Skills): boolean {
  return Object.entries(requirement).every(([skill, level]) => (skills[skill] ?? 0) >= level);
}

/** Everything the reference router knows. */
export class RouterState {
  nowMs: number;
  readonly queues = new Map<string, ModelQueueConfig>();
  readonly roundRobinCounters = new Map<string, number>();
  readonly agents = new Map<string, MAgent>();
  /** Live and ended contacts. */
  readonly contacts = new Map<string, MContact>();
  readonly offers = new Map<string, MOffer>();
  readonly deadlines: MDeadline[] = [];
  readonly triggers: ({ kind: 'contact'; contact: MContact } | { kind: 'agent'; agent: MAgent })[] = [];
  /** Events of the current command, in order. */
  events: ModelEvent[] = [];
  readonly random: Random;
  contactCounter = 0;
  offerCounter = 0;
  ticketCounter = 0;
  private deadlineCounter = 0;

  constructor(readonly config: ModelConfig, seed: number, startMs: number) {
    this.nowMs = startMs;
    this.random = createRandom(seed);
    for (const queue of config.queues) {
      this.queues.set(queue.id, queue);
      this.roundRobinCounters.set(queue.id, 0);
    }
    for (const agent of config.agents) {
      this.agents.set(agent.id, { id: agent.id, config: agent, presence: 'offline', phoneBusy: false, idleSinceMs: startMs, missedInRow: 0, roundRobin: new Map(), pending: [], triggered: false });
    }
  }

  emit(event: ModelEvent): void {
    this.events.push(event);
  }

  addDeadline(at: number, kind: MDeadlineKind, targetId: string, token: number): void {
    this.deadlines.push({ at, seq: this.deadlineCounter++, kind, targetId, token });
  }

  raiseContact(contact: MContact): void {
    if (contact.triggered) return;
    contact.triggered = true;
    this.triggers.push({ kind: 'contact', contact });
  }

  raiseAgent(agent: MAgent): void {
    if (agent.triggered) return;
    agent.triggered = true;
    this.triggers.push({ kind: 'agent', agent });
  }

  queue(id: string): ModelQueueConfig {
    return this.queues.get(id)!;
  }

  /** Caps per channel and in total (D-009). */
  caps(agent: MAgent): { channel: Record<Channel, number>; total: number } {
    const config = agent.config;
    if (config.capacity === undefined) return { channel: { chat: 1, voice: 1, email: 1, callback: 1, outbound: 1 }, total: config.capacityTotalMax ?? 1 };
    const c = config.capacity;
    return { channel: { chat: c.chat ?? 0, voice: c.voice ?? 0, email: c.email ?? 0, callback: c.callback ?? 0, outbound: c.outbound ?? 0 }, total: config.capacityTotalMax ?? Infinity };
  }

  /** What an agent holds, per channel and in total: pending offers, active and wrap-up contacts. */
  used(agent: MAgent): { channel: Record<Channel, number>; total: number } {
    const channel: Record<Channel, number> = { chat: 0, voice: 0, email: 0, callback: 0, outbound: 0 };
    for (const contact of this.contacts.values()) {
      const holds = contact.agentId === agent.id && (contact.status === 'offered' || contact.status === 'active' || contact.status === 'wrap_up');
      if (holds) channel[contact.channel]++;
    }
    return { channel, total: CHANNELS.reduce((sum, c) => sum + channel[c], 0) };
  }

  /** Rule 1 without the queue side: available, phone, free capacity on the channel and in total. */
  canTake(agent: MAgent, channel: Channel): boolean {
    if (agent.presence !== 'available') return false;
    if (agent.phoneBusy && this.config.routing.phoneBlocks.includes(channel)) return false;
    const caps = this.caps(agent);
    const used = this.used(agent);
    return used.channel[channel] < caps.channel[channel] && used.total < caps.total;
  }

  /** Rule 1 and the re-offer cooldown: may `agent` be offered `contact` now? */
  mayTake(agent: MAgent, contact: MContact): boolean {
    const membership = agent.config.memberships.find((m) => m.queueId === contact.queueId);
    if (membership === undefined || !this.queue(contact.queueId).channels.includes(contact.channel)) return false;
    if (contact.target !== null && contact.target !== agent.id) return false;
    if (!this.canTake(agent, contact.channel) || !meets(agent.config.skills, contact.requirement)) return false;
    return !contact.declined.some((d) => d.agentId === agent.id && d.untilMs >= this.nowMs);
  }

  /** Agents sorted by id. */
  agentsById(): MAgent[] {
    return [...this.agents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Waiting contacts, in creation order. */
  waiting(): MContact[] {
    return [...this.contacts.values()].filter((c) => c.status === 'queued');
  }
}
