/**
 * A binary heap whose items know their own position, so any item can be removed or re-keyed in
 * O(log n). mnemonist's `Heap` has neither operation and is not FIFO among equal keys, and waiting
 * contacts leave queues from the middle (abandon, overflow, leave a message) all the time.
 */

/** An item an `IndexedHeap` can hold: the heap writes its position here (-1 when outside). */
export interface HeapSlot {
  heapIndex: number;
}

/** A min-heap ordered by `compare`, with O(log n) remove and update of any item. */
export class IndexedHeap<T extends HeapSlot> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  /** The smallest item, or undefined when empty. */
  peek(): T | undefined {
    return this.items[0];
  }

  /** The item at a position in the heap's array (any order): used for uniform random choice. */
  at(index: number): T | undefined {
    return this.items[index];
  }

  /** Compares two items with this heap's order (negative when `a` comes first). */
  compareItems(a: T, b: T): number {
    return this.compare(a, b);
  }

  /** Whether this heap holds the item. */
  has(item: T): boolean {
    return item.heapIndex >= 0 && this.items[item.heapIndex] === item;
  }

  push(item: T): void {
    item.heapIndex = this.items.length;
    this.items.push(item);
    this.siftUp(item.heapIndex);
  }

  /** Removes an item this heap holds. */
  remove(item: T): void {
    const index = item.heapIndex;
    const last = this.items.pop() as T;
    item.heapIndex = -1;
    if (last === item) return;
    this.items[index] = last;
    last.heapIndex = index;
    this.update(last);
  }

  /** Restores order after the item's key changed. */
  update(item: T): void {
    this.siftUp(item.heapIndex);
    this.siftDown(item.heapIndex);
  }

  /**
   * The smallest item for which `skip` is false. Explores the heap best-first, so the cost grows with
   * the number of skipped items, not with the heap's size.
   */
  firstWhere(skip: (item: T) => boolean): T | undefined {
    const root = this.items[0];
    if (root === undefined || !skip(root)) return root;
    const frontier: number[] = [1, 2];
    while (frontier.length > 0) {
      let bestAt = -1;
      for (let i = 0; i < frontier.length; i++) {
        const index = frontier[i] as number;
        if (index >= this.items.length) continue;
        if (bestAt < 0 || this.compare(this.items[index] as T, this.items[frontier[bestAt] as number] as T) < 0) bestAt = i;
      }
      if (bestAt < 0) return undefined;
      const index = frontier[bestAt] as number;
      const item = this.items[index] as T;
      if (!skip(item)) return item;
      frontier[bestAt] = 2 * index + 1;
      frontier.push(2 * index + 2);
    }
    return undefined;
  }

  /** How many items come before `item` in this heap's order (O(that count), not O(size)). */
  countBefore(item: T): number {
    let count = 0;
    const stack = this.items.length > 0 ? [0] : [];
    while (stack.length > 0) {
      const index = stack.pop() as number;
      const candidate = this.items[index] as T;
      if (candidate === item || this.compare(candidate, item) >= 0) continue;
      count++;
      if (2 * index + 1 < this.items.length) stack.push(2 * index + 1);
      if (2 * index + 2 < this.items.length) stack.push(2 * index + 2);
    }
    return count;
  }

  /** Every item, in heap-array order (not sorted). */
  values(): readonly T[] {
    return this.items;
  }

  private siftUp(start: number): void {
    const items = this.items;
    const item = items[start] as T;
    let index = start;
    while (index > 0) {
      const parentAt = (index - 1) >> 1;
      const parent = items[parentAt] as T;
      if (this.compare(item, parent) >= 0) break;
      items[index] = parent;
      parent.heapIndex = index;
      index = parentAt;
    }
    items[index] = item;
    item.heapIndex = index;
  }

  private siftDown(start: number): void {
    const items = this.items;
    const length = items.length;
    const item = items[start] as T;
    let index = start;
    for (;;) {
      const leftAt = 2 * index + 1;
      if (leftAt >= length) break;
      const rightAt = leftAt + 1;
      let childAt = leftAt;
      if (rightAt < length && this.compare(items[rightAt] as T, items[leftAt] as T) < 0) childAt = rightAt;
      const child = items[childAt] as T;
      if (this.compare(child, item) >= 0) break;
      items[index] = child;
      child.heapIndex = index;
      index = childAt;
    }
    items[index] = item;
    item.heapIndex = index;
  }
}
