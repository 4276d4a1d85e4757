import { stripInvisible } from '../model/text';
import { BOLD_OPEN, cellUnits, splitPeople, stripMarks } from './cell-units';
import type { DeadlineContext } from '../model/deadline';
import { headingText, isHeadingRow } from './heading-row';
import { lastMilestoneDue, parseMilestones, phaseDue, type Milestone } from './milestones';
import {
  classifyHeaderCell,
  detectColumns,
  headerColumns,
  type ColumnMapping,
  type LedgerColumn,
} from './table-columns';
import { splitTableText } from './table-split';

/**
 * Turns a ledger table pasted from Word/WPS/Excel (or a CSV file) into task drafts. Merged cells arrive as
 * blank cells on the rows below the first one, so a blank cell inherits the value above it — but only within the
 * same task group: a new 序号 or 重点任务 starts afresh.
 */

export { splitTableText } from './table-split';
export {
  detectColumns,
  COLUMN_LABELS,
  type ColumnMapping,
  type LedgerColumn,
  type LedgerColumns,
} from './table-columns';

export interface ImportedTask {
  seq: string | null;
  group: string | null;
  title: string;
  lead: string[];
  partners: string[];
  deadlineText: string;
  due: string | null;
  /** People (责任领导/分管领导/责任人…), never units. */
  leaders: string[];
  /** Phases of a 进度安排 cell, each with its own date; due is the last one's. */
  milestones: Milestone[];
  /** The 进展情况/完成情况 cell, the task's latest progress. */
  progress: string | null;
}

export interface LedgerImport {
  tasks: ImportedTask[];
  warnings: string[];
}

export interface RowOptions extends DeadlineContext {
  /** The document says "列第一位者为牵头单位": in a department cell the first unit leads, the rest partner. */
  firstLeads?: boolean;
}

// A 5 MB paste of junk could yield a warning per line; the first ones tell the user what went wrong.
const MAX_WARNINGS = 50;

export const NO_HEADER_WARNING =
  '未找到表头：请确认粘贴内容包含“序号”“重点任务/具体工作”“牵头部门”“完成时限”等列名所在的一行。';

const INNER_SPACE = /[\s\u200B]/;

function isSpaceCode(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b);
}

function isWideCode(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2010 && code <= 0x206f)
  );
}

/**
 * Trims a cell and undoes the line wrapping Word and PDF extraction put into Chinese text: whitespace between
 * two Chinese characters is dropped ("推进药品耗材 集 中 采购" → "推进药品耗材集中采购"), other runs become one space.
 */
export function cleanCellText(input: string | undefined): string {
  if (typeof input !== 'string' || input === '') return '';
  // Zero-width and bidi characters never reach a title or a department (lib/model/text.ts).
  const visible = stripInvisible(input);
  const cell = visible.includes(BOLD_OPEN) || visible.includes('\uE001') ? stripMarks(visible) : visible;
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
  /** Units of the lead cell that only partner (plain beside bold, or after the first). */
  leadPartners: string[];
  partners: string[];
  leaders: string[];
  deadlineText: string;
  scheduleText: string;
}

const EMPTY: Carried = {
  seq: null,
  group: null,
  lead: [],
  leadPartners: [],
  partners: [],
  leaders: [],
  deadlineText: '',
  scheduleText: '',
};

function allUnits(cell: string): string[] {
  const { lead, partners } = cellUnits(cell);
  return [...lead, ...partners];
}

/** "列第一位者为牵头单位" and its variants, anywhere in a document's text. */
export const FIRST_LEADS =
  /(列|排|居|位于|放在)(在)?(第一位|首位|第一|首)[^。；]{0,6}(为|是)?牵头|第一(个|位)?(单位|部门)?为牵头|排名第一|牵头单位(列|排)(在)?(第一位|首位|首)/;

// Merged cells repeat one text down many rows: each distinct cell is read once.
function memo<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text: string): T => {
    let value = seen.get(text);
    if (value === undefined) {
      value = read(text);
      if (seen.size < 20_000) seen.set(text, value);
    }
    return value;
  };
}

function uniq(names: string[]): string[] {
  return [...new Set(names)];
}

