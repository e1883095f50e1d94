/**
 * Everything the single writer owns: records, indexes, counters, deadlines, the log and the pending
 * routing triggers. Only engine modules touch it, one command or one deadline at a time.
 */
import { CHANNELS } from '../domain/channel.js';
import type { EngineConfig } from '../domain/config/engine.config.js';
import { type ContactStatus, TERMINAL_STATUSES } from '../domain/contact-status.js';
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { RoutingContext } from '../routing/routing-context.js';
import { SkillIndex } from '../routing/skill-index.js';
import type { Clock } from '../time/clock.js';
import type { Random } from '../time/random.js';
import type { ActorRegistry } from '../actors/actor-registry.js';
import { BoundedMap } from './bounded-map.js';
import type { CustomerDirectory } from './customers.js';
import { DeadlineHeap } from './deadlines.js';
import type { EventLog } from './event-log.js';
import type { AgentRecord, ContactRecord, OfferRecord, QueueRecord, SessionRecord } from './records.js';
import type { RedactPreview, TypingPreview } from './previews.js';

/**
 * N of an id `<prefix>N` as the engine generates them (`c-17` for contacts, `s-4` for sessions; N from
 * 1, no leading zero), or 0 for any other id. Callers may not choose ids of the contact form. Read a
 * character at a time: no string or match is made on the hot path.
 */
export function generatedNumber(id: string, prefix: 'c-' | 's-'): number {
  const length = id.length;
  if (length < 3 || id.charCodeAt(0) !== prefix.charCodeAt(0) || id.charCodeAt(1) !== 45 || id.charCodeAt(2) === 48) return 0;
  let number = 0;
  for (let i = 2; i < length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return 0;
    number = number * 10 + digit;
  }
  return number;
}

/** The engine's whole mutable state. */
export class EngineState {
  nowMs: number;
  /** The clock reading of the last command, and whether it was behind engine time (anomaly logging). */
  lastClockMs: number;
  clockBehind = false;
  config: EngineConfig;
  /** The configured skill ids. */
  readonly declaredSkills: Set<string>;
  readonly contacts = new Map<string, ContactRecord>();
  readonly agents = new Map<string, AgentRecord>();
  readonly queues = new Map<string, QueueRecord>();
  readonly offers = new Map<string, OfferRecord>();
  /** Open sessions, and closed ones until their rating window ends. */
  readonly sessions = new Map<string, SessionRecord>();
  /** How ended sessions ended (1 rated, 2 unrated), by session number modulo its length. */
  readonly endedSessions: Uint8Array;
  /** Typing previews to hand out after the step (they are never logged). */
  readonly previews: TypingPreview[] = [];
  /** Contacts that reached a terminal state, by id: kept (bounded) to explain late commands. */
  readonly endedContacts: BoundedMap<string, ContactStatus>;
  /** Terminal status codes of generated contact ids, by number modulo its length. */
  readonly endedGenerated: Uint8Array;
  readonly deadlines = new DeadlineHeap(() => this.nowMs);
  readonly skills = new SkillIndex();
  readonly phoneBlocks: boolean[];
  readonly routing: RoutingContext;
  contactCounter = 0;
  offerCounter = 0;
  messageCounter = 0;
  ticketCounter = 0;
  customerCounter = 0;
  sessionCounter = 0;
  /**
   * Contacts and agents whose routing must be re-examined before the step ends, in raise order: the
   * first `triggerCount` entries. A count, not the array's length: emptying an array by `length = 0`
   * frees its storage, and every step would allocate it again.
   */
  readonly triggers: (ContactRecord | AgentRecord)[] = [];
  /** Contacts waiting in all queues (every queue record shares this counter). */
  readonly allWaiting = { count: 0 };
  triggerCount = 0;
  /**
   * Contacts that entered a queue with a `lengthMax` in this step: each is checked once, after its
   * own routing (`checkLengthOnce`). Kept here rather than as a flag on every contact record; a set,
   * because one step can move a whole queue (its last member logs out).
   */
  readonly lengthChecks = new Set<ContactRecord>();

