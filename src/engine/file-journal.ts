/**
 * An append-only file journal: one JSON line per command. `fsync` decides durability against speed:
 * `always` (each command is on disk before it is applied), `never` (the OS decides), or a number of
 * milliseconds between syncs.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { type Journal, type JournalContents, type JournalEntry, parseJournalText } from './journal.js';

/** Options of `FileJournal`. */
export interface FileJournalOptions {
  /** `always` (default), `never`, or the longest time in ms between two fsyncs. */
  readonly fsync?: 'always' | 'never' | number;
  /** Time source for the interval policy (the engine's clock); defaults to `Date.now` inside time/. */
  readonly nowMs?: () => number;
}

/** A journal in an append-only file. */
export class FileJournal implements Journal {
  private fd: number;
  private syncedAtMs = 0;

  constructor(
    readonly path: string,
    private readonly options: FileJournalOptions = {},
  ) {
    this.fd = openSync(path, 'a');
  }

  append(entry: JournalEntry): void {
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
    const policy = this.options.fsync ?? 'always';
    if (policy === 'never') return;
    const now = this.options.nowMs?.() ?? 0;
    if (policy === 'always' || now - this.syncedAtMs >= policy) {
      fsyncSync(this.fd);
      this.syncedAtMs = now;
    }
  }

  read(): JournalContents {
    return existsSync(this.path) ? parseJournalText(readFileSync(this.path, 'utf8')) : { entries: [], tornTail: null };
  }

  /** Cuts a torn last line off the file (after it was reported), so new entries start cleanly. */
  dropTornTail(): void {
    const text = readFileSync(this.path, 'utf8');
    const end = text.lastIndexOf('\n') + 1;
    truncateSync(this.path, end);
  }

  /** Closes the file. */
  close(): void {
    closeSync(this.fd);
    this.fd = -1;
  }
}
