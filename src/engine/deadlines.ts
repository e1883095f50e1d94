/**
 * The engine's one heap of deadlines (offer expiry, wrap-up end, re-offer cooldowns, and later
 * overflow, callbacks and calendar edges). Deadlines are data in engine state, not xstate `after`
 * timers, so a snapshot holds them all. Cancelled deadlines are not removed: each kind checks on
 * firing whether it still applies (its `token` must match the target's), which keeps cancellation free.
 */
import { Heap } from 'mnemonist';

/** What a deadline does when it fires. */
export type DeadlineKind =
  | 'offer.expire'
  | 'wrapup.end'
  | 'cooldown.end'
  | 'wait.max'
  | 'relax.step'
  | 'ageing.step'
  | 'callback.due'
  | 'calendar.edge'
  | 'rating.end'
  | 'preview.flush';

/** One deadline: due time, creation order, kind, the id it acts on and a token to detect staleness. */
export interface Deadline {
  readonly at: number;
  readonly seq: number;
  readonly kind: DeadlineKind;
  readonly targetId: string;
  readonly token: number;
}

function compareDeadlines(a: Deadline, b: Deadline): number {
  return a.at - b.at || a.seq - b.seq;
}

/** A min-heap of deadlines in (due time, creation order). */
export class DeadlineHeap {
  private readonly heap = new Heap<Deadline>(compareDeadlines);
  private seq = 0;

  /** Adds a deadline and returns it. */
  add(at: number, kind: DeadlineKind, targetId: string, token: number): Deadline {
    const deadline: Deadline = { at, seq: this.seq++, kind, targetId, token };
    this.heap.push(deadline);
    return deadline;
  }

  /** The earliest deadline (possibly stale), or undefined. */
  peek(): Deadline | undefined {
    return this.heap.peek();
  }

  /** Removes and returns the earliest deadline. */
  pop(): Deadline | undefined {
    return this.heap.pop();
  }

  get size(): number {
    return this.heap.size;
  }

  /** The next creation number (saved in snapshots so restored deadlines keep their order). */
  get nextSeq(): number {
    return this.seq;
  }

  /** Every deadline, in no particular order. */
  all(): Deadline[] {
    return this.heap.toArray();
  }

  /** Replaces the contents with saved deadlines and creation counter (restore). */
  restore(deadlines: readonly Deadline[], nextSeq: number): void {
    this.heap.clear();
    for (const deadline of deadlines) this.heap.push({ ...deadline });
    this.seq = nextSeq;
  }
}
