/**
 * `createEngine`: validates the whole configuration (or reads a snapshot), then builds the engine on a
 * clock and a seed, and replays a journal if one is given.
 */
import { ActorRegistry } from '../actors/actor-registry.js';
import { type EngineConfig, type EngineConfigInput } from '../domain/config/engine.config.js';
import { parseConfig } from '../domain/config/parse-config.js';
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { TicketCreatedEvent } from '../domain/events/ticket.events.js';
import type { Clock } from '../time/clock.js';
import { createRandom, restoreRandom } from '../time/random.js';
import { createRealClock } from '../time/real-clock.js';
import { addAgent } from './agent-setup.js';
import { type CustomerDirectory, InMemoryCustomerDirectory } from './customers.js';
import { EngineCore } from './engine.js';
import { EngineState } from './engine-state.js';
import { EventLog } from './event-log.js';
import {
  agentHelpers,
  callbackHelpers,
  contactHelpers,
  customerHelpers,
  offerHelpers,
  queueHelpers,
  sessionHelpers,
  transferHelpers,
} from './helpers.js';
import type { Journal, JournalEntry } from './journal.js';
import type { RedactPreview } from './previews.js';
import { queriesOf } from './queries.js';
import { addQueue } from './queue-setup.js';
import { restoreInto } from './restore-snapshot.js';
import type { EngineSnapshot } from './snapshot-types.js';
import { checkSnapshot } from './snapshot-schema.js';
import { ConfigError, type ConfigProblem, describeValue } from '../domain/errors.js';
import { InMemoryTicketSink, type TicketSink, ticketOf } from './tickets.js';

/** Options of `createEngine`. */
export interface EngineOptions {
  /** Skills, queues, agents and routing settings; validated as a whole. Ignored with a `snapshot`. */
  readonly config?: EngineConfigInput;
  /** Time source; defaults to the wall clock. Pass a `VirtualClock` for tests and simulation. */
  readonly clock?: Clock;
  /** Seed of every random choice (the `random` strategy); default 1. Ignored with a `snapshot`. */
  readonly seed?: number;
  /** Resume from `engine.snapshot()`: the same continuation, timers included. */
  readonly snapshot?: EngineSnapshot;
  /** Record every accepted command; on creation, replay what the journal holds after the snapshot. */
  readonly journal?: Journal;
  /** Called when recovery finds a torn last journal line (reported, never replayed). */
  readonly onTornJournal?: (tornLine: string) => void;
  /** Events kept in memory (`engine.events()`); older ones are dropped. Default 10,000,000. */
  readonly eventLogMax?: number;
  /** Called when an `engine.listen` listener (or the ticket sink) throws; default: rethrown asynchronously. */
  readonly onListenerError?: (error: unknown, event: SwitchboardEvent) => void;
  /** Where customers are matched by e-mail; in memory by default. */
  readonly customers?: CustomerDirectory;
  /** Where tickets go; an `InMemoryTicketSink` by default (see `engine.ticketSink`). */
  readonly ticketSink?: TicketSink;
  /** Rewrites or drops (null) typing-preview text before any agent sees it. */
  readonly redactPreview?: RedactPreview;
}

/** The routing engine: `dispatch` plus typed helpers, events, views, actors, snapshots. */
export class Engine extends EngineCore {
  /** `create`, `abandon`, `complete`, `leaveMessage`, `sendMessage`. */
  readonly contacts = contactHelpers((c) => this.dispatch(c));
  /** `accept`, `reject`. */
  readonly offers = offerHelpers((c) => this.dispatch(c));
  /** `setStatus`, `setPhoneBusy`, `add`, `update`, `remove`, `setCapacity`, `setMemberships`. */
  readonly agents = agentHelpers((c) => this.dispatch(c));
  /** `add`, `update`, `remove`. */
  readonly queues = queueHelpers((c) => this.dispatch(c));
  /** `request`, `cancel`. */
  readonly callbacks = callbackHelpers((c) => this.dispatch(c));
  /** Agent actions in chat sessions, and the customer's close and rating. */
  readonly sessions = sessionHelpers((c) => this.dispatch(c));
  /** What the customer's side reports: messages, typing, context. */
  readonly customers = customerHelpers((c) => this.dispatch(c));
  /** `transfer`, `requeue`, `escalate`. */
  readonly transfers = transferHelpers((c) => this.dispatch(c));
  private readonly queries = queriesOf(this.state);
  /** A live contact, or undefined once it has ended. */
  readonly contact = this.queries.contact;
  /** An agent, or undefined. */
  readonly agent = this.queries.agent;
  /** A queue, or undefined. */
  readonly queue = this.queries.queue;
  /** A pending offer, or undefined. */
  readonly offer = this.queries.offer;
  /** A waiting contact's position in its queue and estimated wait. */
  readonly queuePosition = this.queries.queuePosition;
  /** Every message of a contact's conversation, derived from the log. */
  readonly contactTranscript = this.queries.contactTranscript;
  /** A chat session (open, or closed and still rateable), or undefined. */
  readonly session = this.queries.session;
  /** Every message of a session's chat, derived from the log. */
  readonly transcript = this.queries.transcript;
  /** A customer's contacts and how each ended, derived from the log. */
  readonly customerHistory = this.queries.customerHistory;
  /** The xstate actor of an agent, queue, contact, session or customer, by id. */
  readonly actorOf = this.queries.actorOf;

