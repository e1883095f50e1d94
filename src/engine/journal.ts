/**
 * Journals: every command, in order, with the clock reading it was applied at. Replaying a journal on
 * the same configuration and seed rebuilds the same state and log; with a snapshot, only the tail after
 * `snapshot.journalLength` is replayed. Entry 0 records when the engine started. Entries are written
 * before the command is applied, so a command that was acknowledged is never lost.
 */

/** One journaled command. */
export interface JournalEntry {
  /** 1 for the first command of the journal, then +1. */
  readonly n: number;
  /** The clock reading the command was applied at. */
  readonly clockMs: number;
  readonly command: unknown;
}

/** What reading a journal found. */
export interface JournalContents {
  readonly entries: readonly JournalEntry[];
  /** A last line that was cut short (a crash mid-write): reported, never replayed. */
  readonly tornTail: string | null;
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
    return { entries: this.list.slice(), tornTail: null };
  }
}

/** Reads journal text: one JSON entry per line; a bad or unterminated last line is a torn tail. */
export function parseJournalText(text: string): JournalContents {
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  const entries: JournalEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const entry = parseLine(line);
    if (entry === null) {
      if (i === lines.length - 1 && last === '') return { entries, tornTail: line };
      throw new Error(`switchboard/journal: line ${i + 1} is not a journal entry: ${line.slice(0, 80)}`);
    }
    entries.push(entry);
  }
  return { entries, tornTail: last === '' ? null : last };
}

function parseLine(line: string): JournalEntry | null {
  try {
    const value = JSON.parse(line) as JournalEntry;
    return typeof value === 'object' && value !== null && typeof value.n === 'number' && typeof value.clockMs === 'number' ? value : null;
  } catch {
    return null;
  }
}
