/**
 * Queue position and estimated wait for a waiting customer. The engine does not expose either, so
 * they are rebuilt here from its events: who waits in which queue, in the engine's work order within
 * a queue (higher priority first, then first enqueue time, then arrival). Non-goal: exactness when
 * contacts of one queue need different skills (the engine serves those from separate buckets).
 */
import type { SwitchboardEvent } from '../../src/index.js';

interface Waiting {
  queueId: string;
  priority: number;
  readonly enqueuedAt: number;
  readonly arrival: number;
}

/** Talk time assumed before the queue has any completed chat (ms). */
export const DEFAULT_TALK_MS = 120_000;

/** The contacts waiting in each queue (queued or offered, not yet assigned), from the event log. */
export class WaitingLines {
  private readonly waiting = new Map<string, Waiting>();
  private arrivals = 0;

  /** Applies one event; returns whether any line changed. */
  apply(event: SwitchboardEvent): boolean {
    switch (event.type) {
      case 'contact.queued': {
        const arrival = this.waiting.get(event.contactId)?.arrival ?? ++this.arrivals;
        this.waiting.set(event.contactId, { queueId: event.queueId, priority: event.priority, enqueuedAt: event.enqueuedAt, arrival });
        return true;
      }
      case 'contact.aged': {
        const entry = this.waiting.get(event.contactId);
        if (entry !== undefined) entry.priority = event.priority;
        return entry !== undefined;
      }
      case 'contact.assigned':
      case 'contact.abandoned':
      case 'contact.rejected':
      case 'ticket.created':
        return this.waiting.delete(event.contactId);
      default:
        return false;
    }
  }

  /** The contact's place in its queue, 1 for the next to be served; null if it is not waiting. */
  position(contactId: string): number | null {
    const me = this.waiting.get(contactId);
    if (me === undefined) return null;
    let ahead = 0;
    for (const other of this.waiting.values()) if (other.queueId === me.queueId && isAhead(other, me)) ahead++;
    return ahead + 1;
  }

  /** The queue the contact waits in, if it waits. */
  queueOf(contactId: string): string | undefined {
    return this.waiting.get(contactId)?.queueId;
  }
}

function isAhead(a: Waiting, b: Waiting): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  if (a.enqueuedAt !== b.enqueuedAt) return a.enqueuedAt < b.enqueuedAt;
  return a.arrival < b.arrival;
}

/**
 * A rough wait estimate: `slots` chats in progress each free up once per mean talk time, so the
 * customer at `position` waits about `position × talkMs / slots`. Null when no agent is available.
 * @example estimateWaitMs(3, 6, 120_000) === 60_000
 */
export function estimateWaitMs(position: number, slots: number, talkMsMean: number | null): number | null {
  if (slots <= 0) return null;
  return Math.round((position * (talkMsMean ?? DEFAULT_TALK_MS)) / slots);
}
