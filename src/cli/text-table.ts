/**
 * Tables of already-formatted cells, rendered as aligned plain text for the terminal (the HTML report
 * renders the same `Table` with `html-table.ts`).
 */

/** A table: a header row, body rows and which columns are right-aligned (numbers). */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per column: right-align (numbers) or left-align (names). Default: first column left, the rest right. */
  readonly rightAligned?: readonly boolean[];
}

/**
 * Renders a table as text, columns two spaces apart, a rule under the header.
 * @example renderTextTable({ headers: ['queue', 'offered'], rows: [['voice', '457']] });
 */
export function renderTextTable(table: Table): string {
  const all = [table.headers, ...table.rows];
  const widths = table.headers.map((_, col) => Math.max(...all.map((row) => [...(row[col] ?? '')].length)));
  const right = (col: number): boolean => table.rightAligned?.[col] ?? col > 0;
  const line = (row: readonly string[]): string =>
    widths
      .map((width, col) => pad(row[col] ?? '', width, right(col)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(table.headers), rule, ...table.rows.map(line)].join('\n');
}

function pad(cell: string, width: number, right: boolean): string {
  const fill = ' '.repeat(width - [...cell].length);
  return right ? fill + cell : cell + fill;
}
