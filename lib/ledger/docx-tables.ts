import { unzipSync } from 'fflate';
import { MarkedText } from './cell-units';
import { AppError } from '../model/app-error';

/**
 * The tables of a .docx, read straight from its OOXML (word/document.xml) with fflate, which the xlsx reader already
 * brings into the tree. Chosen over mammoth 1.13 (docx → HTML) after measuring both on the same documents
 * (test/ledger/docx-fixture.ts): both keep vMerge/gridSpan (mammoth as rowspan/colspan) and w:b, but mammoth drops
 * the 黑体 typeface that "黑体字为牵头部门" relies on, needs a DOMParser for its HTML afterwards, and its minified
 * browser bundle is ~100 KB gzipped against ~4.4 KB for this reader with fflate (esbuild --minify, gzip -9).
 *
 * The XML is scanned with one linear tokenizer over the tags this needs (w:tbl/tr/tc/p/r/t, gridSpan, vMerge,
 * gridBefore, b, rFonts); everything else is skipped, so a hostile file costs time linear in its size.
 */

export interface DocxContent {
  tables: string[][][];
  /** Paragraphs outside tables, one per line (for notes such as 黑体字为牵头部门, and text ledgers). */
  text: string;
}

export const MAX_DOCX_XML_BYTES = 80 * 1024 * 1024;
const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;

interface Cell {
  text: MarkedText;
  span: number;
  merge: 'restart' | 'continue' | null;
}

interface Table {
  rows: Array<{ before: number; cells: Cell[] }>;
  row: { before: number; cells: Cell[] } | null;
  cell: Cell | null;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] ?? '';
  });
}

function attr(attrs: string, name: string): string | null {
  const at = attrs.indexOf(`${name}="`);
  if (at === -1) return null;
  const from = at + name.length + 2;
  const to = attrs.indexOf('"', from);
  return to === -1 ? null : attrs.slice(from, to);
}

function isOn(attrs: string): boolean {
  const v = attr(attrs, 'w:val');
  return v === null || !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}

function grid(table: Table): string[][] {
  const out: string[][] = [];
  for (const row of table.rows) {
    const line: string[] = [];
    let col = Math.min(row.before, MAX_COLUMNS);
    for (let i = 0; i < col; i++) line.push('');
    for (const cell of row.cells) {
      if (col >= MAX_COLUMNS) break;
      const above = out[out.length - 1];
      const text = cell.merge === 'continue' && above ? (above[col] ?? '') : cell.text.done();
      for (let k = 0; k < cell.span && col < MAX_COLUMNS; k++) line[col++] = text;
    }
    out.push(line);
  }
  return out;
}

export function docxXmlContent(xml: string): DocxContent {
  const tables: string[][][] = [];
  const stack: Table[] = [];
  const body = new MarkedText();
  let bold = false;
  let inRunProps = false;
  let inParaProps = false;
  let inText = false;
  const target = () => stack[stack.length - 1]?.cell?.text ?? body;
  const tags = /<(\/?)([A-Za-z][\w.:-]*)([^>]*)>|([^<]+)/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[4] !== undefined) {
      if (inText) target().text(decode(m[4]), bold);
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2];
    const attrs = m[3];
    const selfClosing = attrs.endsWith('/');
    switch (name) {
      case 'w:tbl':
        if (!closing) stack.push({ rows: [], row: null, cell: null });
        else {
          const done = stack.pop();
          if (done) {
            const rows = grid(done);
            tables.push(rows);
            // A table inside a cell is also lines of that cell.
            const outer = stack[stack.length - 1]?.cell?.text;
            if (outer)
              for (const r of rows) {
                outer.line();
                outer.text(r.filter((c, i) => c !== '' && c !== r[i - 1]).join(' '), false);
              }
          }
        }
        break;
      case 'w:tr': {
        const t = stack[stack.length - 1];
        if (!t) break;
        if (!closing) {
          t.row = { before: 0, cells: [] };
        } else if (t.row) {
          if (t.rows.length < MAX_ROWS) t.rows.push(t.row);
          t.row = null;
        }
        break;
      }
      case 'w:gridBefore': {
        const t = stack[stack.length - 1];
        const n = Number(attr(attrs, 'w:val'));
        if (t?.row && Number.isFinite(n) && n > 0) t.row.before = Math.min(n, MAX_COLUMNS);
        break;
      }
      case 'w:tc': {
        const t = stack[stack.length - 1];
        if (!t?.row) break;
        if (!closing) {
          t.cell = { text: new MarkedText(), span: 1, merge: null };
        } else if (t.cell) {
          t.row.cells.push(t.cell);
          t.cell = null;
        }
        break;
      }
      case 'w:gridSpan': {
        const cell = stack[stack.length - 1]?.cell;
        const n = Number(attr(attrs, 'w:val'));
        if (cell && Number.isFinite(n) && n > 1) cell.span = Math.min(n, 60);
        break;
      }
      case 'w:vMerge': {
        const cell = stack[stack.length - 1]?.cell;
        if (cell) cell.merge = attr(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
        break;
      }
      case 'w:p':
        if (!selfClosing) target().line();
        if (closing) target().line();
        break;
      case 'w:pPr':
        inParaProps = !closing && !selfClosing;
        break;
      case 'w:r':
        if (!closing) bold = false;
        break;
      case 'w:rPr':
        inRunProps = !closing && !selfClosing;
        break;
      case 'w:b':
        if (inRunProps && !inParaProps) bold = isOn(attrs);
        break;
      case 'w:rFonts': {
        // 黑体 is how "黑体字为牵头部门" is typeset: a font, not w:b.
        const face = `${attr(attrs, 'w:eastAsia') ?? ''} ${attr(attrs, 'w:ascii') ?? ''}`;
        if (inRunProps && !inParaProps && /黑体|SimHei/i.test(face)) bold = true;
        break;
      }
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:tab':
        if (!inRunProps && !inParaProps) target().text(' ', bold);
        break;
      case 'w:br':
      case 'w:cr':
        target().line();
        break;
      default:
        break;
    }
  }
  return { tables, text: body.done() };
}

/** Unzips only word/document.xml; throws a Chinese message when the file is no .docx or too large. */
export function readDocx(bytes: Uint8Array): DocxContent {
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false;
        if (f.originalSize > MAX_DOCX_XML_BYTES) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    throw new AppError('liWordUnreadable');
  }
  if (tooLarge) throw new AppError('liWordTooLarge');
  const xml = files['word/document.xml'];
  if (!xml) throw new AppError('liWordNoBody');
  return docxXmlContent(new TextDecoder('utf-8').decode(xml));
}
