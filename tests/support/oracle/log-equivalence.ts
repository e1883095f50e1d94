/**
 * Invariants 13 and 14 compare whole logs: the same inputs must give byte-identical events, and a
 * restored engine must continue exactly like the uninterrupted one. This names the first difference.
 */
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';

/** The first difference between two logs, as a readable sentence, or null when they are byte-identical. */
export function firstDifference(expected: readonly SwitchboardEvent[], actual: readonly SwitchboardEvent[], what: string): string | null {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    const a = expected[i] === undefined ? '(nothing)' : JSON.stringify(expected[i]);
    const b = actual[i] === undefined ? '(nothing)' : JSON.stringify(actual[i]);
    if (a !== b) return `${what}: event ${i} differs\n  expected ${a}\n  actual   ${b}`;
  }
  return null;
}
