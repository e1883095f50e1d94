/**
 * Options of a report (and of the live statistics, which use the same definitions), their defaults
 * and their validation. A bad option throws a RangeError naming the option and the value.
 */

/** How a report over an event log is cut and measured. */
export interface ReportOptions {
  /** Start of the report; default: the first event's `at`. Earlier events still set the state. */
  readonly fromMs?: number;
  /** End of the report; default: the last event's `at`. Later events are ignored. */
  readonly toMs?: number;
  /**
   * Warm-up after `fromMs`: contacts that arrive before `fromMs + warmupMs` are not counted, and agent
   * time before it is not counted. Default 0.
   */
  readonly warmupMs?: number;
  /** Length of an interval; intervals are aligned to multiples of it (clock quarter hours). Default 900,000 (15 min). */
  readonly intervalMs?: number;
  /** The service-level threshold T: answered within T means `waitMs <= T`. Default 20,000. */
  readonly serviceLevelThresholdMs?: number;
  /** Values kept per measure for percentiles; past it the oldest are dropped (count, mean, max stay exact). Default 10,000,000. */
  readonly valuesMax?: number;
  /** Intervals kept; older ones are dropped from `intervals` (their figures stay in the totals). Default 2,880 (30 days of 15 min). */
  readonly intervalsMax?: number;
  /** Ended contacts remembered so a late rating still finds its queue and interval. Default 100,000. */
  readonly endedContactsMax?: number;
}

/** Report options with defaults applied; `fromMs` and `toMs` stay optional (taken from the log). */
export interface ResolvedReportOptions {
  readonly fromMs: number | undefined;
  readonly toMs: number | undefined;
  readonly warmupMs: number;
  readonly intervalMs: number;
  readonly serviceLevelThresholdMs: number;
  readonly valuesMax: number;
  readonly intervalsMax: number;
  readonly endedContactsMax: number;
}

/** Default interval: 15 minutes. */
export const DEFAULT_INTERVAL_MS = 900_000;
/** Default service-level threshold: 20 seconds. */
export const DEFAULT_SERVICE_LEVEL_THRESHOLD_MS = 20_000;

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isFinite(v) || v < 0) throw new RangeError(`switchboard/report: ${name} must be a finite number >= 0 (got ${v})`);
  return v;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`switchboard/report: ${name} must be a positive integer (got ${v})`);
  return v;
}

function instant(name: string, value: number | undefined): number | undefined {
  if (value !== undefined && !Number.isFinite(value)) {
    throw new RangeError(`switchboard/report: ${name} must be a finite number (got ${value})`);
  }
  return value;
}

/**
 * Applies defaults and checks every option.
 * @example resolveReportOptions({ intervalMs: 60_000 }).serviceLevelThresholdMs; // 20000
 */
export function resolveReportOptions(options: ReportOptions = {}): ResolvedReportOptions {
  const fromMs = instant('fromMs', options.fromMs);
  const toMs = instant('toMs', options.toMs);
  if (fromMs !== undefined && toMs !== undefined && toMs < fromMs) {
    throw new RangeError(`switchboard/report: toMs must be >= fromMs (got toMs ${toMs}, fromMs ${fromMs})`);
  }
  return {
    fromMs,
    toMs,
    warmupMs: nonNegative('warmupMs', options.warmupMs, 0),
    intervalMs: positiveInteger('intervalMs', options.intervalMs, DEFAULT_INTERVAL_MS),
    serviceLevelThresholdMs: nonNegative('serviceLevelThresholdMs', options.serviceLevelThresholdMs, DEFAULT_SERVICE_LEVEL_THRESHOLD_MS),
    valuesMax: positiveInteger('valuesMax', options.valuesMax, 10_000_000),
    intervalsMax: positiveInteger('intervalsMax', options.intervalsMax, 2_880),
    endedContactsMax: positiveInteger('endedContactsMax', options.endedContactsMax, 100_000),
  };
}
