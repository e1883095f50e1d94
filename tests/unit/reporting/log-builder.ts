/**
 * Builds hand-written event logs for report tests: each call appends one event at the current time,
 * numbered in order, with only the fields the report reads filled in meaningfully.
 */
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';
import type { OverflowReason, QueueCause } from '../../../src/domain/events/contact.events.js';
import type { TicketReason } from '../../../src/domain/events/ticket.events.js';
import type { Presence } from '../../../src/domain/presence.js';

type Body = { type: SwitchboardEvent['type'] } & Record<string, unknown>;

/** A fluent builder of event logs. */
export class LogBuilder {
  readonly events: SwitchboardEvent[] = [];
  private nowMs = 0;
  private readonly presence = new Map<string, Presence>();

  /** Moves the builder's clock; later events happen at `atMs`. */
  at(atMs: number): this {
    this.nowMs = atMs;
    return this;
  }

  private push(body: Body): this {
    this.events.push({ ...body, seq: this.events.length, at: this.nowMs } as unknown as SwitchboardEvent);
    return this;
  }

  queueAdded(queueId: string): this {
    return this.push({ type: 'queue.added', queueId, queue: { id: queueId, channels: ['chat'] } });
  }

  agentAdded(agentId: string): this {
    this.presence.set(agentId, 'offline');
    return this.push({ type: 'agent.added', agentId, agent: { id: agentId, skills: {}, memberships: [] } });
  }

  status(agentId: string, to: Presence): this {
    const from = this.presence.get(agentId) ?? 'offline';
    this.presence.set(agentId, to);
    return this.push({ type: 'agent.status.changed', agentId, from, to, reason: 'command' });
  }

  queued(contactId: string, queueId: string, enqueuedAt = this.nowMs, cause: QueueCause = 'arrival'): this {
    return this.push({ type: 'contact.queued', contactId, queueId, priority: 0, enqueuedAt, cause });
  }

  assigned(contactId: string, agentId: string, queueId: string, waitMs: number): this {
    return this.push({ type: 'contact.assigned', contactId, agentId, queueId, waitMs, offerId: null, trigger: 'contact' });
  }

  completed(contactId: string, agentId: string): this {
    return this.push({ type: 'contact.completed', contactId, agentId, wrapUpMs: 0 });
  }

  wrapUpEnded(agentId: string, contactId: string): this {
    return this.push({ type: 'agent.wrapup.ended', agentId, contactId });
  }

  abandoned(contactId: string, queueId: string, waitMs: number): this {
    return this.push({ type: 'contact.abandoned', contactId, queueId, waitMs });
  }

  rejected(contactId: string, queueId: string): this {
    return this.push({ type: 'contact.rejected', contactId, queueId, reason: 'after_hours', message: '' });
  }

  ticket(contactId: string, queueId: string, reason: TicketReason): this {
    return this.push({
      type: 'ticket.created',
      ticketId: `t-${contactId}`,
      contactId,
      queueId,
      reason,
      customerId: null,
      email: null,
      transcript: [],
    });
  }

  overflowed(contactId: string, fromQueueId: string, toQueueId: string, reason: OverflowReason): this {
    return this.push({ type: 'contact.overflowed', contactId, fromQueueId, toQueueId, reason });
  }

  transferred(contactId: string, fromAgentId: string, toQueueId: string, mode: 'cold' | 'warm', toAgentId: string | null = null): this {
    return this.push({ type: 'contact.transferred', contactId, fromAgentId, toAgentId, toQueueId, mode, reason: 'transfer' });
  }

  requeued(contactId: string, agentId: string, queueId: string): this {
    return this.push({ type: 'contact.requeued', contactId, agentId, queueId });
  }

  joined(contactId: string, agentId: string, role: 'owner' | 'invited'): this {
    return this.push({ type: 'session.joined', sessionId: `s-${contactId}`, contactId, agentId, role });
  }

  left(contactId: string, agentId: string): this {
    return this.push({ type: 'session.left', sessionId: `s-${contactId}`, contactId, agentId });
  }

  rated(contactId: string, agentId: string, score: 1 | 2 | 3 | 4 | 5): this {
    return this.push({ type: 'session.rated', sessionId: `s-${contactId}`, contactId, agentId, score });
  }
}
