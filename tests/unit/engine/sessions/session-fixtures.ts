/**
 * Fixtures for the chat-session tests (issue 4, DESIGN.md section 4): one small shop on a virtual
 * clock, shortcuts to start a chat, and a check that a rejected command changed nothing.
 *
 * The shop: `sales` (welcome message, canned answers, URLs, wrap-up 5 s, escalation to `tier2`),
 * `support`, `tier2`, and `night` (closed at the start time: its calendar opens on Mondays only).
 * Agents, all offline until `available`: ann (sales), bob (sales and support), cara (support),
 * dan (tier2), eve (night). Everyone takes two chats at once.
 */
import { expect } from 'vitest';
import {
  type AgentConfigInput,
  type AgentView,
  type CommandResult,
  type ContactCreateCommand,
  type ContactView,
  createEngine,
  type Engine,
  type EventOf,
  type EventType,
  type QueueConfigInput,
  type QueueView,
  type RedactPreview,
  type SessionView,
  type SwitchboardEvent,
  VirtualClock,
} from '../../../../src/index.js';

/** An engine on a virtual clock, with the ids of everything configured. */
export interface Shop {
  readonly engine: Engine;
  readonly clock: VirtualClock;
  readonly agentIds: readonly string[];
  readonly queueIds: readonly string[];
}

/** Options of `openShop`: per-queue overrides, extra agents, the redaction hook. */
export interface ShopOptions {
  readonly queues?: Readonly<Record<string, Partial<QueueConfigInput>>>;
  readonly agents?: readonly AgentConfigInput[];
  readonly redactPreview?: RedactPreview;
  readonly eventLogMax?: number;
}

/** Monday 08:00-09:00 UTC only: closed at time 0 (a Thursday). */
export const MONDAY_MORNINGS: NonNullable<QueueConfigInput['calendar']> = { timeZone: 'UTC', weekly: [{ day: 'mon', open: '08:00', close: '09:00' }] };

const SALES: QueueConfigInput = {
  id: 'sales',
  name: 'Sales',
  channels: ['chat'],
  offerTimeoutMs: 10_000,
  reofferCooldownMs: 60_000,
  wrapUpMs: 5_000,
  ratingWindowMs: 60_000,
  welcomeMessage: 'Hello {customerName|there}, this is {agentName} from {queueName}.',
  escalationQueueId: 'tier2',
  cannedAnswers: [
    { id: 'greet', text: 'Hi {customerName}, {agentName} here from {queueName}.' },
    { id: 'order', text: 'Your order {orderId} ships on {shipDate}.' },
  ],
  urls: [
    { id: 'faq', url: 'https://shop.example/faq', title: 'FAQ' },
    { id: 'returns', url: 'https://shop.example/returns' },
  ],
};

function plainQueue(id: string, name: string): QueueConfigInput {
  return { id, name, channels: ['chat'], offerTimeoutMs: 10_000, reofferCooldownMs: 60_000, wrapUpMs: 0 };
}

function member(id: string, name: string, queueIds: readonly string[]): AgentConfigInput {
  return { id, name, capacity: { chat: 2 }, memberships: queueIds.map((queueId) => ({ queueId })) };
}

/** The default agents of the shop. */
export const SHOP_AGENTS: readonly AgentConfigInput[] = [
  member('ann', 'Ann', ['sales']),
  member('bob', 'Bob', ['sales', 'support']),
  member('cara', 'Cara', ['support']),
  member('dan', 'Dan', ['tier2']),
  member('eve', 'Eve', ['night']),
];

/** Builds the shop; `options.agents` replaces the default agents. */
export function openShop(options: ShopOptions = {}): Shop {
  const base: QueueConfigInput[] = [
    SALES,
    plainQueue('support', 'Support'),
    plainQueue('tier2', 'Tier 2'),
    { ...plainQueue('night', 'Night desk'), calendar: MONDAY_MORNINGS },
  ];
  const queues = base.map((q) => ({ ...q, ...(options.queues?.[q.id] ?? {}) }));
  const agents = options.agents ?? SHOP_AGENTS;
  const clock = new VirtualClock(0);
  const engine = createEngine({
    config: { queues, agents: [...agents] },
    clock,
    seed: 7,
    ...(options.redactPreview === undefined ? {} : { redactPreview: options.redactPreview }),
    ...(options.eventLogMax === undefined ? {} : { eventLogMax: options.eventLogMax }),
  });
  return { engine, clock, agentIds: agents.map((a) => a.id), queueIds: queues.map((q) => q.id) };
}

