/**
 * Tolerance helpers for the Erlang tests: relative comparison for computed values and
 * "half a unit of the last printed digit" for published, rounded values.
 */

/**
 * The relative difference |actual − expected| / |expected|, or the absolute difference when
 * expected is 0.
 * @example relativeError(1.000001, 1); // ≈ 1e-6
 */
export function relativeError(actual: number, expected: number): number {
  const difference = Math.abs(actual - expected);
  return expected === 0 ? difference : difference / Math.abs(expected);
}

/**
 * The number of digits after the decimal point in the shortest printed form of a number, which is
 * how JSON writers (Python's repr, JavaScript's String) print it.
 * @example printedDecimals(0.88835); // 5
 */
export function printedDecimals(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/**
 * The tolerance for a published value: half a unit of its last printed digit (a whole unit when the
 * source calls it approximate), but never below 4 ulps, because a value printed to full double
 * precision cannot be reproduced more tightly than floating-point rounding allows.
 * @example publishedTolerance(0.88835, false); // 5e-6
 */
export function publishedTolerance(value: number, approximate: boolean): number {
  const unit = 10 ** -printedDecimals(value);
  return Math.max(approximate ? unit : unit / 2, 4 * Number.EPSILON * Math.abs(value));
}