  constructor(
    config: EngineConfig,
    readonly seed: number,
    readonly clock: Clock,
    readonly random: Random,
    readonly log: EventLog,
    readonly actors: ActorRegistry,
    readonly customers: CustomerDirectory,
    readonly redactPreview: RedactPreview | null,
    startMs: number,
  ) {
    this.config = config;
    this.declaredSkills = new Set(config.skills);
    this.nowMs = startMs;
    this.lastClockMs = startMs;
    this.phoneBlocks = CHANNELS.map((channel) => config.routing.phoneBlocks.includes(channel));
    this.endedContacts = new BoundedMap(config.routing.commandIdMemoryMax);
    this.endedGenerated = new Uint8Array(config.routing.commandIdMemoryMax);
    this.endedSessions = new Uint8Array(config.routing.commandIdMemoryMax);
    this.routing = {
      skills: this.skills,
      phoneBlocks: this.phoneBlocks,
      nowMs: this.nowMs,
      random,
      allWaiting: this.allWaiting,
      agentById: (agentId) => this.agents.get(agentId),
    };
  }

  /** Appends an event, numbering it. Build the event with `seq: 0`; the log's next seq is set here. */
  emit<E extends SwitchboardEvent>(event: E): E {
    (event as { seq: number }).seq = this.log.nextSeq;
    this.log.append(event);
    return event;
  }

  /** Like `emit`, for an event the ticket sink is also told about when it is published (D-032). */
  emitToSink<E extends SwitchboardEvent>(event: E): E {
    this.log.sendNextToSink();
    return this.emit(event);
  }

  /**
   * How a contact ended, if remembered. Generated ids (`c-17`) are remembered in a ring of status
   * codes indexed by number (no hashing on the hot path); other ids in a bounded map.
   */
  endedStatus(contactId: string): ContactStatus | 'ended' | undefined {
    const custom = this.endedContacts.get(contactId);
    if (custom !== undefined) return custom;
    const number = generatedNumber(contactId, 'c-');
    if (number === 0 || number > this.contactCounter || this.contacts.has(contactId)) return undefined;
    const ring = this.endedGenerated;
    if (ring.length === 0 || number <= this.contactCounter - ring.length) return 'ended';
    return TERMINAL_STATUSES[(ring[number % ring.length] as number) - 1] ?? 'ended';
  }

  /** How an ended session ended: rated, unrated, or `ended` when too old to remember; undefined if unknown. */
  endedSession(sessionId: string): 'rated' | 'unrated' | 'ended' | undefined {
    const number = generatedNumber(sessionId, 's-');
    if (number === 0 || number > this.sessionCounter || this.sessions.has(sessionId)) return undefined;
    const ring = this.endedSessions;
    if (ring.length === 0 || number <= this.sessionCounter - ring.length) return 'ended';
    const code = ring[number % ring.length];
    return code === 1 ? 'rated' : code === 2 ? 'unrated' : 'ended';
  }

  /** Remembers how a session ended. */
  rememberEndedSession(session: { readonly id: string; readonly rated: boolean }): void {
    const ring = this.endedSessions;
    if (ring.length > 0) ring[generatedNumber(session.id, 's-') % ring.length] = session.rated ? 1 : 2;
  }

  /** Remembers how a contact ended. */
  rememberEnded(contact: { readonly id: string; readonly seq: number }, status: ContactStatus): void {
    if (isGeneratedFor(contact.id, contact.seq)) {
      if (this.endedGenerated.length > 0) this.endedGenerated[contact.seq % this.endedGenerated.length] = TERMINAL_STATUSES.indexOf(status) + 1;
    } else {
      this.endedContacts.set(contact.id, status);
    }
  }

  /** Asks for a contact to be routed before the step ends. */
  raiseContact(contact: ContactRecord): void {
    if (contact.triggered) return;
    contact.triggered = true;
    this.triggers[this.triggerCount++] = contact;
  }

  /** Asks for an agent to be offered work before the step ends. */
  raiseAgent(agent: AgentRecord): void {
    if (agent.triggered) return;
    agent.triggered = true;
    this.triggers[this.triggerCount++] = agent;
  }
}

/**
 * Whether `id` is `c-<seq>`, the id the engine made for the contact (building that string to compare
 * cost about 1,000 instructions per contact in concatenation and comparison).
 */
export function isGeneratedFor(id: string, seq: number): boolean {
  return generatedNumber(id, 'c-') === seq;
}
