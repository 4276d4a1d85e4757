/**
 * Finds the header row of a pasted ledger table and which column holds what. Officials' tables name the same
 * column many ways (重点任务 / 工作任务 / 任务名称, 牵头部门 / 责任单位, 完成时限 / 时间进度安排 …), so header
 * cells are matched by key words, most specific first ("具体工作内容和任务" is a work item, not a 任务 group).
 */

export type LedgerColumn =
  | 'seq'
  | 'group'
  | 'title'
  | 'lead'
  | 'lead2'
  | 'partners'
  | 'deadline'
  | 'schedule'
  | 'leaders'
  | 'progress';

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
  lead2: '主体责任单位',
  partners: '配合部门',
  deadline: '完成时限',
  schedule: '进度安排',
  leaders: '责任领导',
  progress: '进展情况',
};

/**
 * What a header cell announces; 'task' and 'detail' become group/title once the whole row is known, and 'duty'
 * (a bare 责任单位) becomes partners when a 牵头 column stands beside it, else lead.
 */
export type HeaderKind =
  | 'seq'
  | 'task'
  | 'detail'
  | 'lead'
  | 'main'
  | 'duty'
  | 'partners'
  | 'deadline'
  | 'schedule'
  | 'leaders'
  | 'progress'
  | 'other';

// Longer than this (without spaces) a cell is content, not a column name.
const MAX_HEADER_CHARS = 24;

// People, never units: checked before 牵头 so that 牵头领导 is a person column.
const PERSON = /(领导|负责人|责任人|联系人|分管|经办人|联络员)(姓名)?$|^(责任|分管|牵头|联系)(领导|人)/;

