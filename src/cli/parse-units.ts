/**
 * Parses the CLI's unit-bearing arguments: durations (`8h`, `90m`, `30s`, `500ms`, `1h30m`), rates
 * (`200/h`, `100/30m`), service-level targets (`80/20s`) and integers. Each parser throws a
 * `UsageError` naming the flag, the expected form and the text it got.
 *
 * Non-goal: range checks of the values themselves (a rate of `0/h`): the simulator and the Erlang
 * calculators check those and name the rule.
 */
import { UsageError } from './usage-error.js';

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const DURATION_PART = new RegExp(`(${NUMBER})(ms|min|s|m|h|d)`, 'gy');
const DURATION_FORM = 'a duration such as 8h, 90m, 30s, 500ms or 1h30m';

/**
 * Parses a duration into milliseconds: one or more `<number><unit>` parts, units ms, s, m (or min), h, d.
 * @example parseDurationMs('1h30m', '--horizon'); // 5_400_000
 */
export function parseDurationMs(text: string, flag: string): number {
  const ms = durationMsOrNull(text.trim());
  if (ms === null) throw new UsageError(`${flag} must be ${DURATION_FORM} (got ${JSON.stringify(text)})`);
  return ms;
}

function durationMsOrNull(text: string): number | null {
  if (text === '') return null;
  DURATION_PART.lastIndex = 0;
  let totalMs = 0;
  while (DURATION_PART.lastIndex < text.length) {
    const match = DURATION_PART.exec(text);
    if (match === null) return null;
    totalMs += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  }
  return totalMs;
}

/**
 * Parses a rate `<count>/<duration or unit>` into contacts per second.
 * @example parseRatePerSec('100/30m', '--arrivals'); // 100 / 1800
 */
export function parseRatePerSec(text: string, flag: string): number {
  const match = new RegExp(`^(${NUMBER})/(.+)$`).exec(text.trim());
  const periodMs = match === null ? null : durationMsOrNull(/^[a-z]+$/.test(match[2] as string) ? `1${match[2]}` : (match[2] as string));
  if (match === null || periodMs === null || periodMs === 0) {
    throw new UsageError(`${flag} must be a rate such as 200/h or 100/30m (got ${JSON.stringify(text)})`);
  }
  return Number(match[1]) / (periodMs / 1_000);
}

/** A service-level target: at least `serviceLevelMin` of the contacts answered within `thresholdMs`. */
export interface ServiceLevelTarget {
  /** The fraction to reach, from the percentage given. */
  readonly serviceLevelMin: number;
  readonly thresholdMs: number;
}

/**
 * Parses a service-level target `<percent>/<duration>`, e.g. 80 % answered within 20 s.
 * @example parseTarget('80/20s', '--target'); // { serviceLevelMin: 0.8, thresholdMs: 20_000 }
 */
export function parseTarget(text: string, flag: string): ServiceLevelTarget {
  const match = new RegExp(`^(${NUMBER})%?/(.+)$`).exec(text.trim());
  const thresholdMs = match === null ? null : durationMsOrNull(match[2] as string);
  if (match === null || thresholdMs === null) {
    throw new UsageError(`${flag} must be a target such as 80/20s (80 % answered within 20 s) (got ${JSON.stringify(text)})`);
  }
  return { serviceLevelMin: Number(match[1]) / 100, thresholdMs };
}

/**
 * Parses a whole number (optionally negative), at least `min`.
 * @example parseInteger('2000', '--customers', 1); // 2000
 */
export function parseInteger(text: string, flag: string, min = -Number.MAX_SAFE_INTEGER): number {
  const value = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    const rule = min === -Number.MAX_SAFE_INTEGER ? 'an integer' : `an integer >= ${min}`;
    throw new UsageError(`${flag} must be ${rule} (got ${JSON.stringify(text)})`);
  }
  return value;
}
