/**
 * The engine's one queue of deadlines (offer expiry, wrap-up end, re-offer cooldowns, queue timers,
 * callbacks, calendar edges, rating windows). Deadlines are data in engine state, not xstate `after`
 * timers, so a snapshot holds them all.
 *
 * Almost every deadline is "now + a configured delay", and engine time never goes back, so deadlines
 * with the same delay are created in due order. Each delay gets a FIFO lane, and a small heap orders
 * the lanes by their first deadline: adding and firing cost O(1) plus O(log lanes), not O(log n).
 * Cancelled deadlines are not removed: each kind checks on firing whether it still applies.
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

/** A deadline as saved in a snapshot: due time, creation order, kind, the id it acts on, a token. */
export interface SavedDeadline {
  readonly at: number;
  readonly seq: number;
  readonly kind: DeadlineKind;
  readonly targetId: string;
  readonly token: number;
}

/**
 * A deadline. `target` is the record it acts on, so checking staleness needs no map lookup on the hot
 * path; it is null for deadlines restored from a snapshot, which are looked up by `targetId`.
 */
export interface Deadline extends SavedDeadline {
  readonly target: object | null;
}

/** Deadlines in due order, read from `next`. */
interface Lane {
  readonly key: number;
  readonly items: Deadline[];
  next: number;
}

function compareDeadlines(a: SavedDeadline, b: SavedDeadline): number {
  return a.at - b.at || a.seq - b.seq;
}

function compareLanes(a: Lane, b: Lane): number {
  return compareDeadlines(a.items[a.next] as Deadline, b.items[b.next] as Deadline);
}

/** Lane key for deadlines restored from a snapshot (added in due order, like any lane). */
const RESTORED = -1;

/** Deadlines in (due time, creation order). */
export class DeadlineHeap {
  private readonly lanes = new Map<number, Lane>();
  private readonly heads = new Heap<Lane>(compareLanes);
  private seq = 0;
  private count = 0;

  /** `nowMs` reads engine time, which never goes back: it makes each lane's order hold. */
  constructor(private readonly nowMs: () => number) {}

  /** Adds a deadline for a record (an offer, contact, session or queue) and returns it. */
  add(at: number, kind: DeadlineKind, target: { readonly id: string }, token: number): Deadline {
    const deadline: Deadline = { at, seq: this.seq++, kind, targetId: target.id, token, target };
    this.push(at - this.nowMs(), deadline);
    return deadline;
  }

  /** The earliest deadline (possibly stale), or undefined. */
  peek(): Deadline | undefined {
    const lane = this.heads.peek();
    return lane === undefined ? undefined : lane.items[lane.next];
  }

  /** Removes and returns the earliest deadline. */
  pop(): Deadline | undefined {
    const lane = this.heads.peek();
    if (lane === undefined) return undefined;
    const deadline = lane.items[lane.next++] as Deadline;
    this.count--;
    if (lane.next === lane.items.length) {
      this.heads.pop();
      this.lanes.delete(lane.key);
    } else {
      // Compact now and then, so a busy lane does not keep every deadline it ever held.
      if (lane.next >= 1024 && lane.next * 2 >= lane.items.length) {
        lane.items.splice(0, lane.next);
        lane.next = 0;
      }
      this.heads.replace(lane);
    }
    return deadline;
  }

  get size(): number {
    return this.count;
  }

  /** The next creation number (saved in snapshots so restored deadlines keep their order). */
  get nextSeq(): number {
    return this.seq;
  }

  /** Every deadline, in no particular order. */
  all(): Deadline[] {
    const all: Deadline[] = [];
    for (const lane of this.lanes.values()) for (let i = lane.next; i < lane.items.length; i++) all.push(lane.items[i] as Deadline);
    return all;
  }

  /** Replaces the contents with saved deadlines and creation counter (restore). */
  restore(deadlines: readonly SavedDeadline[], nextSeq: number): void {
    this.lanes.clear();
    this.heads.clear();
    this.count = 0;
    for (const saved of [...deadlines].sort(compareDeadlines)) this.push(RESTORED, { ...saved, target: null });
    this.seq = nextSeq;
  }

  private push(key: number, deadline: Deadline): void {
    let lane = this.lanes.get(key);
    const last = lane?.items[lane.items.length - 1];
    if (lane !== undefined && last !== undefined && compareDeadlines(last, deadline) > 0) {
      // Out of order for its lane (possible only for restored deadlines): give it a lane of its own.
      return this.push(key - 0.5, deadline);
    }
    this.count++;
    if (lane === undefined) {
      lane = { key, items: [deadline], next: 0 };
      this.lanes.set(key, lane);
      this.heads.push(lane);
      return;
    }
    lane.items.push(deadline);
  }
}