export function parseLedgerRows(rows: string[][], mapping: ColumnMapping, context?: RowOptions): LedgerImport {
  const warnings = new Warnings();
  const tasks: ImportedTask[] = [];
  const { columns } = mapping;
  if (columns.title === undefined) {
    warnings.add('未指定任务名称列：请在列对应关系中选择“具体工作”或“重点任务”所在的列。');
    return { tasks, warnings: warnings.done() };
  }
  const deadlineContext: DeadlineContext = { year: context?.year };
  const firstLeads = context?.firstLeads === true;
  const unitsOf = memo((text: string) => cellUnits(text, firstLeads));
  const namesOf = memo(allUnits);
  const peopleOf = memo(splitPeople);
  const milestonesOf = memo((text: string) => parseMilestones(text, deadlineContext));
  const dueOf = memo((text: string) => phaseDue(text, deadlineContext));
  const raw = (row: string[], column: LedgerColumn) => {
    const index = columns[column];
    const value = index === undefined ? undefined : row[index];
    return typeof value === 'string' ? value : '';
  };
  const cell = (row: string[], column: LedgerColumn) => cleanCellText(raw(row, column));
  const mappedIndexes = new Set(Object.values(columns));
  // Without 序号 or 重点任务 columns there is no group to stay inside: the whole table is one.
  const hasGroups = columns.seq !== undefined || columns.group !== undefined;
  let carried: Carried = EMPTY;
  // "一、强化组织领导" alone in a row: the group of the rows under it, until the next such row.
  let heading: string | null = null;
  const start = Math.max(mapping.headerRow + 1, 0);
  for (let r = start; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [];
    const rowNumber = r + 1;
    if (row.every((c) => typeof c !== 'string' || c.trim() === '')) continue;
    // The header repeats at the top of every printed page (checked on the title cell first: it is cheap).
    const titleKind = classifyHeaderCell(cleanCellText(raw(row, 'title')));
    if ((titleKind === 'task' || titleKind === 'detail') && headerColumns(row.map(cleanCellText))) continue;
    if (isHeadingRow(row, columns)) {
      heading = headingText(row);
      carried = EMPTY;
      continue;
    }
    const seq = cell(row, 'seq');
    const group = cell(row, 'group');
    // Department cells stay raw: whitespace separates departments there, it is not line wrapping.
    const leadCell = raw(row, 'lead').trim();
    const partnersCell = raw(row, 'partners').trim();
    const leadersCell = raw(row, 'leaders').trim();
    const deadlineCell = cell(row, 'deadline');
    // The schedule keeps its line breaks: one phase per line is a common layout.
    const scheduleCell = stripMarks(raw(row, columns.schedule !== undefined ? 'schedule' : 'deadline')).trim();
    const startsGroup = hasGroups && (seq !== '' || group !== '');
    const base: Carried = startsGroup ? EMPTY : carried;
    const lead2Cell = raw(row, 'lead2').trim();
    const leadText = [leadCell, lead2Cell].filter(Boolean).join('\n');
    const units = leadText ? unitsOf(leadText) : { lead: base.lead, partners: base.leadPartners };
    const partnerNames = partnersCell ? namesOf(partnersCell) : base.partners;
    carried = {
      seq: seq || base.seq,
      // A merged group cell comes blank below its first row even where every row has its own 序号.
      group: group || (startsGroup ? carried.group : base.group),
      lead: units.lead,
      leadPartners: units.partners,
      partners: partnerNames,
      leaders: leadersCell ? peopleOf(leadersCell) : base.leaders,
      deadlineText: deadlineCell || base.deadlineText,
      scheduleText: scheduleCell || base.scheduleText,
    };
    const title = cell(row, 'title');
    if (title === '') {
      const mapped = [seq, group, leadCell, partnersCell, deadlineCell].some((v) => v !== '');
      const unmapped = row.some((c, i) => typeof c === 'string' && c.trim() !== '' && !mappedIndexes.has(i));
      if (mapped || unmapped) warnings.add(`第 ${rowNumber} 行：缺少任务名称，已跳过。`);
      continue;
    }
    const milestones = milestonesOf(carried.scheduleText);
    const progress = cell(row, 'progress');
    tasks.push({
      seq: carried.seq,
      group: carried.group ?? heading,
      title,
      lead: [...carried.lead],
      partners: uniq([...carried.leadPartners, ...carried.partners]).filter((n) => !carried.lead.includes(n)),
      deadlineText: carried.deadlineText,
      due:
        (columns.schedule === undefined ? lastMilestoneDue(milestones) : null) ??
        dueOf(carried.deadlineText) ??
        lastMilestoneDue(milestones),
      leaders: [...carried.leaders],
      milestones: milestones.map((m) => ({ ...m })),
      progress: progress === '' ? null : progress,
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
    const firstLeads = typeof text === 'string' && FIRST_LEADS.test(text.slice(0, 200_000));
    return parseLedgerRows(rows, mapping, { year: context?.year, firstLeads });
  } catch {
    // Every step is written not to throw; this is the last guard so a paste can never break the import dialog.
    return { tasks: [], warnings: ['无法解析粘贴的内容，请检查是否为表格文本。'] };
  }
}
