/**
 * The faults of phase one that are commands: ids that name nothing, commands on what has ended,
 * repeated `commandId`s, and configuration changes in the middle of a run. (Duplicates by object,
 * reordering, clock faults, restarts and recoveries are inputs the driver makes; see swarm-driver.ts.)
 */
import type { Command } from '../../../src/domain/commands/command.js';
import type { ActionContext } from './swarm-actions.js';
import { genAgent, genCapacity, genMemberships, genQueue } from './swarm-config.js';
import type { SwarmRandom } from './swarm-random.js';

/** A command naming a contact, offer, session, agent or queue that does not exist (or was removed). It must be rejected. */
export function unknownIdCommand(ctx: ActionContext): Command {
  const { rng, book } = ctx;
  const ghost = rng.chance(0.3) && book.removed.length > 0 ? rng.pick(book.removed) : `ghost-${rng.int(1, 9)}`;
  const contactId = rng.pick([ghost, `c-${900_000 + rng.int(0, 99)}`]);
  const agents = book.agentIds();
  const someAgent = agents.length > 0 ? rng.pick(agents) : ghost;
  const someQueue = book.queueIds()[0] ?? ghost;
  const all: Command[] = [
    { type: 'contact.create', queueId: ghost, channel: 'chat' },
    { type: 'contact.create', queueId: someQueue, channel: 'chat', targetAgentId: ghost },
    { type: 'contact.complete', contactId },
    { type: 'contact.abandon', contactId },
    { type: 'contact.transfer', contactId, agentId: someAgent, toQueueId: someQueue, mode: 'cold' },
    { type: 'offer.accept', offerId: `o-${900_000 + rng.int(0, 99)}` },
    { type: 'offer.reject', offerId: ghost },
    { type: 'agent.setStatus', agentId: ghost, status: 'available' },
    { type: 'agent.setMemberships', agentId: someAgent, memberships: [{ queueId: ghost }] },
    { type: 'agent.remove', agentId: ghost },
    { type: 'queue.remove', queueId: ghost },
    { type: 'session.close', sessionId: `s-${900_000 + rng.int(0, 99)}`, by: 'customer' },
    { type: 'session.invite', sessionId: ghost, agentId: someAgent, inviteeId: someAgent },
    { type: 'callback.cancel', contactId },
  ];
  return rng.pick(all);
}

/** A command on an ended contact, a finished offer or a closed session; it must be rejected. Null when nothing has ended yet. */
export function afterCloseCommand(ctx: ActionContext): Command | null {
  const { rng, book } = ctx;
  const agents = book.agentIds();
  const someAgent = agents.length > 0 ? rng.pick(agents) : 'ghost';
  const choices: (() => Command)[] = [];
  if (book.ended.length > 0) {
    const contactId = rng.pick(book.ended);
    choices.push(
      () => ({ type: 'contact.complete', contactId }),
      () => ({ type: 'contact.abandon', contactId }),
      () => ({ type: 'contact.leaveMessage', contactId }),
      () => ({ type: 'contact.requeue', contactId, agentId: someAgent }),
      () => ({ type: 'contact.transfer', contactId, agentId: someAgent, toQueueId: book.queueIds()[0] ?? 'ghost', mode: 'cold' }),
      () => ({ type: 'callback.cancel', contactId }),
    );
  }
  if (book.finishedOffers.length > 0) {
    const offerId = rng.pick(book.finishedOffers);
    choices.push(() => ({ type: 'offer.accept', offerId }), () => ({ type: 'offer.reject', offerId }));
  }
  if (book.closedSessions.length > 0) {
    const sessionId = rng.pick(book.closedSessions);
    choices.push(
      () => ({ type: 'session.sendMessage', sessionId, agentId: someAgent, text: 'hello?' }),
      () => ({ type: 'session.invite', sessionId, agentId: someAgent, inviteeId: someAgent }),
      () => ({ type: 'session.close', sessionId, by: 'agent', agentId: someAgent }),
    );
  }
  return choices.length === 0 ? null : rng.pick(choices)();
}

/**
 * A command reusing a `commandId` already used: the same content in a new object, or another command
 * altogether. Either way it must change nothing, log nothing and return the first result.
 */
export function duplicateIdCommand(ctx: ActionContext, other: Command | null): Command | null {
  if (ctx.book.identified.length === 0) return null;
  const first = ctx.rng.pick(ctx.book.identified);
  if (other === null || ctx.rng.chance(0.5)) return JSON.parse(JSON.stringify(first)) as Command;
  return { ...other, commandId: first.commandId } as Command;
}

/** A configuration change: agents and queues added, updated or removed, memberships, capacities. */
export function configChange(ctx: ActionContext, configRng: SwarmRandom, ranks: Map<string, number>): Command[] {
  const { rng, book } = ctx;
  const agents = book.agentIds();
  const queues = book.queueIds();
  const skills = ctx.skills;
  switch (rng.int(0, 7)) {
    case 0:
      return [{ type: 'agent.add', agent: genAgent(configRng, book.newAgentId(), skills, queues) }];
    case 1:
      return agents.length === 0 ? [] : [{ type: 'agent.update', agent: genAgent(configRng, rng.pick(agents), skills, queues) }];
    case 2: {
      if (agents.length === 0) return [];
      const agentId = rng.pick(agents);
      return [{ type: 'agent.remove', agentId }];
    }
    case 3:
      return agents.length === 0 ? [] : [{ type: 'agent.setMemberships', agentId: rng.pick(agents), memberships: genMemberships(configRng, queues) }];
    case 4: {
      if (agents.length === 0) return [];
      const withTotal = configRng.chance(0.3) ? { capacityTotalMax: configRng.int(1, 4) } : {};
      return [{ type: 'agent.setCapacity', agentId: rng.pick(agents), capacity: genCapacity(configRng), ...withTotal }];
    }
    case 5: {
      const id = book.newQueueId();
      const rank = book.lowestRank();
      ranks.set(id, rank);
      return [{ type: 'queue.add', queue: genQueue(configRng, id, rank, skills, book.queues) }];
    }
    case 6: {
      if (queues.length === 0) return [];
      const id = rng.pick(queues);
      const known = book.queues.get(id)!;
      return [{ type: 'queue.update', queue: genQueue(configRng, id, known.rank, skills, book.queues) }];
    }
    default:
      return queues.length === 0 ? [] : retireQueue(ctx, rng.pick(queues));
  }
}

/** Removes a queue: usually its members leave it first (a queue with members cannot be removed). */
function retireQueue(ctx: ActionContext, queueId: string): Command[] {
  const { rng, book } = ctx;
  const leave: Command[] = [];
  if (rng.chance(0.7)) {
    for (const [agentId, agent] of book.agents) {
      const memberships = agent.memberships ?? [];
      if (memberships.some((m) => m.queueId === queueId)) leave.push({ type: 'agent.setMemberships', agentId, memberships: memberships.filter((m) => m.queueId !== queueId) });
    }
  }
  return [...leave, { type: 'queue.remove', queueId }];
}
