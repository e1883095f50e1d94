/**
 * The ordinary traffic of phase one: customers arrive, agents accept, reject, complete, transfer and
 * chat, callbacks are booked and cancelled, agents change presence and take phone calls, and time
 * passes. Each function returns one command (or null when there is nothing to act on).
 */
import type { Channel } from '../../../src/domain/channel.js';
import type { Command } from '../../../src/domain/commands/command.js';
import type { Engine } from '../../../src/engine/create-engine.js';
import type { SwarmBook } from './swarm-book.js';
import { INBOUND } from './swarm-config.js';
import type { SwarmRandom } from './swarm-random.js';

/** What an action may look at. */
export interface ActionContext {
  readonly rng: SwarmRandom;
  readonly book: SwarmBook;
  readonly engine: Engine;
  readonly skills: readonly string[];
  /** Live contacts by status (`queued`, `offered`, `active`, `wrap_up`, `scheduled`). */
  readonly byStatus: ReadonlyMap<string, readonly string[]>;
  /** Pending offers. */
  readonly offers: readonly string[];
}

const of = (ctx: ActionContext, ...statuses: string[]): string[] => statuses.flatMap((s) => ctx.byStatus.get(s) ?? []);

/** A customer arrives in a known queue, on one of its channels. */
export function createContact(ctx: ActionContext): Command | null {
  const { rng, book } = ctx;
  const queueIds = book.queueIds();
  if (queueIds.length === 0) return null;
  const queueId = rng.pick(queueIds);
  // Callbacks come from callback.request; outbound work steers around a known bug while it stands.
  const served = book.queues.get(queueId)!.config.channels.filter((c) => c !== 'callback') as Channel[];
  const channel = served.length > 0 && rng.chance(0.97) ? rng.pick(served) : rng.pick(INBOUND);
  const command: Record<string, unknown> = { type: 'contact.create', queueId, channel, priority: rng.int(-1, 2) };
  if (rng.chance(0.15) && ctx.skills.length > 0) command.skills = { [rng.pick(ctx.skills)]: rng.int(1, 5) };
  if (rng.chance(0.3)) command.message = 'hello';
  if (rng.chance(0.15)) command.customer = { email: `u${rng.int(1, 30)}@example.com`, name: 'Ann' };
  const agentIds = book.agentIds();
  if (rng.chance(0.05) && agentIds.length > 0) command.targetAgentId = rng.pick(agentIds);
  return command as unknown as Command;
}

/** An agent accepts or rejects a pending offer. */
export function answerOffer(ctx: ActionContext, accept: boolean): Command | null {
  if (ctx.offers.length === 0) return null;
  const offerId = ctx.rng.pick(ctx.offers);
  return accept ? { type: 'offer.accept', offerId } : { type: 'offer.reject', offerId };
}

/** The holder completes an active contact (sometimes with its own wrap-up time). */
export function completeContact(ctx: ActionContext): Command | null {
  const active = of(ctx, 'active');
  if (active.length === 0) return null;
  const contactId = ctx.rng.pick(active);
  return ctx.rng.chance(0.2) ? { type: 'contact.complete', contactId, wrapUpMs: ctx.rng.int(0, 3) * 1_000 } : { type: 'contact.complete', contactId };
}

/** A waiting customer gives up, or leaves a message instead. */
export function abandonContact(ctx: ActionContext): Command | null {
  const waiting = of(ctx, 'queued', 'offered');
  if (waiting.length === 0) return null;
  const contactId = ctx.rng.pick(waiting);
  return ctx.rng.chance(0.7) ? { type: 'contact.abandon', contactId } : { type: 'contact.leaveMessage', contactId, text: 'call me' };
}

