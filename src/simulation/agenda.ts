/**
 * The simulator's agenda: what simulated customers and agents do next, ordered by (time, insertion
 * order), so entries due at the same instant run in the order they were planned (deterministic).
 * A binary heap over parallel arrays: no object per entry on the hot path.
 */

/** A min-heap of (atMs, kind, ref) entries, first in first out among equal times. */
export class Agenda<T> {
  private readonly atMs: number[] = [];
  private readonly order: number[] = [];
  private readonly kinds: number[] = [];
  private readonly refs: T[] = [];
  private counter = 0;

  /** How many entries are planned. */
  get size(): number {
    return this.atMs.length;
  }

  /** The time of the earliest entry, or Infinity when empty. */
  peekAtMs(): number {
    return this.atMs.length === 0 ? Infinity : (this.atMs[0] as number);
  }

  /** The kind of the earliest entry (only when not empty). */
  peekKind(): number {
    return this.kinds[0] as number;
  }

  /** The reference of the earliest entry (only when not empty). */
  peekRef(): T {
    return this.refs[0] as T;
  }

  /** Plans `kind` on `ref` at `atMs`. */
  push(atMs: number, kind: number, ref: T): void {
    const order = this.counter++;
    let i = this.atMs.length;
    this.atMs.push(atMs);
    this.order.push(order);
    this.kinds.push(kind);
    this.refs.push(ref);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(atMs, order, parent)) break;
      this.copy(parent, i);
      i = parent;
    }
    this.set(i, atMs, order, kind, ref);
  }

  /** Removes the earliest entry (read it first with the peek methods). */
  pop(): void {
    const last = this.atMs.length - 1;
    const atMs = this.atMs[last] as number;
    const order = this.order[last] as number;
    const kind = this.kinds[last] as number;
    const ref = this.refs[last] as T;
    this.atMs.pop();
    this.order.pop();
    this.kinds.pop();
    this.refs.pop();
    if (last === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.before(this.atMs[right] as number, this.order[right] as number, left) ? right : left;
      if (!this.before(this.atMs[child] as number, this.order[child] as number, -1, atMs, order)) break;
      this.copy(child, i);
      i = child;
    }
    this.set(i, atMs, order, kind, ref);
  }

  /** Whether (atMs, order) comes before the entry at `j` (or before the key given instead). */
  private before(atMs: number, order: number, j: number, jAtMs = this.atMs[j] as number, jOrder = this.order[j] as number): boolean {
    return atMs < jAtMs || (atMs === jAtMs && order < jOrder);
  }

  private copy(from: number, to: number): void {
    this.set(to, this.atMs[from] as number, this.order[from] as number, this.kinds[from] as number, this.refs[from] as T);
  }

  private set(i: number, atMs: number, order: number, kind: number, ref: T): void {
    this.atMs[i] = atMs;
    this.order[i] = order;
    this.kinds[i] = kind;
    this.refs[i] = ref;
  }
}
