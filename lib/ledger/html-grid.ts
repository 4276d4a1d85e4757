import { MarkedText } from './cell-units';

/**
 * Reads the tables of an HTML document (a clipboard paste from Word/WPS/Excel, a saved government page, a .docx
 * rendered to HTML) into cell grids. rowspan/colspan fill every covered cell, <br> and paragraphs become line breaks,
 * bold runs are marked (see cell-units), a table inside a cell becomes lines of that cell (and is read as a table of
 * its own too). Only the DOM tree is walked: the document comes from DOMParser, which runs no script and loads nothing.
 */

export interface HtmlTable {
  rows: string[][];
}

export interface HtmlDocument {
  tables: HtmlTable[];
  /** The document's text outside script/style, paragraphs on their own lines (for notes and text ledgers). */
  text: string;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  'XML',
  'SELECT',
  'BUTTON',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'PRE',
  'DL',
  'DT',
  'DD',
  'CAPTION',
  'CENTER',
  'FORM',
  'HEADER',
  'FOOTER',
  'MAIN',
  'NAV',
  'ASIDE',
  'FIGURE',
  'HR',
]);
const BOLD_TAGS = new Set(['B', 'STRONG', 'TH']);
const MAX_ROWS = 20_000;
const MAX_COLSPAN = 60;
const MAX_COLUMNS = 200;
const MAX_TABLES = 200;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Class names whose CSS rule makes text bold (Excel's clipboard HTML: .xl65 {font-weight:700}). */
function boldClasses(doc: Document): Set<string> {
  const classes = new Set<string>();
  for (const style of Array.from(doc.querySelectorAll('style')).slice(0, 20)) {
    const css = (style.textContent ?? '').slice(0, 500_000);
    for (const m of css.matchAll(/\.([\w-]+)\s*\{([^}]{0,2000})\}/g)) if (isBoldStyle(m[2])) classes.add(m[1]);
  }
  return classes;
}

function isBoldStyle(style: string): boolean {
  // 黑体 is the typeface officials use for "黑体字为牵头部门"; Word writes it as font-family, not font-weight.
  return (
    /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style) ||
    /font-family\s*:[^;]*(黑体|SimHei|方正黑体|FZHei)/i.test(style)
  );
}

function isNotBoldStyle(style: string): boolean {
  return /font-weight\s*:\s*(normal|lighter|[1-5]00)/i.test(style);
}

/**
 * Source whitespace: Word's HTML wraps long lines inside Chinese text ("市\n财政局"), so a run holding a line break
 * between two Chinese characters is nothing; any other run is one space. &nbsp; stays a space.
 */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, (run, offset: number) => {
    if (!run.includes('\n') && !run.includes('\r')) return ' ';
    const before = text[offset - 1];
    const after = text[offset + run.length];
    if (before === undefined || after === undefined) return '';
    return CJK.test(before) && CJK.test(after) ? '' : ' ';
  });
}

interface Walk {
  boldClasses: Set<string>;
  budget: number;
}

function elementBold(el: Element, inherited: boolean, walk: Walk): boolean {
  const style = el.getAttribute('style') ?? '';
  if (style && isNotBoldStyle(style)) return false;
  if (BOLD_TAGS.has(el.tagName.toUpperCase())) return true;
  if (style && isBoldStyle(style)) return true;
  const cls = el.getAttribute('class');
  if (cls && walk.boldClasses.size > 0 && cls.split(/\s+/).some((c) => walk.boldClasses.has(c))) return true;
  const face = el.getAttribute('face');
  if (face && /黑体|SimHei/i.test(face)) return true;
  return inherited;
}

function walkNode(node: Node, out: MarkedText, bold: boolean, walk: Walk) {
  if (walk.budget-- <= 0) return;
  if (node.nodeType === 3) {
    out.text(collapse(node.nodeValue ?? ''), bold);
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') {
    out.line();
    return;
  }
  const isBold = elementBold(el, bold, walk);
  const block = BLOCK.has(tag);
  if (block) out.line();
  if (tag === 'TD' || tag === 'TH') out.text(' ', isBold);
  for (let child = el.firstChild; child; child = child.nextSibling) walkNode(child, out, isBold, walk);
  if (block) out.line();
}

function cellText(cell: Element, walk: Walk): string {
  const out = new MarkedText();
  const bold = elementBold(cell, false, walk) && cell.tagName.toUpperCase() !== 'TH';
  for (let child = cell.firstChild; child; child = child.nextSibling) walkNode(child, out, bold, walk);
  return out.done();
}

/** The table's own rows, not those of tables nested in its cells. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT')
      for (const tr of Array.from(child.children)) if (tr.tagName.toUpperCase() === 'TR') rows.push(tr);
    if (rows.length >= MAX_ROWS) break;
  }
  return rows;
}

function span(el: Element, name: string, max: number): number {
  const n = Number.parseInt(el.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function tableGrid(table: Element, walk: Walk): string[][] {
  const trs = ownRows(table);
  const grid: string[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let c = 0;
    for (const cell of Array.from(tr.children)) {
      const tag = cell.tagName.toUpperCase();
      if (tag !== 'TD' && tag !== 'TH') continue;
      while (grid[r][c] !== undefined) c++;
      if (c >= MAX_COLUMNS) break;
      const text = cellText(cell, walk);
      // rowspan="0" means "to the end of the table section"; read it as the rest of the table.
      const rowspanAttr = cell.getAttribute('rowspan');
      const rows = rowspanAttr === '0' ? trs.length - r : span(cell, 'rowspan', trs.length - r);
      const cols = span(cell, 'colspan', MAX_COLSPAN);
      for (let dr = 0; dr < rows; dr++)
        for (let dc = 0; dc < cols && c + dc < MAX_COLUMNS; dc++) grid[r + dr][c + dc] = text;
      c += cols;
    }
  });
  // Holes (rows shorter than their neighbours) become empty cells, so indexes line up.
  return grid.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? ''));
}

function documentText(doc: Document, walk: Walk): string {
  const out = new MarkedText();
  // The whole tree, not only <body>: a fragment without <html> lands outside the body in some parsers (linkedom).
  const root = doc.documentElement ?? doc.body;
  if (root) walkNode(root, out, false, walk);
  return out.done();
}

/** Parses HTML with the global DOMParser; null when there is none (Node without linkedom/happy-dom). */
export function parseHtmlDocument(html: string): HtmlDocument | null {
  // The one HTML parser of the extension (a lint rule refuses others): DOMParser's document is inert.
  // oxlint-disable-next-line no-restricted-globals -- see above
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (typeof Parser !== 'function') return null;
  // oxlint-disable-next-line no-restricted-properties -- see above
  const doc = new Parser().parseFromString(html, 'text/html');
  // Node budget: a hostile paste of millions of nodes is cut off rather than hanging the page.
  const walk: Walk = { boldClasses: boldClasses(doc), budget: 3_000_000 };
  const tables = Array.from(doc.querySelectorAll('table'))
    .slice(0, MAX_TABLES)
    .map((t) => ({ rows: tableGrid(t, walk) }));
  return { tables, text: documentText(doc, { ...walk, budget: 3_000_000 }) };
}
