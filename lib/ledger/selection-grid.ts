/**
 * A selection copied out of a web table reads as a grid: cells separated by tabs, rows by line breaks (how
 * Chromium turns a table selection into text). Such a selection goes to the import preview as a table; a sentence,
 * even one with a tab in it, stays a single task.
 */
const MAX_ROWS = 5000;

/** The rows and cells of a tab-separated selection, or null when it does not look like a table. */
export function selectionGrid(text: string | undefined): string[][] | null {
  if (typeof text !== 'string') return null;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '');
  if (lines.length < 2 || lines.length > MAX_ROWS) return null;
  const rows = lines.map((line) => line.split('\t').map((cell) => cell.trim()));
  const wide = rows.filter((r) => r.length >= 2).length;
  // Every row but a stray title or footnote line has two or more cells.
  if (wide < 2 || wide < rows.length - 1) return null;
  return rows;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The grid as the HTML table the clipboard import reads (every cell escaped). */
export function gridHtml(rows: string[][]): string {
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('');
  return `<table>${body}</table>`;
}
