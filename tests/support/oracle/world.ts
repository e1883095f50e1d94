/**
 * The oracle's picture of the engine, rebuilt from the event log alone: configurations (from
 * `queue.added`/`agent.added` and their updates), presence, every contact's status and holder, pending
 * offers and the capacity they hold. Nothing here reads engine records or imports engine code; the
 * only imports are domain types.
 *
 * Non-goal: being fast. Every question is answered by scanning, so the oracle is obviously right for
 * the small worlds the property tests build.
 */
import type { Channel } from '../../../src/domain/channel.js';
import type { AgentConfig } from '../../../src/domain/config/agent.config.js';
import type { QueueConfig } from '../../../src/domain/config/queue.config.js';
import type { Presence } from '../../../src/domain/presence.js';

/** A skill map: `{ skill: level }`. */
export type Skills = Readonly<Record<string, number>>;

/** Every channel, in the engine's documented order (DESIGN.md section 1). */
export const ALL_CHANNELS: readonly Channel[] = ['chat', 'voice', 'email', 'callback', 'outbound'];

/** Where a contact is, as the log tells it. `leaving` is a contact whose offer was withdrawn because it ends in this step. */
export type OracleStatus =
  | 'new'
  | 'scheduled'
  | 'queued'
  | 'offered'
  | 'active'
  | 'wrap_up'
  | 'leaving'
  | 'completed'
  | 'abandoned'
  | 'ticketed'
  | 'rejected'
  | 'cancelled';

/** Final statuses (DESIGN.md section 3 rule 11, D-015). */
export const FINAL: ReadonlySet<OracleStatus> = new Set(['completed', 'abandoned', 'ticketed', 'rejected', 'cancelled']);

/** An agent who declined or missed a contact, and until when the contact may not be offered to them again. */
export interface Decline {
  readonly agentId: string;
  readonly untilMs: number;
}

/** One contact. */
export interface OContact {
  readonly id: string;
  /** Creation order (the last tie-break of the work order). */
  readonly seq: number;
  readonly channel: Channel;
  /** The contact's own requirement, or null when its queue's applies. */
  readonly ownSkills: Skills | null;
  queueId: string;
  status: OracleStatus;
  /** Effective priority, as the last `contact.queued` or `contact.aged` said. */
  priority: number;
  enqueuedAt: number;
  /** The requirement at the relaxation step reached. */
  requirement: Skills;
  step: number;
  /** When a `queue.updated` re-derived the step (a `contact.relaxed` at that instant confirms it). */
  rearmedAt: number | null;
  target: string | null;
  declines: Decline[];
  /** The agent holding the contact while active or in wrap-up. */
  holder: string | null;
  /** The pending offer (the contact's own, or a warm transfer's). */
  offerId: string | null;
  /** An offer accepted in this step whose `contact.assigned` must follow. */
  assignDue: string | null;
  /** When the queue timers of this entry started counting; null while the queue is closed. */
  legStartMs: number | null;
  /** Number of `contact.queued` events so far. */
  entry: number;
  /** Overflow or ticket applied in the current entry. */
  entryOutcome: string | null;
  /** A policy that must end this contact before the step is over (after-hours, at-close). */
  policyDue: string | null;
  /** When the wrap-up must end (liveness), while in wrap-up. */
  wrapUpEndsAt: number | null;
  /** Agents invited into the contact's session (they hold capacity). */
  readonly invited: Set<string>;
}

/** One pending offer. */
export interface OOffer {
  readonly id: string;
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  readonly channel: Channel;
  readonly trigger: 'contact' | 'agent' | 'transfer';
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** One agent. */
export interface OAgent {
  readonly id: string;
  config: AgentConfig;
  presence: Presence;
  phoneBusy: boolean;
  /** Last routing activity (`longest-idle`, D-006). */
  idleSinceMs: number;
  missedInRow: number;
  /** When the agent was last picked in each queue (`round-robin`). */
  readonly roundRobin: Map<string, number>;
  /** Set by an expiry that reached `missedOffersMax`: the agent must be `not_responding` by the step's end. */
  mustStopResponding: boolean;
}

/** One queue. */
export interface OQueue {
  readonly id: string;
  config: QueueConfig;
  open: boolean;
  roundRobinCounter: number;
}

/** Units held by an agent, per channel and in total. */
export interface Used {
  readonly channel: Readonly<Record<Channel, number>>;
  readonly total: number;
}

const NOTHING_USED: Used = { channel: { chat: 0, voice: 0, email: 0, callback: 0, outbound: 0 }, total: 0 };

/** The whole picture. */
export class OracleWorld {
  phoneBlocks: ReadonlySet<Channel> = new Set(['chat', 'email']);
  missedOffersMax = 3;
  nowMs = 0;
  /**
   * How the current step counts a cooldown ending exactly now (see `CooldownMode`): `lenient` in a
   * deadline step, where that cooldown's own deadline may not have fired yet.
   */
  cooldown: 'strict' | 'lenient' = 'strict';
  readonly agents = new Map<string, OAgent>();
  readonly queues = new Map<string, OQueue>();
  /** Every contact ever created, ended ones included. */
  readonly contacts = new Map<string, OContact>();
  readonly offers = new Map<string, OOffer>();
  /** How each offer that is no longer pending ended. */
  readonly resolved = new Map<string, string>();
  /** Session id to contact id. */
  readonly sessions = new Map<string, string>();
  /** Results of commands that carried a `commandId`, as first returned. */
  readonly commandResults = new Map<string, string>();
  created = 0;
  private usedCache: Map<string, Used> | null = null;
  private waitingCache: OContact[] | null = null;

