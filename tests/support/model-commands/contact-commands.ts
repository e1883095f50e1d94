/**
 * Model commands for contacts: a new contact arrives, the agent completes one, the customer abandons.
 */
import type fc from 'fast-check';
import type { Channel } from '../../../src/domain/channel.js';
import { dispatchBoth, type Model, pick, type Real } from './model-run.js';

/** A contact arrives in a queue (on one of its channels), maybe with its own skills or a target agent. */
export class CreateContactCommand implements fc.Command<Model, Real> {
  constructor(
    readonly queue: number,
    readonly channel: number,
    readonly priority: number,
    readonly skills: Readonly<Record<string, number>> | null,
    readonly target: number | null,
  ) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const queues = [...m.router.state.queues.values()];
    const queue = pick(queues, this.queue);
    const channel: Channel = pick(queue.channels, this.channel);
    const members = [...m.router.state.agents.values()].filter((a) => a.config.memberships.some((x) => x.queueId === queue.id)).map((a) => a.id);
    const target = this.target === null || members.length === 0 ? undefined : pick(members.sort(), this.target);
    dispatchBoth(m, r, {
      type: 'contact.create',
      queueId: queue.id,
      channel,
      priority: this.priority,
      ...(this.skills === null ? {} : { skills: this.skills }),
      ...(target === undefined ? {} : { targetAgentId: target }),
    });
  }
  toString = (): string => `create(q${this.queue}, ch${this.channel}, p${this.priority}, ${JSON.stringify(this.skills)}, target ${this.target})`;
}

/** The agent holding an active contact completes it (wrap-up follows). */
export class CompleteContactCommand implements fc.Command<Model, Real> {
  constructor(readonly contact: number) {}
  check = (m: Readonly<Model>): boolean => [...m.router.state.contacts.values()].some((c) => c.status === 'active');
  run(m: Model, r: Real): void {
    const active = [...m.router.state.contacts.values()].filter((c) => c.status === 'active');
    dispatchBoth(m, r, { type: 'contact.complete', contactId: pick(active, this.contact).id });
  }
  toString = (): string => `complete(${this.contact})`;
}

/** A waiting (or offered) customer leaves. */
export class AbandonContactCommand implements fc.Command<Model, Real> {
  constructor(readonly contact: number) {}
  check = (m: Readonly<Model>): boolean => [...m.router.state.contacts.values()].some((c) => c.status === 'queued' || c.status === 'offered');
  run(m: Model, r: Real): void {
    const waiting = [...m.router.state.contacts.values()].filter((c) => c.status === 'queued' || c.status === 'offered');
    dispatchBoth(m, r, { type: 'contact.abandon', contactId: pick(waiting, this.contact).id });
  }
  toString = (): string => `abandon(${this.contact})`;
}
