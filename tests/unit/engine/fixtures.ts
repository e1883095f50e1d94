/**
 * Shared fixtures for the engine's unit tests: small configurations, a virtual clock, shortcuts over
 * the command helpers, and an oracle that finds an eligible (waiting contact, ready agent) pair from
 * the public surface alone (event log and views), so a test can check work conservation without
 * reading engine internals.
 */
import { expect } from 'vitest';
import {
  type AgentConfig,
  type AgentConfigInput,
  type AgentView,
  type Channel,
  type CommandResult,
  type ContactCreateCommand,
  type ContactView,
  createEngine,
  type Engine,
  type EngineConfigInput,
  type EventOf,
  type EventType,
  type MembershipConfig,
  type QueueConfig,
  type QueueConfigInput,
  type QueueView,
  type SwitchboardEvent,
  VirtualClock,
} from '../../../src/index.js';

/** An engine on a virtual clock. */
export interface Harness {
  readonly engine: Engine;
  readonly clock: VirtualClock;
}

/** Builds an engine on a virtual clock starting at `startMs` (default 0). */
export function setup(config: EngineConfigInput, options: { seed?: number; startMs?: number } = {}): Harness {
  const clock = new VirtualClock(options.startMs ?? 0);
  const engine = createEngine({ clock, config, seed: options.seed ?? 1 });
  return { engine, clock };
}

/** A chat queue with short, test-friendly timings; `extra` overrides any field. */
export function queue(id: string, extra: Partial<QueueConfigInput> = {}): QueueConfigInput {
  return { id, channels: ['chat'], offerTimeoutMs: 10_000, reofferCooldownMs: 60_000, wrapUpMs: 0, ...extra };
}

/** An agent serving the given queues (priority 0 each) with one chat at a time unless `extra` says otherwise. */
export function agent(
  id: string,
  queues: readonly (string | Partial<MembershipConfig>)[],
  extra: Partial<AgentConfigInput> = {},
): AgentConfigInput {
  const memberships = queues.map((q) => (typeof q === 'string' ? { queueId: q, priority: 0 } : q)) as MembershipConfig[];
  return { id, skills: {}, capacity: { chat: 1 }, memberships, ...extra };
}

/** Asserts a command succeeded (showing its error otherwise) and returns its result. */
export function ok(result: CommandResult): Extract<CommandResult, { ok: true }> {
  if (!result.ok) expect.fail(`expected the command to succeed, got ${result.error.code}: ${result.error.message}`);
  return result;
}

/** Asserts a command was rejected with `code` and returns its error. */
export function rejected(result: CommandResult, code: string): { code: string; message: string } {
  if (result.ok) expect.fail(`expected the command to be rejected with ${code}, but it succeeded`);
  expect(result.error.code).toBe(code);
  return result.error;
}

/** Creates a chat contact (unless `input` says otherwise) and returns its id. */
export function arrive(engine: Engine, input: Partial<Omit<ContactCreateCommand, 'type'>> & { queueId: string }): string {
  const result = ok(engine.contacts.create({ channel: 'chat', ...input }));
  return result.contactId as string;
}

/** Sets agents available, in the order given. */
export function available(engine: Engine, ...agentIds: string[]): void {
  for (const id of agentIds) ok(engine.agents.setStatus(id, 'available'));
}

/** The events of one type, in log order. */
export function eventsOf<T extends EventType>(engine: Engine, type: T, fromSeq = 0): EventOf<T>[] {
  return engine.events(fromSeq).filter((e): e is EventOf<T> => e.type === type);
}

/**
 * The routing event types logged since `fromSeq`. Session events (a chat's conversation: started,
 * messages, closed) are left out: they ride along with assignments and completions.
 */
export function typesSince(engine: Engine, fromSeq: number): string[] {
  return engine
    .events(fromSeq)
    .map((e) => e.type as string)
    .filter((type) => !type.startsWith('session.'));
}

/** The `seq` the next event will get. */
export function nextSeq(engine: Engine): number {
  const events = engine.events();
  return events.length === 0 ? 0 : (events[events.length - 1] as SwitchboardEvent).seq + 1;
}

/** A live contact's view (failing when it has ended). */
export function contactOf(engine: Engine, contactId: string): ContactView {
  const view = engine.contact(contactId);
  if (view === undefined) expect.fail(`contact ${contactId} is not live`);
  return view;
}

/** An agent's view (failing when unknown). */
export function agentOf(engine: Engine, agentId: string): AgentView {
  const view = engine.agent(agentId);
  if (view === undefined) expect.fail(`agent ${agentId} is unknown`);
  return view;
}

/** A live contact's status, or `ended` once it left the live map. */
export function statusOf(engine: Engine, contactId: string): string {
  return engine.contact(contactId)?.status ?? 'ended';
}

/** The agent a contact is offered to or held by, or null. */
export function holderOf(engine: Engine, contactId: string): string | null {
  return engine.contact(contactId)?.agentId ?? null;
}

