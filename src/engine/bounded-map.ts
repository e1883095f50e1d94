/**
 * A Map that forgets its oldest entries past a size bound (insertion order), for memories that must
 * not grow without limit: repeated command ids, ended contacts, resolved offers.
 */

/** A `Map` bounded to `sizeMax` entries; the oldest insertions are dropped first. */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly sizeMax: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): void {
    if (this.sizeMax <= 0) return;
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.sizeMax) {
      const oldest = this.map.keys().next();
      if (oldest.done !== true) this.map.delete(oldest.value);
    }
  }

  get size(): number {
    return this.map.size;
  }

  /** Entries, oldest first (for snapshots). */
  entries(): IterableIterator<[K, V]> {
    return this.map.entries();
  }
}
