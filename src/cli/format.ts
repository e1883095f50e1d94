/**
 * Number formatting shared by the summary, the Erlang tables and the HTML report: percentages,
 * seconds and spans, with `-` for a value that is undefined (null: no contacts to measure).
 */
import { DateTime } from 'luxon';

/** What an undefined figure prints as. */
export const NONE = '-';

/**
 * A fraction as a percentage with one decimal.
 * @example formatPercent(0.8657); // '86.6 %'
 */
export function formatPercent(fraction: number | null): string {
  if (fraction === null || Number.isNaN(fraction)) return NONE;
  return `${(fraction * 100).toFixed(1)} %`;
}

/**
 * Milliseconds as seconds with one decimal (`∞` for an unstable queue's waits).
 * @example formatSeconds(8606.2); // '8.6 s'
 */
export function formatSeconds(ms: number | null): string {
  if (ms === null || Number.isNaN(ms)) return NONE;
  if (ms === Infinity) return '∞';
  return `${(ms / 1_000).toFixed(1)} s`;
}

/**
 * A threshold in seconds, without decimals when it is a whole number of seconds.
 * @example formatThreshold(20_000); // '20 s'
 */
export function formatThreshold(ms: number): string {
  return Number.isInteger(ms / 1_000) ? `${ms / 1_000} s` : formatSeconds(ms);
}

/**
 * A duration in words, largest units first, to the second (or in ms below a second).
 * @example formatSpan(29_445_892); // '8 h 10 min 46 s'
 */
export function formatSpan(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  let seconds = Math.round(ms / 1_000);
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['min', 60]] as const) {
    if (seconds >= size) parts.push(`${Math.floor(seconds / size)} ${unit}`);
    seconds %= size;
  }
  if (seconds > 0 || parts.length === 0) parts.push(`${seconds} s`);
  return parts.join(' ');
}

/**
 * A duration as a flag value the CLI parses back (`8h`, `90m`, `1h30m`, `45s`, `500ms`).
 * @example formatDurationFlag(5_400_000); // '1h30m'
 */
export function formatDurationFlag(ms: number): string {
  let rest = ms;
  let out = '';
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1_000]] as const) {
    if (rest >= size) out += `${Math.floor(rest / size)}${unit}`;
    rest %= size;
  }
  return rest > 0 || out === '' ? `${out}${rest}ms` : out;
}

/**
 * An instant in a time zone, to the second, with its offset.
 * @example formatInstant(startMs, 'Europe/Warsaw'); // '2026-03-02 08:00:00 +01:00'
 */
export function formatInstant(atMs: number, timeZone: string): string {
  return DateTime.fromMillis(atMs, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm:ss ZZ');
}

/**
 * A clock time in a time zone, for chart labels (`08:30`, or `Tue 08:30` after the first day).
 * @example formatClock(startMs, startMs, 'Europe/Warsaw'); // '08:00'
 */
export function formatClock(atMs: number, startMs: number, timeZone: string): string {
  const at = DateTime.fromMillis(atMs, { zone: timeZone });
  const sameDay = at.hasSame(DateTime.fromMillis(startMs, { zone: timeZone }), 'day');
  return at.toFormat(sameDay ? 'HH:mm' : 'ccc HH:mm');
}
