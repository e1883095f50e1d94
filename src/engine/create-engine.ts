/**
 * `createEngine`: validates the whole configuration, then builds the engine on a clock and a seed.
 */
import { ActorRegistry } from '../actors/actor-registry.js';
import { type EngineConfigInput } from '../domain/config/engine.config.js';
import { parseConfig } from '../domain/config/parse-config.js';
import type { SwitchboardEvent } from '../domain/events/event.js';
import type { Clock } from '../time/clock.js';
import { createRandom } from '../time/random.js';
import { createRealClock } from '../time/real-clock.js';
import { addAgent } from './agent-setup.js';
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
import { type CustomerDirectory, InMemoryCustomerDirectory } from './customers.js';
import { InMemoryTicketSink, type TicketSink, ticketOf } from './tickets.js';
import type { RedactPreview } from './previews.js';
import { addQueue } from './queue-setup.js';

/** Options of `createEngine`. */
export interface EngineOptions {
  /** Skills, queues, agents and routing settings; validated as a whole. */
  readonly config: EngineConfigInput;
  /** Time source; defaults to the wall clock. Pass a `VirtualClock` for tests and simulation. */
  readonly clock?: Clock;
  /** Seed of every random choice (the `random` strategy); default 1. */
  readonly seed?: number;
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

/** The routing engine: `dispatch` plus typed helpers, events, views and actors. */
export class Engine extends EngineCore {
  constructor(
    state: EngineState,
    /** The ticket sink in use (an `InMemoryTicketSink` unless one was given). */
    readonly ticketSink: TicketSink,
  ) {
    super(state);
  }

  /** `create`, `abandon`, `complete`. */
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
  const config = parseConfig(options.config);
  const seed = options.seed ?? 1;
  const eventLogMax = options.eventLogMax ?? 10_000_000;
  if (!Number.isInteger(eventLogMax) || eventLogMax < 1) {
    throw new RangeError(`createEngine: eventLogMax must be a positive integer (got ${eventLogMax})`);
  }
  const clock = options.clock ?? createRealClock();
  const log = new EventLog(eventLogMax, options.onListenerError ?? defaultListenerError);
  const customers = options.customers ?? new InMemoryCustomerDirectory();
  const redact = options.redactPreview ?? null;
  const state = new EngineState(config, seed, clock, createRandom(seed), log, new ActorRegistry(), customers, redact);
  const sink = options.ticketSink ?? new InMemoryTicketSink();
  log.listen((event) => {
    if (event.type === 'ticket.created') sink.submit(ticketOf(event));
  });
  state.emit({ type: 'engine.started', seq: 0, at: state.nowMs, seed, skills: config.skills, routing: config.routing });
  for (const queue of config.queues) addQueue(state, queue);
  for (const agent of config.agents) addAgent(state, agent);
  state.triggers.length = 0;
  for (const agent of state.agents.values()) agent.triggered = false;
  return new Engine(state, sink);
}
