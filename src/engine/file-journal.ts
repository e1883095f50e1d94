/**
 * An append-only file journal: one JSON line per command. `fsync` decides durability against speed:
 * `always` (each command is on disk before it is applied), `never` (the OS decides), or a number of
 * milliseconds between syncs.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { wallClockMs } from '../time/real-clock.js';
import { type Journal, type JournalContents, type JournalEntry, parseJournalText } from './journal.js';

/** Options of `FileJournal`. */
export interface FileJournalOptions {
  /** `always` (default), `never`, or the longest time in ms between two fsyncs. */
  readonly fsync?: 'always' | 'never' | number;
  /** Time source for the interval policy; the wall clock by default. */
  readonly nowMs?: () => number;
}

/** A journal in an append-only file. */
export class FileJournal implements Journal {
  private fd: number;
  private syncedAtMs = -Infinity;
  private readonly nowMs: () => number;

  constructor(
    readonly path: string,
    private readonly options: FileJournalOptions = {},
  ) {
    const policy = options.fsync ?? 'always';
    if (policy !== 'always' && policy !== 'never' && !(typeof policy === 'number' && Number.isFinite(policy) && policy >= 0)) {
      throw new RangeError(`FileJournal: fsync must be 'always', 'never' or a number of ms >= 0 (got ${String(policy)})`);
    }
    this.nowMs = options.nowMs ?? wallClockMs;
    this.fd = openSync(path, 'a');
  }

  append(entry: JournalEntry): void {
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
    const policy = this.options.fsync ?? 'always';
    if (policy === 'never') return;
    const now = policy === 'always' ? 0 : this.nowMs();
    if (policy === 'always' || now - this.syncedAtMs >= policy) {
      fsyncSync(this.fd);
      this.syncedAtMs = now;
    }
  }

  read(): JournalContents {
    return existsSync(this.path) ? parseJournalText(readFileSync(this.path, 'utf8')) : { entries: [], tornTail: null, goodLength: 0 };
  }

  /** Cuts a torn last line off the file (after it was reported), so new entries start cleanly. */
  dropTornTail(): void {
    const text = readFileSync(this.path, 'utf8');
    const { goodLength } = parseJournalText(text);
    truncateSync(this.path, Buffer.byteLength(text.slice(0, goodLength)));
  }

  /** Closes the file; later calls do nothing. */
  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }
}
