import { stripMarks } from './cell-units';
import { parseHtmlDocument } from './html-grid';
import {
  FIRST_LEADS,
  NO_HEADER_WARNING,
  detectColumns,
  parseLedgerRows,
  type ImportedTask,
  type LedgerImport,
} from './table-import';
import { parseLedgerText } from './text-ledger';

/**
 * Ledgers pasted as HTML (Word, WPS, Excel and web pages put a real <table> on the clipboard) or read from a .docx.
 * Every table with a ledger header is read, in document order; a document without one is read as a text ledger.
 */

export const MAX_HTML_CHARS = 20 * 1024 * 1024;

export const NO_DOM_WARNING = '当前环境无法解析网页表格（缺少 HTML 解析器），请改为粘贴纯文本表格。';
export const HTML_TOO_LARGE_WARNING = '粘贴的内容超过 20 MB，请只复制台账表格部分后再导入。';

export interface GridOptions {
  year?: number;
  /** The surrounding text says "列第一位者为牵头单位". */
  firstLeads?: boolean;
}

/** Tasks of every table in the grids that has a ledger header; null when none has one. */
export function parseLedgerGrids(grids: string[][][], options: GridOptions = {}): LedgerImport | null {
  const tasks: ImportedTask[] = [];
  const warnings: string[] = [];
  let found = false;
  for (const rows of grids) {
    const mapping = detectColumns(rows.map((row) => row.map(stripMarks)));
    if (!mapping) continue;
    found = true;
    const result = parseLedgerRows(rows, mapping, options);
    if (result.tasks.length === 0) continue;
    tasks.push(...result.tasks);
    warnings.push(...result.warnings);
  }
  if (!found) return null;
  if (tasks.length === 0) warnings.push('表头下没有可导入的任务行。');
  return { tasks, warnings: warnings.slice(0, 51) };
}

export function parseLedgerHtml(html: string, options?: { year?: number }): LedgerImport {
  try {
    if (typeof html !== 'string' || html.trim() === '') return { tasks: [], warnings: ['粘贴的内容是空的。'] };
    if (html.length > MAX_HTML_CHARS) return { tasks: [], warnings: [HTML_TOO_LARGE_WARNING] };
    const doc = parseHtmlDocument(html);
    if (!doc) return { tasks: [], warnings: [NO_DOM_WARNING] };
    const firstLeads = FIRST_LEADS.test(stripMarks(doc.text).slice(0, 500_000));
    const year = options?.year;
    const fromTables = parseLedgerGrids(
      doc.tables.map((t) => t.rows),
      { year, firstLeads },
    );
    if (fromTables && fromTables.tasks.length > 0) return fromTables;
    const fromText = parseLedgerText(stripMarks(doc.text), { year });
    if (fromText.tasks.length > 0) return fromText;
    return (
      fromTables ?? {
        tasks: [],
        warnings: [doc.tables.length > 0 ? NO_HEADER_WARNING : '没有找到表格，也没有找到写明责任单位的任务段落。'],
      }
    );
  } catch {
    return { tasks: [], warnings: ['无法解析粘贴的网页内容，请改为粘贴纯文本表格。'] };
  }
}