/** The pending offer of a contact (failing when it has none). */
export function offerOf(engine: Engine, contactId: string): string {
  const offerId = contactOf(engine, contactId).offerId;
  if (offerId === null) expect.fail(`contact ${contactId} has no pending offer (status ${statusOf(engine, contactId)})`);
  return offerId;
}

/** Accepts the pending offer of a contact. */
export function acceptContact(engine: Engine, contactId: string): void {
  ok(engine.offers.accept(offerOf(engine, contactId)));
}

/** The agents offered work (`offer.created` or, in auto-accept, `contact.assigned` without offer), in order. */
export function offeredAgents(engine: Engine, fromSeq = 0): string[] {
  return engine
    .events(fromSeq)
    .filter((e) => e.type === 'offer.created' || (e.type === 'contact.assigned' && e.offerId === null))
    .map((e) => (e as EventOf<'offer.created'>).agentId);
}

/** The contacts offered (or auto-assigned), in order. */
export function offeredContacts(engine: Engine, fromSeq = 0): string[] {
  return engine
    .events(fromSeq)
    .filter((e) => e.type === 'offer.created' || (e.type === 'contact.assigned' && e.offerId === null))
    .map((e) => (e as EventOf<'offer.created'>).contactId);
}

/** Everything an embedder can see of the engine: every known agent, queue and contact view, and time. */
export function worldView(engine: Engine): {
  now: number;
  agents: Record<string, AgentView | undefined>;
  queues: Record<string, QueueView | undefined>;
  contacts: Record<string, ContactView | undefined>;
} {
  const agents: Record<string, AgentView | undefined> = {};
  const queues: Record<string, QueueView | undefined> = {};
  const contacts: Record<string, ContactView | undefined> = {};
  for (const e of engine.events()) {
    if (e.type === 'agent.added') agents[e.agentId] = undefined;
    if (e.type === 'queue.added') queues[e.queueId] = undefined;
    if (e.type === 'contact.created') contacts[e.contactId] = undefined;
  }
  for (const id of Object.keys(agents)) agents[id] = engine.agent(id);
  for (const id of Object.keys(queues)) queues[id] = engine.queue(id);
  for (const id of Object.keys(contacts)) contacts[id] = engine.contact(id);
  return { now: engine.now(), agents, queues, contacts };
}

/** Per-channel caps and the total cap of an agent configuration (D-009). */
export function capsOf(config: AgentConfig): { channel: Record<Channel, number>; total: number } {
  if (config.capacity === undefined) {
    return { channel: { chat: 1, voice: 1, email: 1, callback: 1, outbound: 1 }, total: config.capacityTotalMax ?? 1 };
  }
  const c = config.capacity;
  return {
    channel: { chat: c.chat ?? 0, voice: c.voice ?? 0, email: c.email ?? 0, callback: c.callback ?? 0, outbound: c.outbound ?? 0 },
    total: config.capacityTotalMax ?? Infinity,
  };
}

/** Whether a skill profile meets every minimum level of a requirement. */
export function meets(skills: Readonly<Record<string, number>>, requirement: Readonly<Record<string, number>>): boolean {
  return Object.entries(requirement).every(([skill, level]) => (skills[skill] ?? 0) >= level);
}

/** What the oracle knows, rebuilt from the log. */
interface LogModel {
  readonly phoneBlocks: ReadonlySet<string>;
  readonly agents: Map<string, AgentConfig>;
  readonly queues: Map<string, QueueConfig>;
  /** Each contact's current target agent and own requirement, as the log tells them. */
  readonly contacts: Map<string, { target: string | null; skills: Readonly<Record<string, number>> | null }>;
  /** Rejects and expiries: the agent may not get the contact again within the cooldown. */
  readonly declines: { contactId: string; agentId: string; at: number; seq: number }[];
}

function modelFromLog(engine: Engine): LogModel {
  const model: LogModel = { phoneBlocks: new Set(), agents: new Map(), queues: new Map(), contacts: new Map(), declines: [] };
  for (const e of engine.events()) {
    switch (e.type) {
      case 'engine.started':
        (model as { phoneBlocks: ReadonlySet<string> }).phoneBlocks = new Set(e.routing.phoneBlocks);
        break;
      case 'agent.added':
      case 'agent.updated':
        model.agents.set(e.agentId, e.agent);
        break;
      case 'agent.removed':
        model.agents.delete(e.agentId);
        break;
      case 'queue.added':
      case 'queue.updated':
        model.queues.set(e.queueId, e.queue);
        break;
      case 'queue.removed':
        model.queues.delete(e.queueId);
        break;
      case 'contact.created':
        model.contacts.set(e.contactId, { target: e.targetAgentId, skills: e.skills });
        break;
      case 'contact.relaxed':
        setContact(model, e.contactId, { skills: e.skills });
        break;
      case 'contact.transferred':
        setContact(model, e.contactId, { target: e.toAgentId });
        break;
      case 'contact.requeued':
      case 'contact.untargeted':
        setContact(model, e.contactId, { target: null });
        break;
      case 'offer.rejected':
      case 'offer.expired':
        model.declines.push({ contactId: e.contactId, agentId: e.agentId, at: e.at, seq: e.seq });
        // A target who declines or misses its contact releases it to the whole queue (src/engine/offers.ts).
        if (model.contacts.get(e.contactId)?.target === e.agentId) setContact(model, e.contactId, { target: null });
        break;
      default:
        break;
    }
  }
  return model;
}

