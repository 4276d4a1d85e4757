import { headerColumns, type ColumnMapping, type LedgerColumn } from '../../../ledger/table-columns';
import { detectColumns } from '../../../ledger/table-import';
import { cleanCellText } from '../../../ledger/table-import';
import { stripMarks } from '../../../ledger/cell-units';

/** Roles a column can take, in the order the mapping select lists them. */
export const COLUMN_ROLES: LedgerColumn[] = [
  'seq',
  'group',
  'title',
  'lead',
  'partners',
  'deadline',
  'schedule',
  'leaders',
  'progress',
];

// A paste of thousands of junk columns must not render thousands of selects.
export const MAX_COLUMNS = 30;
const SAMPLE_ROWS = 200;

export function columnCount(rows: string[][]): number {
  let widest = 0;
  for (const row of rows.slice(0, SAMPLE_ROWS)) widest = Math.max(widest, row.length);
  return Math.min(widest, MAX_COLUMNS);
}

/**
 * The detected mapping, or an empty one (every row is data) that the user fills in by hand. Header cells are read
 * without their bold marks: Word and WPS often bold a header (<b>序号</b>), which must still read as 序号.
 */
export function initialMapping(rows: string[][]): ColumnMapping {
  return detectColumns(rows.map((row) => row.map(stripMarks))) ?? { headerRow: -1, columns: {} };
}

export function roleOf(mapping: ColumnMapping, column: number): LedgerColumn | null {
  return COLUMN_ROLES.find((role) => mapping.columns[role] === column) ?? null;
}

/** Gives a column a role (or none); a role moves from the column that had it, since each role is one column. */
export function assignColumn(mapping: ColumnMapping, column: number, role: LedgerColumn | null): ColumnMapping {
  const columns = { ...mapping.columns };
  for (const r of COLUMN_ROLES) if (columns[r] === column) delete columns[r];
  if (role) columns[role] = column;
  return { ...mapping, columns };
}

/** Moves the header to another row; the columns follow that row's names when it reads as a header. */
export function withHeaderRow(rows: string[][], mapping: ColumnMapping, headerRow: number): ColumnMapping {
  const named = headerRow >= 0 && rows[headerRow] ? headerColumns(rows[headerRow].map(cleanCellText)) : null;
  return { headerRow, columns: named ?? mapping.columns };
}

/** A short label for a row in the header-row select: its first non-empty cells. */
export function rowLabel(row: string[] | undefined, max = 40): string {
  const text = (row ?? []).map(cleanCellText).filter(Boolean).join(' | ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
