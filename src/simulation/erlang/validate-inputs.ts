/**
 * Input checks shared by the Erlang calculators. Each check throws a RangeError whose message names
 * the calculator, the field, the rule and the value, e.g.
 * `erlangC: agents must be a positive integer (got 0)`, so a caller can fix the input at once.
 *
 * Non-goal: coercion. A string or a missing field is rejected like any other bad value.
 */

function fail(caller: string, field: string, rule: string, value: unknown): never {
  throw new RangeError(`${caller}: ${field} must be ${rule} (got ${String(value)})`);
}

/**
 * Checks that a value is a positive safe integer, such as an agent or server count.
 * @example requirePositiveInteger('erlangC', 'agents', 14); // returns 14
 */
export function requirePositiveInteger(caller: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail(caller, field, 'a positive integer', value);
  }
  return value;
}

/**
 * Checks that a value is a finite number greater than zero, such as a rate or a mean time.
 * @example requirePositiveFinite('erlangC', 'handleTimeMeanSec', 180); // returns 180
 */
export function requirePositiveFinite(caller: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(caller, field, 'a finite number > 0', value);
  }
  return value;
}

/**
 * Checks that a value is a finite number of at least zero, such as a service-level threshold.
 * @example requireNonNegativeFinite('erlangC', 'serviceLevelThresholdSec', 20); // returns 20
 */
export function requireNonNegativeFinite(caller: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(caller, field, 'a finite number >= 0', value);
  }
  return value;
}

/**
 * Checks that a value is a probability strictly between 0 and 1, such as a service-level target.
 * @example requireOpenFraction('staffing', 'serviceLevelMin', 0.8); // returns 0.8
 */
export function requireOpenFraction(caller: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    fail(caller, field, 'a number strictly between 0 and 1', value);
  }
  return value;
}
