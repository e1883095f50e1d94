/**
 * The one discriminated union of everything the engine records. The log is the source of truth.
 */
import type { AgentEvent } from './agent.events.js';
import type { ContactEvent } from './contact.events.js';
import type { EngineEvent } from './engine.events.js';
import type { OfferEvent } from './offer.events.js';
import type { SessionEvent } from './session.events.js';
import type { TicketEvent } from './ticket.events.js';

/** Every event the engine emits, discriminated by its namespaced `type`. */
export type SwitchboardEvent = ContactEvent | OfferEvent | AgentEvent | EngineEvent | TicketEvent | SessionEvent;

/** An event's type string. */
export type EventType = SwitchboardEvent['type'];

/** The event of a given type. */
export type EventOf<T extends EventType> = Extract<SwitchboardEvent, { type: T }>;