const RULES: Array<[HeaderKind, RegExp]> = [
  ['seq', /^(序号|编号|序|No\.?|#)$/i],
  ['leaders', PERSON],
  ['progress', /完成情况|进展|推进情况|落实情况|进度情况/],
  ['other', /备注|说明/],
  ['partners', /配合|协办|协作|协同|协助|参与|辅助/],
  ['lead', /牵头|主责|主办|承办/],
  // 主体责任单位 lead too; beside a 牵头 column they are a second lead column.
  ['main', /主体责任|责任主体/],
  [
    'duty',
    /责任(部门|单位|处室|科室|股室)|负责(部门|单位|科室|处室)|实施(部门|单位|主体)|落实(科室|部门|单位|处室)|责任方|承担(单位|部门)/,
  ],
  ['schedule', /进度|节点|步骤|时序|阶段/],
  ['deadline', /时限|时间|期限|日期/],
  // 工作要求 / 一级要点 head the groups (工作要求 ⊃ 工作任务 ⊃ 具体要求).
  ['task', /^(工作要求|一级要点|工作目标)$/],
  ['detail', /具体|内容|措施|举措|细化|分解|要求|二级要点/],
  ['task', /任务|重点工作|事项|项目|实事|要点|工作目标/],
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
  const taskColumns: number[] = [];
  let recognized = 0;
  row.forEach((cell, index) => {
    const kind = classifyHeaderCell(cell);
    if (!kind || kind === 'other') return;
    recognized += 1;
    if (kind === 'task') taskColumns.push(index);
    if (first[kind] === undefined) first[kind] = index;
  });
  // Two group levels (工作要求 | 工作任务 | 具体要求): the group is the one nearest the task.
  if (first.detail !== undefined) {
    // A header cell spanning two columns (工作任务 over group | 序号) counts once, at its first column.
    const before = taskColumns.filter(
      (i) => i < first.detail! && row[i] !== row[first.detail!] && row[i] !== row[i - 1],
    );
    if (before.length > 0) {
      first.task = before[before.length - 1];
      if (first.seq === undefined && row[first.task + 1] === row[first.task] && first.task + 1 < first.detail)
        first.seq = first.task + 1;
    }
  }
  if (recognized < 2 || (first.task === undefined && first.detail === undefined)) return null;
  const columns: LedgerColumns = {};
  if (first.seq !== undefined) columns.seq = first.seq;
  if (first.task !== undefined && first.detail !== undefined) {
    columns.group = first.task;
    columns.title = first.detail;
  } else {
    columns.title = first.detail ?? first.task;
  }
  // "具体要求" over three columns (heading | 序号 | text): the text is in the last one, the heading in the first.
  const title = columns.title!;
  let end = title;
  while (end + 1 < row.length && row[end + 1] === row[title] && Object.values(first).every((i) => i !== end + 1)) end++;
  if (end > title) {
    if (columns.group === undefined) columns.group = title;
    if (columns.seq === undefined && end - title >= 2) columns.seq = title + 1;
    columns.title = end;
  }
  assignUnitColumns(columns, first);
  if (first.deadline !== undefined) columns.deadline = first.deadline;
  if (first.schedule !== undefined) {
    // A 进度安排 column alone is the deadline column too; beside a 完成时限 it only gives the milestones.
    if (first.deadline === undefined) columns.deadline = first.schedule;
    else columns.schedule = first.schedule;
  }
  if (first.leaders !== undefined) columns.leaders = first.leaders;
  if (first.progress !== undefined) columns.progress = first.progress;
  return columns;
}

/** 牵头 + 责任单位 in one table: the 责任单位 are the partners (the cause of "two lead columns"). */
function assignUnitColumns(columns: LedgerColumns, first: Partial<Record<HeaderKind, number>>) {
  if (first.main !== undefined) {
    if (first.lead === undefined) first = { ...first, lead: first.main };
    else columns.lead2 = first.main;
  }
  if (first.lead !== undefined) {
    columns.lead = first.lead;
    const partners = first.partners ?? first.duty;
    if (partners !== undefined) columns.partners = partners;
  } else if (first.duty !== undefined) {
    columns.lead = first.duty;
    if (first.partners !== undefined) columns.partners = first.partners;
  } else if (first.partners !== undefined) columns.partners = first.partners;
}

/**
 * A second header row under a merged cell ("责任单位" over "牵头 | 配合"): only column names and blanks, at least
 * one of them a department or deadline column. Returns the columns it names, or null.
 */
function subHeaderColumns(row: string[] | undefined): LedgerColumns | null {
  if (!Array.isArray(row)) return null;
  const first: Partial<Record<HeaderKind, number>> = {};
  let named = false;
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    if (typeof cell !== 'string' || cell.trim() === '') continue;
    const kind = classifyHeaderCell(cell);
    if (kind === null) return null;
    if (SUB_KINDS.has(kind) && first[kind] === undefined) {
      first[kind] = index;
      named = true;
    }
  }
  if (!named) return null;
  const columns: LedgerColumns = {};
  assignUnitColumns(columns, first);
  if (first.deadline !== undefined) columns.deadline = first.deadline;
  else if (first.schedule !== undefined) columns.deadline = first.schedule;
  if (first.leaders !== undefined) columns.leaders = first.leaders;
  if (first.progress !== undefined) columns.progress = first.progress;
  return columns;
}

const SUB_KINDS = new Set<HeaderKind>([
  'lead',
  'main',
  'duty',
  'partners',
  'deadline',
  'schedule',
  'leaders',
  'progress',
]);

function filledLength(row: string[] | undefined): number {
  if (!Array.isArray(row)) return 0;
  let n = row.length;
  while (n > 0 && (typeof row[n - 1] !== 'string' || row[n - 1].trim() === '')) n--;
  return n;
}

/**
 * Copied as text, a header cell spanning columns is written once ("工作任务" over group | 序号), so the data rows
 * are wider than the header. When the widest text of the data sits `d` columns right of the header's title column,
 * the columns from the title on move right by d; what the span covered becomes the group and 序号 columns.
 */
function alignSpannedHeader(rows: string[][], headerRow: number, columns: LedgerColumns): LedgerColumns {
  const title = columns.title;
  if (title === undefined) return columns;
  const header = filledLength(rows[headerRow]);
  const sample = rows.slice(headerRow + 1, headerRow + 21).filter((r) => filledLength(r) > 0);
  if (sample.length === 0) return columns;
  const widths = sample.map(filledLength).sort((a, b) => a - b);
  const d = widths[Math.floor(widths.length / 2)] - header;
  if (d <= 0 || d > 3) return columns;
  const avg = (c: number) =>
    sample.reduce((sum, r) => sum + (typeof r[c] === 'string' ? r[c].length : 0), 0) / sample.length;
  if (avg(title + d) <= avg(title) * 1.5) return columns;
  const shifted: LedgerColumns = {};
  for (const [role, index] of Object.entries(columns) as Array<[keyof LedgerColumns, number]>)
    shifted[role] = index > title || role === 'title' ? index + d : index;
  const numeric = (c: number) => sample.filter((r) => /^\s*\d{1,3}\s*$/.test(r[c] ?? '')).length >= sample.length / 2;
  if (shifted.seq === undefined) for (let c = title; c < title + d; c++) if (numeric(c)) shifted.seq = c;
  if (shifted.group === undefined && shifted.seq !== title) shifted.group = title;
  return shifted;
}

/** The first row that reads as a ledger header, with its mapping; null when the paste has none. */
export function detectColumns(rows: string[][]): ColumnMapping | null {
  for (let r = 0; r < rows.length; r++) {
    const found = headerColumns(rows[r]);
    if (!found) continue;
    const columns = alignSpannedHeader(rows, r, found);
    const sub = subHeaderColumns(rows[r + 1]);
    return sub ? { headerRow: r + 1, columns: { ...columns, ...sub } } : { headerRow: r, columns };
  }
  return null;
}