/** Asserts a command succeeded and returns its result. */
export function ok(result: CommandResult): Extract<CommandResult, { ok: true }> {
  if (!result.ok) expect.fail(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

/** Asserts a command was rejected with `code` and returns the error. */
export function rejected(result: CommandResult, code: string): { code: string; message: string } {
  if (result.ok) expect.fail(`expected a rejection with ${code}, but the command succeeded`);
  expect(result.error.code, result.error.message).toBe(code);
  return result.error;
}

/** Sets agents available, in order. */
export function available(shop: Shop, ...agentIds: string[]): void {
  for (const id of agentIds) ok(shop.engine.agents.setStatus(id, 'available'));
}

/** A live contact's view (fails when it has ended). */
export function contactOf(shop: Shop, contactId: string): ContactView {
  const view = shop.engine.contact(contactId);
  if (view === undefined) expect.fail(`contact ${contactId} is not live`);
  return view;
}

/** An agent's view. */
export function agentOf(shop: Shop, agentId: string): AgentView {
  const view = shop.engine.agent(agentId);
  if (view === undefined) expect.fail(`agent ${agentId} is unknown`);
  return view;
}

/** A session's view (fails when it has ended). */
export function sessionOf(shop: Shop, sessionId: string): SessionView {
  const view = shop.engine.session(sessionId);
  if (view === undefined) expect.fail(`session ${sessionId} is not open or closed`);
  return view;
}

/** The pending offer of a contact and the agent it is offered to. */
export function pendingOffer(shop: Shop, contactId: string): { offerId: string; agentId: string } {
  const offers = eventsOf(shop, 'offer.created').filter((e) => e.contactId === contactId);
  const last = offers[offers.length - 1];
  if (last === undefined || !agentOf(shop, last.agentId).pendingOfferIds.includes(last.offerId)) {
    expect.fail(`contact ${contactId} has no pending offer`);
  }
  return { offerId: last.offerId, agentId: last.agentId };
}

/** Accepts the contact's pending offer, checking it went to `agentId`. */
export function acceptAs(shop: Shop, contactId: string, agentId: string): void {
  const offer = pendingOffer(shop, contactId);
  expect(offer.agentId, `contact ${contactId} was offered to ${offer.agentId}`).toBe(agentId);
  ok(shop.engine.offers.accept(offer.offerId, agentId));
}

/** What `startChat` needs: the queue, the agent expected to take it, and the contact's fields. */
export type ChatInput = Partial<Omit<ContactCreateCommand, 'type' | 'channel'>> & { readonly agentId?: string };

/** A chat that arrived in `queueId` (default sales) and was accepted by `agentId` (default ann). */
export function startChat(shop: Shop, input: ChatInput = {}): { contactId: string; sessionId: string } {
  const { agentId = 'ann', ...create } = input;
  if (agentOf(shop, agentId).presence !== 'available') available(shop, agentId);
  const contactId = ok(shop.engine.contacts.create({ queueId: 'sales', channel: 'chat', ...create })).contactId as string;
  acceptAs(shop, contactId, agentId);
  const sessionId = contactOf(shop, contactId).sessionId;
  if (sessionId === null) expect.fail(`contact ${contactId} has no session after the accept`);
  return { contactId, sessionId };
}

/** The events of one type, in log order. */
export function eventsOf<T extends EventType>(shop: Shop, type: T, fromSeq = 0): EventOf<T>[] {
  return shop.engine.events(fromSeq).filter((e): e is EventOf<T> => e.type === type);
}

/** The `seq` the next event will get. */
export function nextSeq(shop: Shop): number {
  const events = shop.engine.events();
  return events.length === 0 ? 0 : (events[events.length - 1] as SwitchboardEvent).seq + 1;
}

/** The event types logged since `fromSeq`. */
export function typesSince(shop: Shop, fromSeq: number): string[] {
  return shop.engine.events(fromSeq).map((e) => e.type);
}

/** Every view an embedder can read, for "nothing changed" checks. */
export function everyView(shop: Shop, sessionIds: readonly string[], contactIds: readonly string[]): unknown {
  const { engine } = shop;
  return {
    sessions: sessionIds.map((id) => engine.session(id) ?? null),
    transcripts: sessionIds.map((id) => engine.transcript(id)),
    contacts: contactIds.map((id) => engine.contact(id) ?? null),
    agents: shop.agentIds.map((id) => engine.agent(id) as AgentView),
    queues: shop.queueIds.map((id) => engine.queue(id) as QueueView),
  };
}

/**
 * Runs a command that must be rejected with `code`, and checks it changed nothing: the only new event
 * is one `command.rejected` with that code, no typing preview went out, and every view is as before.
 */
export function expectRejectedUnchanged(
  shop: Shop,
  code: string,
  command: () => CommandResult,
  watched: { sessionIds?: readonly string[]; contactIds?: readonly string[] } = {},
): void {
  const sessionIds = watched.sessionIds ?? [];
  const contactIds = watched.contactIds ?? [];
  const before = everyView(shop, sessionIds, contactIds);
  const from = nextSeq(shop);
  const previews: unknown[] = [];
  const subscription = shop.engine.previews$.subscribe((p) => previews.push(p));
  const result = command();
  subscription.unsubscribe();
  rejected(result, code);
  const added = shop.engine.events(from);
  expect(added.map((e) => e.type)).toEqual(['command.rejected']);
  expect(added[0]).toMatchObject({ type: 'command.rejected', code });
  expect(previews).toEqual([]);
  expect(everyView(shop, sessionIds, contactIds)).toEqual(before);
}
