/**
 * Turns local wall times into instants in an IANA zone, with the calendar's daylight-saving rules:
 * - a wall time that does not exist (spring forward, e.g. 02:30 on 29 March 2026 in Warsaw) moves forward
 *   to the first valid instant, which is the moment of the switch (03:00 CEST, 01:00Z): the first
 *   instant whose wall clock reads at or after the requested time;
 * - an ambiguous wall time (fall back, e.g. 02:30 on 25 October 2026 in Warsaw) is its first
 *   occurrence (02:30 CEST, 00:30Z).
 *
 * Luxon's zone data gives the offsets (`Zone.offset`). `DateTime.fromObject` is not used because it
 * resolves both cases the other way: it shifts a missing 02:30 to 03:30 and picks the later 02:30.
 * Assumes a zone changes its offset at most once in any four days, which holds for every current zone.
 */
import type { Zone } from 'luxon';
import { DAY_MS, MINUTE_MS } from '../../domain/calendar/wall-clock.js';

/**
 * The instant (UTC milliseconds) of a wall time in a zone, by the rules in the module header.
 * @example
 * const zone = IANAZone.create('Europe/Warsaw');
 * wallTimeToInstant(zone, Date.UTC(2026, 2, 29, 2, 30)); // Date.UTC(2026, 2, 29, 1, 0): the switch
 */
export function wallTimeToInstant(zone: Zone, wallMs: number): number {
  return resolveWallTime(zone, wallMs, zone.offset(wallMs - DAY_MS), zone.offset(wallMs + DAY_MS));
}

/**
 * The offset (minutes) in force throughout the two wall-clock days starting at `dayWallMs`, or null when
 * the offset changes somewhere near them. Lets a caller resolve a whole day with one subtraction.
 */
export function steadyOffsetOfDays(zone: Zone, dayWallMs: number): number | null {
  // Wall times are at most 14 hours off their instants, so probing a day either side brackets them.
  const before = zone.offset(dayWallMs - DAY_MS);
  const after = zone.offset(dayWallMs + 3 * DAY_MS);
  return before === after ? before : null;
}

/** Resolves a wall time given the offsets in force a day before and a day after it. */
function resolveWallTime(zone: Zone, wallMs: number, beforeMin: number, afterMin: number): number {
  const withBefore = wallMs - beforeMin * MINUTE_MS;
  if (beforeMin === afterMin) return withBefore;
  const withAfter = wallMs - afterMin * MINUTE_MS;
  const beforeFits = zone.offset(withBefore) === beforeMin;
  const afterFits = zone.offset(withAfter) === afterMin;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (beforeFits) return withBefore;
  if (afterFits) return withAfter;
  return firstInstantWithOffset(zone, withAfter, withBefore, beforeMin);
}

/**
 * In a spring-forward gap: the switch instant, found by bisection between the instant the wall time
 * would have with the new offset (`lowMs`, still on the old offset) and with the old one (`highMs`).
 */
function firstInstantWithOffset(zone: Zone, lowMs: number, highMs: number, oldOffsetMin: number): number {
  let low = lowMs;
  let high = highMs;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zone.offset(middle) === oldOffsetMin) low = middle;
    else high = middle;
  }
  return high;
}
