/**
 * The event log's storage (`ChunkedList`) against a plain array: any sequence of pushes and drops
 * leaves the same items, read one by one or sliced, across chunk boundaries (chunks of 4 here).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedList } from '../../../src/engine/chunked-list.js';

type Op = { kind: 'push'; count: number } | { kind: 'drop'; count: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), count: fc.integer({ min: 1, max: 11 }) }),
  fc.record({ kind: fc.constant('drop' as const), count: fc.integer({ min: 0, max: 13 }) }),
);

/** What the chunks still hold: dropped items must not be among them. */
function held<T>(list: ChunkedList<T>): T[] {
  return (list as unknown as { chunks: (T | undefined)[][] }).chunks.flat().filter((item): item is T => item !== undefined);
}

function expectSame(list: ChunkedList<number>, model: number[]): void {
  expect(list.length).toBe(model.length);
  expect(held(list)).toEqual(model);
  expect(list.slice()).toEqual(model);
  for (let i = -1; i <= model.length; i++) expect(list.at(i)).toBe(model[i]);
  for (const start of [0, 1, 3, 4, 5, 2.5, model.length - 1, model.length, model.length + 2]) expect(list.slice(start)).toEqual(model.slice(Math.max(0, start)));
  // A negative or NaN start means the first item (unlike Array.prototype.slice for negatives).
  expect(list.slice(-2)).toEqual(model);
  expect(list.slice(NaN)).toEqual(model);
}

describe('ChunkedList', () => {
  it('holds what a plain array holds after any pushes and drops', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const list = new ChunkedList<number>(2);
        const model: number[] = [];
        let next = 0;
        for (const { kind, count } of ops) {
          if (kind === 'push') {
            for (let i = 0; i < count; i++) {
              list.push(next);
              model.push(next++);
            }
          } else {
            list.dropFirst(count);
            model.splice(0, count);
          }
          expectSame(list, model);
        }
      }),
    );
  });

  it('lets go of dropped items: none is reachable from the chunks', () => {
    const list = new ChunkedList<{ n: number }>(2);
    for (let n = 0; n < 10; n++) list.push({ n });
    list.dropFirst(1);
    list.dropFirst(5); // the rest of the first chunk, and two items of the chunk that stays
    expect(held(list).map((item) => item.n)).toEqual([6, 7, 8, 9]);
    list.dropFirst(1);
    expect(held(list)).toHaveLength(3);
  });

  it('starts over empty after dropping everything, and keeps working', () => {
    const list = new ChunkedList<number>(2);
    for (let n = 0; n < 7; n++) list.push(n);
    list.dropFirst(100);
    expect(list.length).toBe(0);
    expect(list.slice()).toEqual([]);
    list.push(42);
    expect(list.at(0)).toBe(42);
    expect(list.slice()).toEqual([42]);
  });
});
