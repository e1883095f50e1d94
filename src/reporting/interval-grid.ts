/**
 * The interval grid: intervals of `intervalMs` aligned to multiples of it (so 15-minute intervals
 * start on the quarter hour of UTC), numbered by `floor(atMs / intervalMs)`.
 */

/**
 * The index of the interval holding an instant.
 * @example intervalIndex(1_800_000, 900_000); // 2: the interval [1,800,000, 2,700,000)
 */
export function intervalIndex(atMs: number, intervalMs: number): number {
  return Math.floor(atMs / intervalMs);
}

/**
 * Splits the time span [startMs, endMs) at interval boundaries and calls `piece` for each part.
 * @example
 * splitByInterval(800, 2100, 1000, (i, s, e) => console.log(i, s, e)); // 0 800 1000, 1 1000 2000, 2 2000 2100
 */
export function splitByInterval(
  startMs: number,
  endMs: number,
  intervalMs: number,
  piece: (index: number, startMs: number, endMs: number) => void,
): void {
  let s = startMs;
  while (s < endMs) {
    const index = intervalIndex(s, intervalMs);
    const e = Math.min(endMs, (index + 1) * intervalMs);
    piece(index, s, e);
    s = e;
  }
}
