/**
 * `jsonCopy` reuses one walk state between calls: a copy refused deep inside a command must not leave
 * its path behind for the next command's error.
 */
import { describe, expect, it } from 'vitest';
import { jsonCopy } from '../../../src/domain/json-command.js';

describe('jsonCopy', () => {
  it('copies plain JSON and drops undefined fields', () => {
    const input = { a: 1, b: undefined, c: [true, 'x', null], d: { e: 2 } };
    const copied = jsonCopy(input);
    expect(copied).toStrictEqual({ ok: true, value: { a: 1, c: [true, 'x', null], d: { e: 2 } } });
    const value = (copied as { value: typeof input }).value;
    expect([value, value.c, value.d]).not.toContain(input);
    expect(value.c).not.toBe(input.c);
    expect(value.d).not.toBe(input.d);
  });

  it('names where a refused value is, and starts each command from its root', () => {
    expect(jsonCopy({ a: { b: [1, Number.NaN] } })).toEqual({ ok: false, problem: 'command.a.b[1] must be a finite number (got NaN)' });
    expect(jsonCopy({ x: Infinity })).toEqual({ ok: false, problem: 'command.x must be a finite number (got Infinity)' });
    expect(jsonCopy({ y: 1 })).toEqual({ ok: true, value: { y: 1 } });
  });
});
