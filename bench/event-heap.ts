/**
 * The driver's agenda: what the simulated agents and customers do next, in (time, insertion order).
 * Parallel arrays instead of an object per entry, so the driver stays cheap next to the engine.
 */

/** A min-heap of (atMs, kind, id) entries, FIFO among equal times. */
export class EventHeap {
  private readonly atMs: number[] = [];
  private readonly order: number[] = [];
  private readonly kinds: number[] = [];
  private readonly ids: string[] = [];
  private counter = 0;

  get size(): number {
    return this.atMs.length;
  }

  /** The time of the earliest entry, or Infinity when empty. */
  peekAtMs(): number {
    return this.atMs.length === 0 ? Infinity : (this.atMs[0] as number);
  }

  /** The kind of the earliest entry (call only when not empty). */
  peekKind(): number {
    return this.kinds[0] as number;
  }

  /** The id of the earliest entry (call only when not empty). */
  peekId(): string {
    return this.ids[0] as string;
  }

  push(atMs: number, kind: number, id: string): void {
    let i = this.atMs.length;
    const order = this.counter++;
    this.atMs.push(atMs);
    this.order.push(order);
    this.kinds.push(kind);
    this.ids.push(id);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(atMs, order, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, atMs, order, kind, id);
  }

  /** Removes the earliest entry (read it first with the peek methods). */
  pop(): void {
    const last = this.atMs.length - 1;
    const atMs = this.atMs[last] as number;
    const order = this.order[last] as number;
    const kind = this.kinds[last] as number;
    const id = this.ids[last] as string;
    this.atMs.pop();
    this.order.pop();
    this.kinds.pop();
    this.ids.pop();
    if (last === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.lessAt(right, left) ? right : left;
      if (!this.less(this.atMs[child] as number, this.order[child] as number, i, atMs, order)) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, atMs, order, kind, id);
  }

  /** Whether (atMs, order) sorts before the entry at `j` (or before the given key when passed). */
  private less(atMs: number, order: number, j: number, jAtMs = this.atMs[j] as number, jOrder = this.order[j] as number): boolean {
    return atMs < jAtMs || (atMs === jAtMs && order < jOrder);
  }

  private lessAt(i: number, j: number): boolean {
    return this.less(this.atMs[i] as number, this.order[i] as number, j);
  }

  private move(from: number, to: number): void {
    this.set(to, this.atMs[from] as number, this.order[from] as number, this.kinds[from] as number, this.ids[from] as string);
  }

  private set(i: number, atMs: number, order: number, kind: number, id: string): void {
    this.atMs[i] = atMs;
    this.order[i] = order;
    this.kinds[i] = kind;
    this.ids[i] = id;
  }
}