  /** The caps of an agent configuration (D-009): no `capacity` means one contact at a time. */
  capsOf(agent: OAgent): { channel: Record<Channel, number>; total: number } {
    const config = agent.config;
    if (config.capacity === undefined) {
      return { channel: { chat: 1, voice: 1, email: 1, callback: 1, outbound: 1 }, total: config.capacityTotalMax ?? 1 };
    }
    const c = config.capacity;
    const channel = { chat: c.chat ?? 0, voice: c.voice ?? 0, email: c.email ?? 0, callback: c.callback ?? 0, outbound: c.outbound ?? 0 };
    return { channel, total: config.capacityTotalMax ?? Infinity };
  }

  /**
   * Units an agent holds per channel: pending offers, active and wrap-up contacts, invitations.
   * Computed for every agent in one pass and kept until `invalidate()`: the oracle invalidates before
   * and after folding each event, so a cached answer never outlives a change of the world.
   */
  usedBy(agentId: string): Used {
    this.usedCache ??= this.countUsed();
    return this.usedCache.get(agentId) ?? NOTHING_USED;
  }

  /** Forgets cached answers (`usedBy`, `waiting`); call whenever the world may have changed. */
  invalidate(): void {
    this.usedCache = null;
    this.waitingCache = null;
  }

  private countUsed(): Map<string, Used> {
    const all = new Map<string, { channel: Record<Channel, number>; total: number }>();
    const hold = (agentId: string, c: Channel) => {
      let used = all.get(agentId);
      if (used === undefined) all.set(agentId, (used = { channel: { chat: 0, voice: 0, email: 0, callback: 0, outbound: 0 }, total: 0 }));
      used.channel[c]++;
      used.total++;
    };
    for (const offer of this.offers.values()) hold(offer.agentId, offer.channel);
    for (const contact of this.contacts.values()) {
      if ((contact.status === 'active' || contact.status === 'wrap_up') && contact.holder !== null) hold(contact.holder, contact.channel);
      for (const agentId of contact.invited) hold(agentId, contact.channel);
    }
    return all;
  }

  /** The membership of an agent in a queue, if any. */
  membership(agent: OAgent, queueId: string): AgentConfig['memberships'][number] | undefined {
    return agent.config.memberships.find((m) => m.queueId === queueId);
  }

  /** Whether anybody who serves the queue is logged in (presence other than offline). */
  loggedIn(queueId: string): number {
    let count = 0;
    for (const agent of this.agents.values()) {
      if (agent.presence !== 'offline' && this.membership(agent, queueId) !== undefined) count++;
    }
    return count;
  }

  /** The requirement a contact has on entering a queue: its own, or the queue's first relaxation step, or the queue's skills. */
  entryRequirement(contact: OContact, queue: OQueue): Skills {
    if (contact.ownSkills !== null) return contact.ownSkills;
    const steps = queue.config.relaxation;
    return steps !== undefined && steps.length > 0 ? steps[0]!.skills : queue.config.skills;
  }

  /** Contacts waiting (status `queued`), in creation order (cached until `invalidate()`). */
  waiting(): readonly OContact[] {
    this.waitingCache ??= [...this.contacts.values()].filter((c) => c.status === 'queued');
    return this.waitingCache;
  }
}

/** Whether a skill profile meets every minimum level of a requirement. */
export function meets(skills: Skills, requirement: Skills): boolean {
  return Object.entries(requirement).every(([skill, level]) => (skills[skill] ?? 0) >= level);
}
