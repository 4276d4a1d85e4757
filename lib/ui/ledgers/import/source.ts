import type { HtmlDocument } from '../../../ledger/html-grid';
import { FIRST_LEADS } from '../../../ledger/table-import';
import { stripMarks } from '../../../ledger/cell-units';

/**
 * What the import screen reads from: the tables of a pasted web page / Word selection, of a .docx, .xlsx or .csv,
 * each a cell grid, and the document's text for the text-ledger reader when no table holds a ledger.
 */
export interface ImportSource {
  name: string;
  tables: string[][][];
  text: string;
  /** The document says "列第一位者为牵头单位". */
  firstLeads: boolean;
}

// Layout tables (one cell, one row) are never ledgers; a list of them would only confuse the table choice.
function isLedgerShaped(rows: string[][]): boolean {
  return rows.length >= 2 && rows.some((r) => r.length >= 2);
}

export function sourceFrom(name: string, tables: string[][][], text: string): ImportSource {
  const plain = stripMarks(text);
  return {
    name,
    tables: tables.filter(isLedgerShaped),
    text: plain,
    firstLeads: FIRST_LEADS.test(plain.slice(0, 500_000)),
  };
}

export function htmlSource(name: string, doc: HtmlDocument): ImportSource {
  return sourceFrom(
    name,
    doc.tables.map((t) => t.rows),
    doc.text,
  );
}
