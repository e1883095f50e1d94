/**
 * Journals: every command, in order, with the clock reading it was applied at. Replaying a journal on
 * the same configuration and seed rebuilds the same state and log; with a snapshot, only the tail after
 * `snapshot.journalLength` is replayed. Entry 0 records when the engine started. Entries are written
 * before the command is applied, so a command that was acknowledged is never lost.
 */

/** A command that could not be copied as JSON: what the log says of it. */
export interface Unreadable {
  readonly commandType: string;
  /** Its `commandId` when that could be read (a string of 1 to 200 characters), else null. */
  readonly commandId: string | null;
  readonly problem: string;
}

/** One journaled command. */
export interface JournalEntry {
  /** 1 for the first command of the journal, then +1. */
  readonly n: number;
  /** The clock reading the command was applied at. */
  readonly clockMs: number;
  /** Engine time just before the command (after deadlines that clock timers fired since the last one). */
  readonly engineMs?: number;
  readonly command: unknown;
  /** Set instead of `command` when the command could not be copied as JSON: it was rejected. */
  readonly unreadable?: Unreadable;
}

/** What reading a journal found. */
export interface JournalContents {
  readonly entries: readonly JournalEntry[];
  /** A last line that was cut short or garbled (a crash mid-write): reported, never replayed. */
  readonly tornTail: string | null;
  /** Characters of journal text up to the end of the last good entry (where a torn tail is cut). */
  readonly goodLength: number;
}

/** Where commands are recorded. Calls are synchronous: the engine is a single writer. */
export interface Journal {
  append(entry: JournalEntry): void;
  read(): JournalContents;
}

/** A journal in memory (tests, simulations). */
export class InMemoryJournal implements Journal {
  private readonly list: JournalEntry[] = [];

  append(entry: JournalEntry): void {
    this.list.push(JSON.parse(JSON.stringify(entry)) as JournalEntry);
  }

  read(): JournalContents {
    return { entries: this.list.slice(), tornTail: null, goodLength: 0 };
  }
}

/**
 * Reads journal text: one JSON entry per line. A last line that is unterminated or not an entry is a
 * torn tail (reported, never replayed); a bad line before the last is corruption, and an error.
 */
export function parseJournalText(text: string): JournalContents {
  const entries: JournalEntry[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = end < 0 ? text.slice(start) : text.slice(start, end);
    const entry = end < 0 ? null : parseLine(line);
    const isLast = end < 0 || end === text.length - 1;
    if (entry === null && line !== '') {
      if (isLast) return { entries, tornTail: line, goodLength: start };
      throw new Error(`switchboard/journal: line ${entries.length + 1} is not a journal entry: ${line.slice(0, 80)}`);
    }
    if (entry !== null) entries.push(entry);
    start = end < 0 ? text.length : end + 1;
  }
  return { entries, tornTail: null, goodLength: text.length };
}

function parseLine(line: string): JournalEntry | null {
  try {
    const value = JSON.parse(line) as JournalEntry;
    return typeof value === 'object' && value !== null && typeof value.n === 'number' && typeof value.clockMs === 'number' ? value : null;
  } catch {
    return null;
  }
}
