/**
 * Finds the header row of a pasted ledger table and which column holds what. Officials' tables name the same
 * column many ways (重点任务 / 工作任务 / 任务名称, 牵头部门 / 责任单位, 完成时限 / 时间进度安排 …), so header
 * cells are matched by key words, most specific first ("具体工作内容和任务" is a work item, not a 任务 group).
 */

export type LedgerColumn = 'seq' | 'group' | 'title' | 'lead' | 'partners' | 'deadline';

export type LedgerColumns = Partial<Record<LedgerColumn, number>>;

export interface ColumnMapping {
  /** Index of the header row in the rows; data starts on the next row. -1 when the user maps a headerless table. */
  headerRow: number;
  columns: LedgerColumns;
}

/** Labels a preview UI can show next to each mapped column. */
export const COLUMN_LABELS: Record<LedgerColumn, string> = {
  seq: '序号',
  group: '重点任务',
  title: '具体工作',
  lead: '牵头部门',
  partners: '配合部门',
  deadline: '完成时限',
};

/** What a header cell announces; 'task' and 'detail' become group/title once the whole row is known. */
export type HeaderKind = 'seq' | 'task' | 'detail' | 'lead' | 'partners' | 'deadline' | 'other';

// Longer than this (without spaces) a cell is content, not a column name.
const MAX_HEADER_CHARS = 24;

const RULES: Array<[HeaderKind, RegExp]> = [
  ['seq', /^(序号|编号|序|No\.?|#)$/i],
  ['other', /备注|说明|完成情况|进展/],
  ['partners', /配合|协办|协同|参与/],
  ['lead', /牵头|主责|主办|责任(部门|单位|主体|处室|领导|人)|承办/],
  ['deadline', /时限|时间|进度|期限|节点|时序/],
  ['detail', /具体|内容|措施|举措/],
  ['task', /任务|重点工作|事项|项目/],
];

/** Header meaning of one cell, ignoring the spaces and line breaks that wrapped header cells carry. */
export function classifyHeaderCell(cell: string): HeaderKind | null {
  if (typeof cell !== 'string' || cell.length > MAX_HEADER_CHARS * 4) return null;
  const key = cell.replace(/[\s\u3000:：*＊]+/g, '');
  if (key === '' || key.length > MAX_HEADER_CHARS) return null;
  for (const [kind, rule] of RULES) if (rule.test(key)) return kind;
  return null;
}

/** The column mapping a row would give as a header, or null when it does not read as one. */
export function headerColumns(row: string[]): LedgerColumns | null {
  const first: Partial<Record<HeaderKind, number>> = {};
  let recognized = 0;
  row.forEach((cell, index) => {
    const kind = classifyHeaderCell(cell);
    if (!kind || kind === 'other') return;
    recognized += 1;
    if (first[kind] === undefined) first[kind] = index;
  });
  if (recognized < 2 || (first.task === undefined && first.detail === undefined)) return null;
  const columns: LedgerColumns = {};
  if (first.seq !== undefined) columns.seq = first.seq;
  if (first.task !== undefined && first.detail !== undefined) {
    columns.group = first.task;
    columns.title = first.detail;
  } else {
    columns.title = first.detail ?? first.task;
  }
  if (first.lead !== undefined) columns.lead = first.lead;
  if (first.partners !== undefined) columns.partners = first.partners;
  if (first.deadline !== undefined) columns.deadline = first.deadline;
  return columns;
}

/**
 * A second header row under a merged cell ("责任单位" over "牵头 | 配合"): only column names and blanks, at least
 * one of them a department or deadline column. Returns the columns it names, or null.
 */
function subHeaderColumns(row: string[] | undefined): LedgerColumns | null {
  if (!Array.isArray(row)) return null;
  const columns: LedgerColumns = {};
  let named = false;
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    if (typeof cell !== 'string' || cell.trim() === '') continue;
    const kind = classifyHeaderCell(cell);
    if (kind === null) return null;
    if ((kind === 'lead' || kind === 'partners' || kind === 'deadline') && columns[kind] === undefined) {
      columns[kind] = index;
      named = true;
    }
  }
  return named ? columns : null;
}

/** The first row that reads as a ledger header, with its mapping; null when the paste has none. */
export function detectColumns(rows: string[][]): ColumnMapping | null {
  for (let r = 0; r < rows.length; r++) {
    const columns = headerColumns(rows[r]);
    if (!columns) continue;
    const sub = subHeaderColumns(rows[r + 1]);
    return sub ? { headerRow: r + 1, columns: { ...columns, ...sub } } : { headerRow: r, columns };
  }
  return null;
}