function setContact(model: LogModel, contactId: string, change: { target?: string | null; skills?: Readonly<Record<string, number>> | null }): void {
  const known = model.contacts.get(contactId);
  if (known !== undefined) model.contacts.set(contactId, { ...known, ...change });
}

/** Why an agent may not be offered a contact right now, or null when rule 1 allows it. */
function ineligibility(engine: Engine, model: LogModel, contact: ContactView, agentId: string, countHeld: boolean): string | null {
  const known = model.contacts.get(contact.id);
  const queueConfig = model.queues.get(contact.queueId);
  const config = model.agents.get(agentId);
  const view = engine.agent(agentId);
  if (known === undefined || queueConfig === undefined || config === undefined || view === undefined) return 'unknown agent or queue';
  if (engine.queue(contact.queueId)?.open !== true) return 'queue closed';
  if (known.target !== null && known.target !== agentId) return 'targeted at another agent';
  if (!view.queueIds.includes(contact.queueId)) return 'not a member';
  if (view.presence !== 'available') return `presence ${view.presence}`;
  if (view.phoneBusy && model.phoneBlocks.has(contact.channel)) return 'on a phone call';
  const caps = capsOf(config);
  // Before an offer the agent needs a free unit; after it, the offer itself holds that unit.
  const slack = countHeld ? 1 : 0;
  if (view.used[contact.channel] - slack >= caps.channel[contact.channel]) return 'channel cap reached';
  if (view.usedTotal - slack >= caps.total) return 'total cap reached';
  if (!meets(config.skills, known.skills ?? queueConfig.skills)) return 'skills too low';
  if (!countHeld) {
    const cooldownMs = queueConfig.reofferCooldownMs;
    const now = engine.now();
    // A cooldown ending exactly now counts as running: its deadline may be the next step at this time.
    const inCooldown = model.declines.some(
      (d) => d.contactId === contact.id && d.agentId === agentId && cooldownMs > 0 && d.at + cooldownMs >= now,
    );
    if (inCooldown) return 'within re-offer cooldown';
  }
  return null;
}

/**
 * The first (waiting contact, agent) pair that rule 1 allows, or null. Between steps the engine must
 * leave none (work-conserving dispatch).
 */
export function findEligiblePair(engine: Engine): { contactId: string; agentId: string } | null {
  const model = modelFromLog(engine);
  for (const contactId of model.contacts.keys()) {
    const contact = engine.contact(contactId);
    if (contact === undefined || contact.status !== 'queued') continue;
    for (const agentId of model.agents.keys()) {
      if (ineligibility(engine, model, contact, agentId, false) === null) return { contactId, agentId };
    }
  }
  return null;
}

/**
 * Why the holder of a freshly offered (or auto-assigned) contact should not have got it, or null.
 * Checked at the end of the step that made the offer.
 */
export function offerViolation(engine: Engine, event: EventOf<'offer.created'> | EventOf<'contact.assigned'>): string | null {
  const contact = engine.contact(event.contactId);
  if (contact === undefined || contact.agentId !== event.agentId) return null; // moved on within the step
  const model = modelFromLog(engine);
  const reason = ineligibility(engine, model, contact, event.agentId, true);
  if (reason !== null) return reason;
  const cooldownMs = model.queues.get(contact.queueId)?.reofferCooldownMs ?? 0;
  const declinedBefore = model.declines.some(
    (d) => d.contactId === contact.id && d.agentId === event.agentId && d.seq < event.seq && d.at + cooldownMs > event.at,
  );
  return declinedBefore ? 'offered again within the re-offer cooldown' : null;
}

/**
 * Watches every step (command or deadline): at its last event, no eligible pair may remain and every
 * offer it made must have gone to an eligible agent. Returns the violations found so far.
 */
export function watchSteps(engine: Engine): { violations: string[]; steps: () => number; stop: () => void } {
  const violations: string[] = [];
  let steps = 0;
  let stepStartSeq = nextSeq(engine);
  const stop = engine.listen((event) => {
    const log = engine.events(event.seq);
    if (log.length !== 1) return; // not the step's last event yet
    steps++;
    for (const e of engine.events(stepStartSeq)) {
      if (e.type === 'offer.created' || (e.type === 'contact.assigned' && e.offerId === null)) {
        const why = offerViolation(engine, e);
        if (why !== null) violations.push(`at ${engine.now()}: ${e.type} ${e.contactId} -> ${e.agentId}: ${why}`);
      }
    }
    stepStartSeq = event.seq + 1;
    const pair = findEligiblePair(engine);
    if (pair !== null) violations.push(`at ${engine.now()} after seq ${event.seq}: ${pair.contactId} could go to ${pair.agentId}`);
  });
  return { violations, steps: () => steps, stop };
}

