/**
 * A journal the harness can hand from one engine to the next: every view appends to one shared list
 * of entries, and a view is muted when its engine stops being the one under test (it becomes the
 * twin, or is replaced), so only one engine ever writes.
 */
import type { Journal, JournalContents, JournalEntry } from '../../../src/engine/journal.js';

/** One engine's view of the shared entries. */
export class SharedJournal implements Journal {
  private muted = false;

  constructor(private readonly entries: JournalEntry[] = []) {}

  append(entry: JournalEntry): void {
    if (!this.muted) this.entries.push(JSON.parse(JSON.stringify(entry)) as JournalEntry);
  }

  read(): JournalContents {
    return { entries: this.entries.slice(), tornTail: null, goodLength: 0 };
  }

  /** A new view of the same entries, for the next engine. */
  handOver(): SharedJournal {
    this.muted = true;
    return new SharedJournal(this.entries);
  }

  /** Stops this view from writing (its engine is no longer the one under test). */
  mute(): void {
    this.muted = true;
  }

  /** Entries written so far. */
  get length(): number {
    return this.entries.length;
  }
}
