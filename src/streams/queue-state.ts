/**
 * Current queue state for wallboards: how many contacts wait, the longest current wait, and how many
 * agents could take a contact now, per channel. Waits come from the event log; presence and capacity
 * in use come from the engine's views, with caps from the agents' configurations in the log.
 */
import { CHANNELS, type Channel, channelIndex, isChannel } from '../domain/channel.js';
import type { AgentConfig } from '../domain/config/agent.config.js';
import type { SwitchboardEvent } from '../domain/events/event.js';
import { capacityOf } from '../engine/agent-setup.js';
import type { AgentView, QueueView } from '../engine/views.js';

/** A queue's state right now. */
export interface QueueState {
  readonly queueId: string;
  readonly atMs: number;
  /** Whether the queue is open (false for an unknown queue). */
  readonly open: boolean;
  /** Contacts waiting for an offer. */
  readonly waitingCount: number;
  /** Contacts with an offer out to an agent (the customer is still waiting). */
  readonly offeredCount: number;
  /** The longest current wait, from first enqueue, among waiting and offered contacts; null when none. */
  readonly oldestWaitMs: number | null;
  /** Members who could be offered a contact of each channel now: available, free capacity, not blocked by a call. */
  readonly agentsAvailableByChannel: Readonly<Record<Channel, number>>;
}

/** What the wallboard reads from the engine. */
export interface QueueStateViews {
  queue(queueId: string): QueueView | undefined;
  agent(agentId: string): AgentView | undefined;
}

interface Waiting {
  readonly queueId: string;
  readonly enqueuedAt: number;
  offered: boolean;
}

/** Follows the log for what the views do not show: who waits since when, agents' caps, phone blocks. */
export class QueueStateTracker {
  private readonly waiting = new Map<string, Waiting>();
  private readonly capacities = new Map<string, { capacity: number[]; capacityTotalMax: number }>();
  private phoneBlocks: readonly Channel[] = [];
  private readonly served = new Map<string, readonly Channel[]>();

  /** Applies one event. */
  apply(e: SwitchboardEvent): void {
    switch (e.type) {
      case 'engine.started':
        this.phoneBlocks = e.routing.phoneBlocks.filter(isChannel);
        return;
      case 'queue.added':
      case 'queue.updated':
        this.served.set(e.queueId, e.queue.channels.filter(isChannel));
        return;
      case 'agent.added':
      case 'agent.updated':
        this.capacities.set(e.agentId, capacityOf(e.agent as AgentConfig));
        return;
      case 'contact.queued':
        this.waiting.set(e.contactId, { queueId: e.queueId, enqueuedAt: e.enqueuedAt, offered: false });
        return;
      case 'offer.created':
      case 'offer.rejected':
      case 'offer.expired':
      case 'offer.withdrawn': {
        const waiting = this.waiting.get(e.contactId);
        if (waiting !== undefined) waiting.offered = e.type === 'offer.created';
        return;
      }
      case 'contact.assigned':
      case 'contact.abandoned':
      case 'contact.rejected':
      case 'ticket.created':
      case 'contact.overflowed':
      case 'callback.cancelled':
        this.waiting.delete(e.contactId);
        return;
      default:
        return;
    }
  }

  /**
   * The state of one queue at `atMs`.
   * @example tracker.stateOf(engine, 'sales', engine.now()).oldestWaitMs;
   */
  stateOf(views: QueueStateViews, queueId: string, atMs: number): QueueState {
    let waitingCount = 0;
    let offeredCount = 0;
    let oldest = Infinity;
    for (const w of this.waiting.values()) {
      if (w.queueId !== queueId) continue;
      if (w.offered) offeredCount++;
      else waitingCount++;
      if (w.enqueuedAt < oldest) oldest = w.enqueuedAt;
    }
    const queue = views.queue(queueId);
    return {
      queueId,
      atMs,
      open: queue?.open ?? false,
      waitingCount,
      offeredCount,
      oldestWaitMs: oldest === Infinity ? null : Math.max(0, atMs - oldest),
      agentsAvailableByChannel: this.available(views, queue),
    };
  }

  private available(views: QueueStateViews, queue: QueueView | undefined): Record<Channel, number> {
    const counts = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
    if (queue === undefined) return counts;
    const channels = this.served.get(queue.id) ?? [];
    for (const agentId of queue.memberIds) {
      const agent = views.agent(agentId);
      const caps = this.capacities.get(agentId);
      if (agent === undefined || caps === undefined || agent.presence !== 'available') continue;
      if (agent.usedTotal >= caps.capacityTotalMax) continue;
      for (const channel of channels) {
        if (agent.phoneBusy && this.phoneBlocks.includes(channel)) continue;
        if (agent.used[channel] < (caps.capacity[channelIndex(channel)] as number)) counts[channel]++;
      }
    }
    return counts;
  }
}
