/**
 * A small fixture for the contact-centre behaviour tests: an engine on a virtual clock, test-friendly
 * queue and agent configurations, and shortcuts over the public API. Only the public surface
 * (`src/index.js`) is used, so these tests describe what an embedder sees.
 */
import { expect } from 'vitest';
import {
  type AgentConfigInput,
  type CalendarConfigInput,
  type CommandResult,
  type ContactCreateCommand,
  createEngine,
  type Engine,
  type EngineConfigInput,
  type EngineOptions,
  type EventOf,
  type EventType,
  type InMemoryTicketSink,
  type MembershipConfig,
  type QueueConfigInput,
  VirtualClock,
} from '../../../../src/index.js';

/** An engine on a virtual clock. */
export interface World {
  readonly engine: Engine;
  readonly clock: VirtualClock;
}

/** Builds an engine on a virtual clock at `startMs` (default 0); `options` adds engine options. */
export function world(
  config: EngineConfigInput,
  startMs = 0,
  options: Omit<EngineOptions, 'config' | 'clock'> = {},
): World {
  const clock = new VirtualClock(startMs);
  const engine = createEngine({ seed: 1, ...options, clock, config });
  return { engine, clock };
}

/** A chat queue with short timings and no cooldown surprises; `extra` overrides any field. */
export function queue(id: string, extra: Partial<QueueConfigInput> = {}): QueueConfigInput {
  return { id, channels: ['chat'], offerTimeoutMs: 10_000, reofferCooldownMs: 60_000, wrapUpMs: 0, ...extra };
}

/** An agent serving `queues` (priority 0 each), one chat at a time unless `extra` says otherwise. */
export function agent(id: string, queues: readonly string[], extra: Partial<AgentConfigInput> = {}): AgentConfigInput {
  const memberships: MembershipConfig[] = queues.map((queueId) => ({ queueId, priority: 0 }));
  return { id, skills: {}, capacity: { chat: 1 }, memberships, ...extra };
}

/** Asserts a command succeeded and returns its result. */
export function ok(result: CommandResult): Extract<CommandResult, { ok: true }> {
  if (!result.ok) expect.fail(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

/** Asserts a command was rejected with `code`; returns the error. */
export function refused(result: CommandResult, code: string): { code: string; message: string } {
  if (result.ok) expect.fail(`expected rejection with ${code}, but the command succeeded`);
  expect(result.error.code).toBe(code);
  return result.error;
}

/** Creates a contact (chat unless said otherwise) and returns its id. */
export function arrive(engine: Engine, input: Partial<Omit<ContactCreateCommand, 'type'>> & { queueId: string }): string {
  return ok(engine.contacts.create({ channel: 'chat', ...input })).contactId as string;
}

/** Sets each agent to `available`, in order. */
export function available(engine: Engine, ...agentIds: string[]): void {
  for (const id of agentIds) ok(engine.agents.setStatus(id, 'available'));
}

/** Every event of one type, in log order. */
export function eventsOf<T extends EventType>(engine: Engine, type: T): EventOf<T>[] {
  return engine.events().filter((e): e is EventOf<T> => e.type === type);
}

/** The events of one type about one contact. */
export function eventsFor<T extends EventType>(engine: Engine, type: T, contactId: string): EventOf<T>[] {
  return eventsOf(engine, type).filter((e) => (e as { contactId?: string }).contactId === contactId);
}

/** The event types logged about one contact, in order. */
export function historyOfContact(engine: Engine, contactId: string): string[] {
  return engine
    .events()
    .filter((e) => (e as { contactId?: string }).contactId === contactId)
    .map((e) => e.type);
}

/** A live contact's status, or `ended` once it has left the live map. */
export function statusOf(engine: Engine, contactId: string): string {
  return engine.contact(contactId)?.status ?? 'ended';
}

/** The pending offer of a contact (failing when it has none). */
export function offerOf(engine: Engine, contactId: string): string {
  const offerId = engine.contact(contactId)?.offerId ?? null;
  if (offerId === null) expect.fail(`contact ${contactId} has no pending offer (status ${statusOf(engine, contactId)})`);
  return offerId;
}

/** Accepts the pending offer of a contact. */
export function accept(engine: Engine, contactId: string): void {
  ok(engine.offers.accept(offerOf(engine, contactId)));
}

/** The in-memory ticket sink of an engine built without a custom sink. */
export function ticketsOf(engine: Engine): InMemoryTicketSink['tickets'] {
  return (engine.ticketSink as InMemoryTicketSink).tickets;
}

/** Milliseconds since the epoch of a UTC date-time, for readable calendar expectations. */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** `[type, at, queueId]` of every `queue.opened` / `queue.closed`, in order. */
export function edgesOf(engine: Engine, queueId: string): [string, string][] {
  return engine
    .events()
    .filter((e) => (e.type === 'queue.opened' || e.type === 'queue.closed') && e.queueId === queueId)
    .map((e) => [e.type, new Date(e.at).toISOString()]);
}

/** Event types that end a contact for good (DESIGN.md rule 11). */
export const TERMINAL_EVENTS = [
  'agent.wrapup.ended',
  'contact.abandoned',
  'contact.rejected',
  'ticket.created',
  'callback.cancelled',
] as const;

/** The terminal events logged for a contact. */
export function terminalEventsOf(engine: Engine, contactId: string): string[] {
  return historyOfContact(engine, contactId).filter((t) => (TERMINAL_EVENTS as readonly string[]).includes(t));
}

/** Monday 5 January 2026, 00:00 UTC. */
export const MONDAY = utc(2026, 1, 5);

/** Office hours: every weekday 08:00-16:00 UTC. */
export const OFFICE_UTC: CalendarConfigInput = {
  timeZone: 'UTC',
  weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open: '08:00', close: '16:00' })),
};