  constructor(
    state: EngineState,
    /** The ticket sink in use (an `InMemoryTicketSink` unless one was given). */
    readonly ticketSink: TicketSink,
    journal: Journal | null,
    restored: EngineSnapshot | null,
  ) {
    super(state, journal, restored);
  }

  /** Replays journal entries (recovery); called once by `createEngine`. */
  recover(entries: readonly JournalEntry[]): void {
    this.replay(entries);
  }
}

const defaultListenerError = (error: unknown): void => {
  queueMicrotask(() => {
    throw error;
  });
};

/**
 * Creates an engine. Throws a `ConfigError` listing every configuration problem.
 * @example
 * const clock = new VirtualClock();
 * const engine = createEngine({ config: { queues: [{ id: 'sales', channels: ['chat'] }] }, clock });
 * engine.contacts.create({ queueId: 'sales', channel: 'chat' });
 */
export function createEngine(options: EngineOptions): Engine {
  checkOptions(options);
  const snapshot = options.snapshot === undefined ? null : checkSnapshot(options.snapshot);
  const config = snapshot === null ? parseConfig(options.config ?? {}) : snapshot.config;
  const seed = snapshot?.seed ?? options.seed ?? 1;
  const eventLogMax = options.eventLogMax ?? 10_000_000;
  const clock = options.clock ?? createRealClock();
  const journal = options.journal ?? null;
  const entries = journal === null ? [] : readJournal(journal, options.onTornJournal);
  const startMs = snapshot?.nowMs ?? journalStart(journal, entries, clock);
  const sink = options.ticketSink ?? new InMemoryTicketSink();
  const toSink = (event: SwitchboardEvent): void => sink.submit(ticketOf(event as TicketCreatedEvent));
  const log = new EventLog(eventLogMax, options.onListenerError ?? defaultListenerError, snapshot?.nextSeq ?? 0, toSink);
  const random = snapshot === null ? createRandom(seed) : restoreRandom(snapshot.random);
  const customers = options.customers ?? new InMemoryCustomerDirectory();
  const state = new EngineState(config, seed, clock, random, log, new ActorRegistry(), customers, options.redactPreview ?? null, startMs);
  if (snapshot === null) start(state, config);
  else restoreInto(state, snapshot);
  const engine = new Engine(state, sink, journal, snapshot);
  if (journal !== null) engine.recover(entries);
  return engine;
}

/** Checks the options that are not configuration: seed and log bound. */
function checkOptions(options: EngineOptions): void {
  const problems: ConfigProblem[] = [];
  const { seed, eventLogMax } = options;
  if (seed !== undefined && !Number.isSafeInteger(seed)) problems.push({ path: 'seed', message: `seed must be a safe integer (got ${describeValue(seed)})` });
  if (eventLogMax !== undefined && !(Number.isInteger(eventLogMax) && eventLogMax >= 1)) {
    problems.push({ path: 'eventLogMax', message: `eventLogMax must be a positive integer (got ${describeValue(eventLogMax)})` });
  }
  if (problems.length > 0) throw new ConfigError('options', problems);
}

/** The first state of a new engine: `engine.started`, then every configured queue and agent. */
function start(state: EngineState, config: EngineConfig): void {
  state.emit({ type: 'engine.started', seq: 0, at: state.nowMs, seed: state.seed, skills: config.skills, routing: config.routing });
  for (const queue of config.queues) addQueue(state, queue);
  for (const agent of config.agents) addAgent(state, agent);
  state.triggerCount = 0;
  for (const agent of state.agents.values()) agent.triggered = false;
}

/** Reads a journal; a torn last line is reported and cut off first, so nothing is written after it. */
function readJournal(journal: Journal, onTorn: ((line: string) => void) | undefined): readonly JournalEntry[] {
  const contents = journal.read();
  if (contents.tornTail !== null) {
    onTorn?.(contents.tornTail);
    (journal as { dropTornTail?: () => void }).dropTornTail?.();
  }
  return contents.entries;
}

/** When the journaled engine started (its entry 0), or now for a new journal (writing entry 0). */
function journalStart(journal: Journal | null, entries: readonly JournalEntry[], clock: Clock): number {
  if (journal === null) return clock.now();
  const first = entries[0];
  if (first !== undefined && first.n === 0) return first.clockMs;
  const startMs = clock.now();
  journal.append({ n: 0, clockMs: startMs, command: null });
  return startMs;
}
