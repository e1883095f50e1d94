/**
 * A list that grows at the back and drops from the front, stored in chunks of 2^bits items: the
 * event log's storage. One array of millions of events was grown by copying it into a larger one in
 * V8's large-object space (and storing each young event in that old array paid the write barrier);
 * a chunk is a small array that usually fills while it is young, and growing means adding a chunk.
 */
export class ChunkedList<T> {
  private readonly chunks: (T | undefined)[][] = [];
  /** Index in `chunks[0]` of the first item; the items before it were dropped. */
  private head = 0;
  private count = 0;
  private readonly mask: number;

  /** `bits`: each chunk holds 2^bits items (4,096 by default). */
  constructor(private readonly bits = 12) {
    this.mask = (1 << bits) - 1;
  }

  get length(): number {
    return this.count;
  }

  push(item: T): void {
    const at = this.head + this.count;
    const chunk = at >> this.bits;
    if (chunk === this.chunks.length) this.chunks.push([]);
    (this.chunks[chunk] as (T | undefined)[]).push(item);
    this.count++;
  }

  /** The item at `index` (0 is the first), or undefined outside the list. */
  at(index: number): T | undefined {
    if (index < 0 || index >= this.count) return undefined;
    const at = this.head + index;
    return (this.chunks[at >> this.bits] as (T | undefined)[])[at & this.mask];
  }

  /** The items from `start` to the end, as a new array (a negative or NaN `start` means the first). */
  slice(start = 0): T[] {
    const out: T[] = [];
    const end = this.head + this.count;
    let at = this.head + (start > 0 ? Math.floor(start) : 0);
    while (at < end) {
      const chunk = this.chunks[at >> this.bits] as T[];
      const from = at & this.mask;
      const to = Math.min(chunk.length, from + (end - at));
      for (let i = from; i < to; i++) out.push(chunk[i] as T);
      at += to - from;
    }
    return out;
  }

  /** Drops the first `n` items (all of them when `n` is larger); nothing keeps a dropped item alive. */
  dropFirst(n: number): void {
    const drop = Math.min(Math.max(0, Math.floor(n)), this.count);
    const end = this.head + drop;
    const whole = end >> this.bits;
    if (whole > 0) this.chunks.splice(0, whole);
    this.head = end & this.mask;
    this.count -= drop;
    // The first chunk's dropped slots are cleared so that they release their items.
    const first = this.chunks[0];
    if (first !== undefined) first.fill(undefined, whole > 0 ? 0 : end - drop, this.head);
  }
}
