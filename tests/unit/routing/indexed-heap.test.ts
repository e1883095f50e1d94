/**
 * `IndexedHeap` against a plain list: after any sequence of pushes, removals and re-keyed updates the
 * head is the least item by the heap's order, no item comes before its parent, every item knows its
 * position, and a removed item is no longer held.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedHeap } from '../../../src/routing/indexed-heap.js';

interface Item {
  readonly id: number;
  key: number;
  heapIndex: number;
}

const order = (a: Item, b: Item): number => a.key - b.key || a.id - b.id;

type Op = { kind: 'push'; key: number } | { kind: 'remove'; pick: number } | { kind: 'update'; pick: number; key: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), key: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), key: fc.integer({ min: 0, max: 20 }) }),
);

/** Applies the operations to a heap and to a list, checking the heap against the list after each. */
function run(ops: readonly Op[]): void {
  const heap = new IndexedHeap<Item>(order);
  const held: Item[] = [];
  let nextId = 0;
  for (const step of ops) {
    if (step.kind === 'push') {
      const item = { id: nextId++, key: step.key, heapIndex: -1 };
      heap.push(item);
      held.push(item);
    } else if (held.length > 0) {
      const item = held[step.pick % held.length]!;
      if (step.kind === 'remove') {
        heap.remove(item);
        held.splice(held.indexOf(item), 1);
        expect(heap.has(item)).toBe(false);
      } else {
        item.key = step.key;
        heap.update(item);
      }
    }
    const least = [...held].sort(order)[0];
    expect(heap.peek()).toBe(least);
    expect(heap.size).toBe(held.length);
    for (const item of held) expect(heap.values()[item.heapIndex]).toBe(item);
    // The heap property everywhere, not only at the top: no item comes before its parent.
    const items = heap.values();
    for (let i = 1; i < items.length; i++) expect(order(items[(i - 1) >> 1]!, items[i]!)).toBeLessThanOrEqual(0);
  }
}

describe('IndexedHeap', () => {
  it('keeps the least item on top and every position right, through pushes, removals and updates', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 40, maxLength: 120 }), (ops) => run(ops)), { numRuns: 300 });
  });
});
