/**
 * Checksums of benchmark results (TigerBeetle `bench.zig`): a hash of what the run produced, so an
 * "optimisation" that changes routing semantics shows up as a changed checksum, not a faster number.
 */

/** An incremental 32-bit FNV-1a hash over strings and integers. */
export class Checksum {
  private hash = 0x811c9dc5;

  /** Adds a string (each UTF-16 unit) followed by a separator. */
  text(value: string): this {
    for (let i = 0; i < value.length; i++) this.unit(value.charCodeAt(i));
    this.unit(0x1f);
    return this;
  }

  /** Adds a number through its decimal text (exact for integers, stable for doubles). */
  number(value: number): this {
    return this.text(String(value));
  }

  /** Adds `name=count` pairs in name order. */
  counts(counts: ReadonlyMap<string, number> | Readonly<Record<string, number>>): this {
    const entries = counts instanceof Map ? [...counts.entries()] : Object.entries(counts);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, count] of entries) this.text(name).number(count);
    return this;
  }

  /** Adds every value of an integer array. */
  numbers(values: ArrayLike<number>): this {
    for (let i = 0; i < values.length; i++) this.number(values[i] as number);
    return this;
  }

  /** The hash as 8 hex digits. */
  digest(): string {
    return (this.hash >>> 0).toString(16).padStart(8, '0');
  }

  private unit(code: number): void {
    this.hash = Math.imul(this.hash ^ code, 0x01000193);
  }
}
