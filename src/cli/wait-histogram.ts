/**
 * The wait-time distribution of the HTML report: a histogram of the waits of answered contacts,
 * counted as the report counts them (each contact once, at its first answer, if its first enqueue is
 * at or after the report's `countFromMs`), so the counts add up to `report.overall.answered`.
 *
 * It reads the event log (`runSimulation(..., { keepEvents: true })`): `SimulationResult` carries the
 * report's percentiles but not the waits themselves.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';

/** A histogram: bucket i holds waits in [i * bucketMs, (i + 1) * bucketMs); the last may be open. */
export interface WaitHistogram {
  readonly bucketMs: number;
  /** Bucket labels, e.g. `0-10 s`, the last `>= 2 min` when it is open. */
  readonly labels: readonly string[];
  readonly counts: readonly number[];
  /** Waits counted (answered contacts). */
  readonly total: number;
}

/** Bucket widths to choose from: round numbers of seconds and minutes. */
const BUCKET_MS_CHOICES = [1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000];
/** Most buckets before the open last one. */
const BUCKETS_MAX = 20;

/**
 * The answered waits of the contacts the report counts, in ms, in log order.
 * @example answeredWaitsMs(result.events ?? [], result.report.countFromMs);
 */
export function answeredWaitsMs(events: readonly SwitchboardEvent[], countFromMs: number): number[] {
  const counted = new Map<string, boolean>();
  const waits: number[] = [];
  for (const event of events) {
    if (event.type === 'contact.queued') {
      if (!counted.has(event.contactId)) counted.set(event.contactId, event.at >= countFromMs);
    } else if (event.type === 'contact.assigned' && counted.get(event.contactId) === true) {
      waits.push(event.waitMs);
      counted.set(event.contactId, false);
    }
  }
  return waits;
}

/**
 * Buckets waits: the narrowest round width that covers the 99th percentile in `BUCKETS_MAX` buckets;
 * waits beyond go to an open last bucket.
 * @example waitHistogram([1_200, 4_000, 31_000]).labels; // ['0-2 s', '2-4 s', ..., '30-32 s']
 */
export function waitHistogram(waitsMs: readonly number[]): WaitHistogram {
  const sorted = [...waitsMs].sort((a, b) => a - b);
  const coverMs = sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
  const bucketMs = BUCKET_MS_CHOICES.find((width) => Math.floor(coverMs / width) < BUCKETS_MAX) ?? (BUCKET_MS_CHOICES.at(-1) as number);
  const closed = Math.min(BUCKETS_MAX, Math.floor(coverMs / bucketMs) + 1);
  const counts = new Array<number>(closed).fill(0);
  let open = 0;
  for (const waitMs of sorted) {
    const index = Math.floor(waitMs / bucketMs);
    if (index < closed) counts[index] = (counts[index] as number) + 1;
    else open++;
  }
  const [unit, unitMs] = bucketMs % 60_000 === 0 ? ['min', 60_000] : ['s', 1_000];
  const labels = counts.map((_, i) => `${(i * bucketMs) / unitMs}-${((i + 1) * bucketMs) / unitMs} ${unit}`);
  if (open > 0) {
    counts.push(open);
    labels.push(`>= ${(closed * bucketMs) / unitMs} ${unit}`);
  }
  return { bucketMs, labels, counts, total: sorted.length };
}
