/**
 * Splits pasted table text into rows of cells. Three shapes reach the importer:
 * - Word/WPS/Excel clipboard text: one row per line, cells separated by tabs; Excel wraps a cell that holds a
 *   line break, tab or quote in "…" and doubles inner quotes.
 * - CSV saved from Excel: the same with commas.
 * - Text extracted from a PDF/Word file (as in the bundled source documents): every cell on its own line behind a
 *   tab, rows separated by a blank line.
 * Everything is one or two passes over the text; malformed quoting degrades to literal text, never to an error.
 */

// Controls other than tab/CR/LF only come from binary junk or broken encodings; they would end up inside titles.
// oxlint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;
const SAMPLE_LINES = 400;

function sampleLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < SAMPLE_LINES && from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    lines.push(text.slice(from, to).replace(/\r$/, ''));
    from = to + 1;
  }
  return lines;
}

/** Each cell on its own "\t…" line, rows separated by blank lines (PDF/Word text extraction). */
function isCellPerLine(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '' || l.includes('\t'));
  const cellLines = filled.filter((l) => l.startsWith('\t') && l.indexOf('\t', 1) === -1);
  const blanks = lines.length - filled.length;
  return (
    cellLines.length >= 4 && cellLines.length >= filled.length * 0.8 && blanks >= 1 && cellLines.length >= blanks * 2
  );
}

function splitCellPerLine(text: string): string[][] {
  const rows: string[][] = [];
  let block: string[] | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('\t')) {
      block ??= [];
      block.push(line.slice(1));
      continue;
    }
    if (block) rows.push(block);
    block = null;
    // Lines outside the blocks are titles and notes: keep them as one-cell rows so row numbers stay meaningful.
    if (line.trim() !== '') rows.push([line]);
  }
  if (block) rows.push(block);
  return rows;
}

/** Tab unless the text looks like CSV: commas on most lines and tabs on almost none. */
function detectDelimiter(lines: string[]): '\t' | ',' {
  const filled = lines.filter((l) => l.trim() !== '');
  const withTab = filled.filter((l) => l.includes('\t')).length;
  const withComma = filled.filter((l) => l.includes(',')).length;
  if (withTab > 0 && withTab >= filled.length / 4) return '\t';
  return withComma > 0 && withComma >= filled.length / 2 ? ',' : '\t';
}

// Blank lines share one frozen row: a paste of millions of empty lines must not allocate millions of arrays.
const BLANK_ROW: string[] = Object.freeze(['']) as unknown as string[];

function splitDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  // Quote scanning may run ahead of the cursor; the budget keeps adversarial quote patterns linear overall.
  let quoteBudget = 4 * text.length + 1024;
  const n = text.length;
  let i = 0;
  for (;;) {
    if (row.length === 0 && (text[i] === '\n' || text[i] === '\r')) {
      rows.push(BLANK_ROW);
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (i >= n) break;
      continue;
    }
    let cell: string | null = null;
    if (text[i] === '"' && quoteBudget > 0) {
      let j = i + 1;
      let close = -1;
      while (j <= n) {
        const k = text.indexOf('"', j);
        quoteBudget -= (k === -1 ? n : k) - j + 1;
        if (k === -1) break;
        if (text[k + 1] === '"') {
          j = k + 2;
          continue;
        }
        close = k;
        break;
      }
      const after = text[close + 1];
      // A quote that does not close right before a delimiter or line end was literal text ("互联网+"医疗).
      if (close !== -1 && (after === undefined || after === delimiter || after === '\n' || after === '\r')) {
        cell = text.slice(i + 1, close).replaceAll('""', '"');
        i = close + 1;
      }
    }
    if (cell === null) {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) break;
    if (text[i] === delimiter) {
      i += 1;
      continue;
    }
    // Line end: \r\n, \n or a lone \r (old Mac WPS exports).
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export function splitTableText(text: string): string[][] {
  if (typeof text !== 'string' || text === '') return [];
  const clean = text.replace(CONTROL_CHARS, '');
  const lines = sampleLines(clean);
  const rows = isCellPerLine(lines) ? splitCellPerLine(clean) : splitDelimited(clean, detectDelimiter(lines));
  // A trailing line break leaves one empty row behind; it is not part of the table.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return rows;
}