/** The holder transfers (cold or warm, to a queue or an agent), requeues or escalates. */
export function handOn(ctx: ActionContext): Command | null {
  const { rng, book, engine } = ctx;
  const active = of(ctx, 'active');
  if (active.length === 0 || book.agentIds().length === 0 || book.queueIds().length === 0) return null;
  const contact = engine.contact(rng.pick(active))!;
  const agentId = contact.agentId ?? rng.pick(book.agentIds());
  const roll = rng.float();
  if (roll < 0.2) return rng.chance(0.5) ? { type: 'contact.requeue', contactId: contact.id, agentId } : { type: 'contact.requeue', contactId: contact.id, agentId, queueId: rng.pick(book.queueIds()) };
  if (roll < 0.3) return { type: 'contact.escalate', contactId: contact.id, agentId };
  const target = rng.chance(0.5) ? { toAgentId: rng.pick(book.agentIds()) } : {};
  const toQueue = rng.chance(0.8) || !('toAgentId' in target) ? { toQueueId: rng.pick(book.queueIds()) } : {};
  return { type: 'contact.transfer', contactId: contact.id, agentId, mode: rng.pick(['cold', 'warm'] as const), ...target, ...toQueue };
}

/** Chat traffic: invitations, colleagues leaving, messages, closes, ratings, customer messages. */
export function sessionAction(ctx: ActionContext): Command | null {
  const { rng, book, engine } = ctx;
  const agentIds = book.agentIds();
  const open = [...book.sessions];
  if (rng.chance(0.15) && book.closedSessions.length > 0) return { type: 'session.rate', sessionId: rng.pick(book.closedSessions), score: rng.int(1, 5) };
  if (open.length === 0 || agentIds.length === 0) return null;
  const session = engine.session(rng.pick(open));
  if (session === undefined) return null;
  const owner = session.ownerId ?? rng.pick(agentIds);
  const someone = rng.pick(agentIds);
  const roll = rng.float();
  if (roll < 0.3) return { type: 'session.invite', sessionId: session.id, agentId: owner, inviteeId: someone };
  if (roll < 0.45) return { type: 'session.leave', sessionId: session.id, agentId: rng.pick([someone, ...session.invitedIds]) };
  if (roll < 0.6) return { type: 'session.sendMessage', sessionId: session.id, agentId: owner, text: 'one moment' };
  if (roll < 0.7) return { type: 'customer.sendMessage', contactId: session.contactId, text: 'still there?' };
  return rng.chance(0.5) ? { type: 'session.close', sessionId: session.id, by: 'customer' } : { type: 'session.close', sessionId: session.id, by: 'agent', agentId: owner };
}

/** A callback booked for later (in a queue that serves callbacks, mostly), or a booked one cancelled. */
export function callbackAction(ctx: ActionContext): Command | null {
  const { rng, book, engine } = ctx;
  const scheduled = of(ctx, 'scheduled');
  if (scheduled.length > 0 && rng.chance(0.3)) return { type: 'callback.cancel', contactId: rng.pick(scheduled) };
  const serving = book.queueIds().filter((id) => book.queues.get(id)!.config.channels.includes('callback'));
  const all = book.queueIds();
  if (all.length === 0) return null;
  const queueId = serving.length > 0 && rng.chance(0.9) ? rng.pick(serving) : rng.pick(all);
  return { type: 'callback.request', queueId, phone: '+48123456789', at: engine.now() + rng.int(0, 120) * 1_000, priority: rng.int(0, 1) };
}

/** An agent changes presence, or a phone call starts or ends. */
export function presenceAction(ctx: ActionContext): Command | null {
  const { rng, book, engine } = ctx;
  const agentIds = book.agentIds();
  if (agentIds.length === 0) return null;
  const agentId = rng.pick(agentIds);
  if (rng.chance(0.25)) return { type: 'agent.setPhoneBusy', agentId, busy: !(engine.agent(agentId)?.phoneBusy ?? false) };
  return { type: 'agent.setStatus', agentId, status: rng.pick(['available', 'available', 'available', 'break', 'offline'] as const) };
}
