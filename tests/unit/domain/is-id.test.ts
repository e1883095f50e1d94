/**
 * `isId` checks ids a character at a time; it must agree with `ID_PATTERN` and `RESERVED_IDS`, which
 * the configuration schema uses, for every string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, isId, RESERVED_IDS } from '../../../src/domain/config/primitives.schema.js';

const reference = (value: string): boolean => ID_PATTERN.test(value) && !RESERVED_IDS.has(value);

describe('isId', () => {
  it('takes ids of letters, digits and _.:@- that start with a letter or digit, up to 128 characters', () => {
    for (const id of ['a', '7', 'c-17', 'agent_7.sales:eu@x-1', 'A'.repeat(128), 'toString1', 'valueOf-x']) expect(isId(id), id).toBe(true);
    for (const id of ['', '-a', '_a', '.a', 'a b', 'a/b', 'é', 'a\u{1F600}', 'A'.repeat(129), 'a\n']) expect(isId(id), id).toBe(false);
  });

  it('refuses the names of Object.prototype members', () => {
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']) expect(isId(name), name).toBe(false);
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 7, {}, ['a'], true]) expect(isId(value)).toBe(false);
  });

  it('agrees with the pattern and the reserved names for any string', () => {
    const pieces = fc.oneof(fc.constantFrom(...RESERVED_IDS), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('a', '7', '-', '_', '.', ':', '@', ' '));
    const candidate = fc.oneof(
      fc.array(pieces, { maxLength: 4 }).map((parts) => parts.join('')),
      fc.constantFrom(...RESERVED_IDS),
      fc.integer({ min: 126, max: 130 }).map((n) => 'x'.repeat(n)),
      fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
    );
    fc.assert(fc.property(candidate, (value) => isId(value) === reference(value)), { numRuns: 2000 });
  });
});
