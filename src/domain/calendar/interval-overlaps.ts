/**
 * Finds overlapping opening intervals in calendar configuration, on wall-clock minutes: weekly intervals
 * on a circular week (so a Sunday 22:00-02:00 span overlaps a Monday 01:00 opening), and the intervals of
 * one exception day on a plain line. Intervals that merely touch (`08:00-12:00`, `12:00-16:00`) do not
 * overlap. Entries that are not valid themselves are skipped: their own schema reports them.
 */
import {
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
  WEEKDAYS,
  clockMinutes,
  isCloseTime,
  isOpenTime,
} from './wall-clock.js';

/** A pair of overlapping entries: the later one (`index`) and the earlier one it overlaps. */
export interface Overlap {
  /** Index of the later entry, where the problem is reported. */
  readonly index: number;
  /** Index of the earlier entry it overlaps. */
  readonly otherIndex: number;
}

interface MinuteRange {
  readonly startMin: number;
  readonly endMin: number;
}

/**
 * Every overlapping pair among weekly intervals (`{ day, open, close }`), a close at or before the open
 * meaning the interval runs past midnight into the next day.
 * @example
 * weeklyOverlaps([{ day: 'sun', open: '22:00', close: '02:00' }, { day: 'mon', open: '01:00', close: '09:00' }]);
 * // [{ index: 1, otherIndex: 0 }]
 */
export function weeklyOverlaps(entries: readonly unknown[]): Overlap[] {
  return findOverlaps(entries.map(weeklyRange), MINUTES_PER_WEEK);
}

/**
 * Every overlapping pair among the intervals (`{ open, close }`) of one exception day.
 * @example dayOverlaps([{ open: '08:00', close: '12:00' }, { open: '11:00', close: '13:00' }]);
 * // [{ index: 1, otherIndex: 0 }]
 */
export function dayOverlaps(entries: readonly unknown[]): Overlap[] {
  return findOverlaps(entries.map(dayRange), null);
}

function weeklyRange(entry: unknown): MinuteRange | null {
  if (entry === null || typeof entry !== 'object') return null;
  const { day, open, close } = entry as Record<string, unknown>;
  const dayIndex = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
  if (dayIndex < 0 || !isOpenTime(open) || !isCloseTime(close) || open === close) return null;
  const openMin = clockMinutes(open);
  const closeMin = clockMinutes(close);
  const startMin = dayIndex * MINUTES_PER_DAY + openMin;
  const lengthMin = closeMin > openMin ? closeMin - openMin : closeMin + MINUTES_PER_DAY - openMin;
  return { startMin, endMin: startMin + lengthMin };
}

function dayRange(entry: unknown): MinuteRange | null {
  if (entry === null || typeof entry !== 'object') return null;
  const { open, close } = entry as Record<string, unknown>;
  if (!isOpenTime(open) || !isCloseTime(close)) return null;
  const startMin = clockMinutes(open);
  const endMin = clockMinutes(close);
  return endMin > startMin ? { startMin, endMin } : null;
}

function findOverlaps(ranges: readonly (MinuteRange | null)[], periodMin: number | null): Overlap[] {
  const overlaps: Overlap[] = [];
  for (let index = 1; index < ranges.length; index++) {
    const later = ranges[index];
    if (!later) continue;
    for (let otherIndex = 0; otherIndex < index; otherIndex++) {
      const earlier = ranges[otherIndex];
      if (earlier && rangesOverlap(later, earlier, periodMin)) overlaps.push({ index, otherIndex });
    }
  }
  return overlaps;
}

function rangesOverlap(a: MinuteRange, b: MinuteRange, periodMin: number | null): boolean {
  if (intersects(a.startMin, a.endMin, b.startMin, b.endMin)) return true;
  if (periodMin === null) return false;
  // A span past the end of the week wraps to its start, so compare one period either side as well.
  return (
    intersects(a.startMin + periodMin, a.endMin + periodMin, b.startMin, b.endMin) ||
    intersects(a.startMin - periodMin, a.endMin - periodMin, b.startMin, b.endMin)
  );
}

function intersects(startA: number, endA: number, startB: number, endB: number): boolean {
  return startA < endB && startB < endA;
}
