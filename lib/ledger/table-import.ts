import { stripInvisible } from '../model/text';
import { parseDeadline, type DeadlineContext } from '../model/deadline';
import { splitDepartments } from './departments';
import { classifyHeaderCell, detectColumns, headerColumns, type ColumnMapping, type LedgerColumn } from './table-columns';
import { splitTableText } from './table-split';

/**
 * Turns a ledger table pasted from Word/WPS/Excel (or a CSV file) into task drafts. Merged cells arrive as
 * blank cells on the rows below the first one, so a blank cell inherits the value above it — but only within the
 * same task group: a new 序号 or 重点任务 starts afresh.
 */

export { splitTableText } from './table-split';
export { detectColumns, COLUMN_LABELS, type ColumnMapping, type LedgerColumn, type LedgerColumns } from './table-columns';

export interface ImportedTask {
  seq: string | null;
  group: string | null;
  title: string;
  lead: string[];
  partners: string[];
  deadlineText: string;
  due: string | null;
}

export interface LedgerImport {
  tasks: ImportedTask[];
  warnings: string[];
}

// A 5 MB paste of junk could yield a warning per line; the first ones tell the user what went wrong.
const MAX_WARNINGS = 50;

export const NO_HEADER_WARNING = '未找到表头：请确认粘贴内容包含“序号”“重点任务/具体工作”“牵头部门”“完成时限”等列名所在的一行。';

const INNER_SPACE = /[\s\u200B]/;

function isSpaceCode(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b);
}

function isWideCode(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2010 && code <= 0x206f);
}

/**
 * Trims a cell and undoes the line wrapping Word and PDF extraction put into Chinese text: whitespace between
 * two Chinese characters is dropped ("推进药品耗材 集 中 采购" → "推进药品耗材集中采购"), other runs become one space.
 */
export function cleanCellText(raw: string | undefined): string {
  if (typeof raw !== 'string' || raw === '') return '';
  // Zero-width and bidi characters never reach a title or a department (lib/model/text.ts).
  const cell = stripInvisible(raw);
  const trimmed = cell.trim();
  if (!INNER_SPACE.test(trimmed)) return trimmed;
  let out = '';
  let pendingSpace = false;
  let prevCode = -1;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (isSpaceCode(code)) {
      pendingSpace = prevCode !== -1;
      continue;
    }
    if (pendingSpace && !(isWideCode(prevCode) && isWideCode(code))) out += ' ';
    pendingSpace = false;
    out += cell[i];
    prevCode = code;
  }
  return out;
}

class Warnings {
  readonly list: string[] = [];
  private dropped = 0;
  add(message: string) {
    if (this.list.length < MAX_WARNINGS) this.list.push(message);
    else this.dropped += 1;
  }
  done(): string[] {
    return this.dropped > 0 ? [...this.list, `……另有 ${this.dropped} 条提示未列出。`] : this.list;
  }
}

interface Carried {
  seq: string | null;
  group: string | null;
  lead: string[];
  partners: string[];
  deadlineText: string;
}

export function parseLedgerRows(rows: string[][], mapping: ColumnMapping, context?: DeadlineContext): LedgerImport {
  const warnings = new Warnings();
  const tasks: ImportedTask[] = [];
  const { columns } = mapping;
  if (columns.title === undefined) {
    warnings.add('未指定任务名称列：请在列对应关系中选择“具体工作”或“重点任务”所在的列。');
    return { tasks, warnings: warnings.done() };
  }
  const raw = (row: string[], column: LedgerColumn) => {
    const index = columns[column];
    const value = index === undefined ? undefined : row[index];
    return typeof value === 'string' ? value : '';
  };
  const cell = (row: string[], column: LedgerColumn) => cleanCellText(raw(row, column));
  // Without 序号 or 重点任务 columns there is no group to stay inside: the whole table is one.
  const hasGroups = columns.seq !== undefined || columns.group !== undefined;
  let carried: Carried = { seq: null, group: null, lead: [], partners: [], deadlineText: '' };
  const start = Math.max(mapping.headerRow + 1, 0);
  for (let r = start; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    const rowNumber = r + 1;
    if (row.every((c) => typeof c !== 'string' || c.trim() === '')) continue;
    // The header repeats at the top of every printed page (checked on the title cell first: it is cheap).
    const titleKind = classifyHeaderCell(raw(row, 'title'));
    if ((titleKind === 'task' || titleKind === 'detail') && headerColumns(row)) continue;
    const seq = cell(row, 'seq');
    const group = cell(row, 'group');
    // Department cells stay raw: whitespace separates departments there, it is not line wrapping.
    const leadCell = raw(row, 'lead').trim();
    const partnersCell = raw(row, 'partners').trim();
    const deadlineCell = cell(row, 'deadline');
    const startsGroup = hasGroups && (seq !== '' || group !== '');
    const base: Carried = startsGroup ? { seq: null, group: null, lead: [], partners: [], deadlineText: '' } : carried;
    carried = {
      seq: seq || base.seq,
      group: group || base.group,
      lead: leadCell ? splitDepartments(leadCell) : base.lead,
      partners: partnersCell ? splitDepartments(partnersCell) : base.partners,
      deadlineText: deadlineCell || base.deadlineText,
    };
    const title = cell(row, 'title');
    if (title === '') {
      const mapped = [seq, group, leadCell, partnersCell, deadlineCell].some((v) => v !== '');
      const unmapped = row.some((c, i) => typeof c === 'string' && c.trim() !== '' && !Object.values(columns).includes(i));
      if (mapped || unmapped) warnings.add(`第 ${rowNumber} 行：缺少任务名称，已跳过。`);
      continue;
    }
    tasks.push({
      seq: carried.seq,
      group: carried.group,
      title,
      lead: [...carried.lead],
      partners: [...carried.partners],
      deadlineText: carried.deadlineText,
      due: parseDeadline(carried.deadlineText, context).due,
    });
  }
  if (tasks.length === 0) warnings.add('表头下没有可导入的任务行。');
  return { tasks, warnings: warnings.done() };
}

export function parseLedgerTable(text: string, context?: DeadlineContext): LedgerImport {
  try {
    const rows = splitTableText(text);
    const mapping = detectColumns(rows);
    if (!mapping) return { tasks: [], warnings: [NO_HEADER_WARNING] };
    return parseLedgerRows(rows, mapping, context);
  } catch {
    // Every step is written not to throw; this is the last guard so a paste can never break the import dialog.
    return { tasks: [], warnings: ['无法解析粘贴的内容，请检查是否为表格文本。'] };
  }
}
