/**
 * Test helper: the chain of state changes `nextChangeAfter` reports from an instant, as ISO strings so
 * that a failure shows readable instants.
 */
import { type Calendar, nextChangeAfter } from '../../../../src/time/calendar/index.js';

/** One change as `[ISO instant, open]`. */
export type ChangeRow = [string, boolean];

/** Follows `nextChangeAfter` from `fromMs` for at most `countMax` changes. */
export function walkChanges(calendar: Calendar, fromMs: number, countMax: number): ChangeRow[] {
  const rows: ChangeRow[] = [];
  let atMs = fromMs;
  while (rows.length < countMax) {
    const change = nextChangeAfter(calendar, atMs);
    if (change === null) break;
    rows.push([iso(change.atMs), change.open]);
    atMs = change.atMs;
  }
  return rows;
}

/** An instant as an ISO string. */
export function iso(atMs: number): string {
  return new Date(atMs).toISOString();
}
