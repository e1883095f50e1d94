/**
 * Renders a `Table` (see `text-table.ts`) as an HTML table, every cell escaped.
 */
import { escapeHtml } from './html-escape.js';
import type { Table } from './text-table.js';

/**
 * An HTML `<table>` with a caption (and a class, if given); numeric columns get class `num`.
 * @example renderHtmlTable(queueSummaryTable(result), 'Queues');
 */
export function renderHtmlTable(table: Table, caption: string, className = ''): string {
  const right = (col: number): boolean => table.rightAligned?.[col] ?? col > 0;
  const cell = (tag: 'th' | 'td', text: string, col: number): string =>
    `<${tag}${right(col) ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
  const head = `<tr>${table.headers.map((text, col) => cell('th', text, col)).join('')}</tr>`;
  const body = table.rows.map((row) => `<tr>${row.map((text, col) => cell('td', text, col)).join('')}</tr>`).join('\n');
  return `<table${className === '' ? '' : ` class="${escapeHtml(className)}"`}>\n<caption>${escapeHtml(caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
