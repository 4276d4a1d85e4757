import { readDefinedNames } from '../model/xlsx/names';
import { readDate } from './dates';
import {
  COL,
  FORM_MARK,
  FORM_SHEET,
  MAX_EVIDENCE,
  MAX_PROGRESS,
  META_ROWS,
  META_TASKS_HEADER,
  NAME_OF,
  type MetaKey,
} from './form-layout';
import { reportPeriod, type ReportFormResult, type ReportFormRow } from './form-types';
import { readStatus, REPORT_STATUSES } from './status';

type Cell = string | number | boolean | Date | null;
type Grid = Cell[][];

const empty = (): ReportFormResult => ({
  ledgerId: '',
  department: '',
  period: { label: '', start: '', end: '' },
  rows: [],
  warnings: [],
  error: null,
  ledgerTitle: '',
  unmatched: [],
});

const failed = (error: string): ReportFormResult => ({ ...empty(), warnings: [error], error });

const cellText = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).trim();
};
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/** "完成状态（必填）" and "完成状态*" still name the 完成状态 column. */
const headerName = (c: Cell | undefined) =>
  norm(cellText(c))
    .replace(/[(（【[].*$/, '')
    .replace(/[*＊:：]+$/, '');

function fileProblem(bytes: Uint8Array): string | null {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return '文件是空的，请重新选择报送表文件。';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return '这是旧版 Excel（.xls）或 WPS（.et）格式的文件，请在 WPS/Excel 中“另存为”Excel 工作簿（.xlsx）后再导入。';
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    return '这不是 Excel 工作簿（.xlsx）文件，无法读取。请选择下发的报送表，填写后保存为 .xlsx 格式。';
  }
  return null;
}

/** The facts the writer left in the meta sheet (found by its mark, whatever the sheet is called now). */
function readMetaSheet(
  sheets: Array<{ data: Grid }>,
): { meta: Partial<Record<MetaKey, string>>; titles: Map<string, string>; ids: Set<string> } | null {
  const labels = new Map<string, MetaKey>(META_ROWS.map(([k, label]) => [label, k]));
  for (const { data } of sheets) {
    if (cellText(data[0]?.[1]) !== FORM_MARK) continue;
    const meta: Partial<Record<MetaKey, string>> = {};
    const titles = new Map<string, string>();
    const ids = new Set<string>();
    let inTasks = false;
    for (const row of data) {
      const a = cellText(row[0]);
      const b = cellText(row[1]);
      if (inTasks) {
        if (a) {
          ids.add(a);
          if (b && !titles.has(norm(b))) titles.set(norm(b), a);
        }
      } else if (a === META_TASKS_HEADER[0]) inTasks = true;
      else if (labels.has(a)) meta[labels.get(a)!] = b;
    }
    return { meta, titles, ids };
  }
  return null;
}

function readNames(bytes: Uint8Array): Partial<Record<MetaKey, string>> | null {
  let names: Record<string, string>;
  try {
    names = readDefinedNames(bytes);
  } catch {
    return null;
  }
  if (names[NAME_OF.mark!] !== FORM_MARK) return null;
  const meta: Partial<Record<MetaKey, string>> = {};
  for (const [key, name] of Object.entries(NAME_OF))
    if (name && names[name] !== undefined) meta[key as MetaKey] = names[name];
  return meta;
}

/** The sheet and row holding the 编号 and 完成状态 headers (someone may have added a title row above). */
function findHeader(
  sheets: Array<{ sheet: string; data: Grid }>,
): { data: Grid; row: number; cols: Map<string, number> } | null {
  const ordered = [...sheets.filter((s) => s.sheet === FORM_SHEET), ...sheets.filter((s) => s.sheet !== FORM_SHEET)];
  for (const { data } of ordered) {
    for (let r = 0; r < Math.min(10, data.length); r++) {
      const names = (data[r] ?? []).map(headerName);
      if (names.includes(COL.id) && names.includes(COL.status)) {
        const cols = new Map<string, number>();
        names.forEach((n, i) => {
          if (n && !cols.has(n)) cols.set(n, i);
        });
        return { data, row: r, cols };
      }
    }
  }
  return null;
}

function clip(text: string, max: number, what: string, line: number, warnings: string[]): string {
  if (text.length <= max) return text;
  warnings.push(`第 ${line} 行的${what}超过 ${max} 字，超出部分未导入。`);
  return text.slice(0, max);
}

/** Reads a returned 报送表; never throws: an unreadable file gives `error` and a warning in Chinese. */
export async function readReportForm(bytes: Uint8Array): Promise<ReportFormResult> {
  const problem = fileProblem(bytes);
  if (problem) return failed(problem);
  let sheets: Array<{ sheet: string; data: Grid }>;
  try {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer, { trim: true })) as unknown as Array<{ sheet: string; data: Grid }>;
  } catch {
    return failed('文件已损坏或不是 Excel 工作簿，无法读取。请用 WPS/Excel 打开确认后另存为 .xlsx 再导入。');
  }
  const result = empty();
  const w = result.warnings;
  const fromSheet = readMetaSheet(sheets);
  const fromNames = readNames(bytes);
  const meta = { ...fromNames, ...fromSheet?.meta };
  if (!fromSheet && !fromNames) {
    w.push(
      '找不到报送表信息（台账、报送单位、报送周期）：这可能不是本扩展下发的报送表，或隐藏的“报送表信息”工作表被删除了。请使用下发的原表填写。',
    );
  } else if (!fromSheet) {
    w.push(
      '隐藏的“报送表信息”工作表已被删除，已从工作簿名称中找回台账、单位和周期；编号被清空的行无法按任务名称找回。',
    );
  }
  result.ledgerId = meta.ledgerId ?? '';
  result.ledgerTitle = meta.ledgerTitle ?? '';
  result.department = meta.department ?? '';
  const period = reportPeriod.safeParse({ label: meta.periodLabel, start: meta.periodStart, end: meta.periodEnd });
  if (period.success) result.period = period.data;
  else if (fromSheet || fromNames) w.push('报送表中的报送周期信息不完整，无法确定是哪一期的报送。');

  const header = findHeader(sheets);
  if (!header) {
    result.error = `找不到表头：报送表应有一行列名，包括“${COL.id}”和“${COL.status}”。`;
    w.push(result.error);
    return result;
  }
  const yearHint = result.period.end ? Number(result.period.end.slice(0, 4)) : null;
  const at = (row: Cell[], name: string) => (header.cols.has(name) ? (row[header.cols.get(name)!] ?? null) : null);
  for (const name of [COL.progress, COL.doneOn, COL.evidence]) {
    if (!header.cols.has(name)) w.push(`表中没有“${name}”列，这一项按空白导入。`);
  }
  const seen = new Set<string>();
  for (let r = header.row + 1; r < header.data.length; r++) {
    const row = header.data[r] ?? [];
    const line = r + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    const rawStatus = at(row, COL.status);
    let status = readStatus(rawStatus);
    if (status === null) {
      w.push(`第 ${line} 行的完成状态“${cellText(rawStatus)}”不是${REPORT_STATUSES.join('、')}之一，已按未填写处理。`);
      status = '';
    }
    const rawDate = at(row, COL.doneOn);
    const date = readDate(rawDate, yearHint);
    if (date.invalid) w.push(`第 ${line} 行的完成日期“${cellText(rawDate)}”不是可识别的日期，已按未填写处理。`);
    if (date.guessedYear) w.push(`第 ${line} 行的完成日期“${cellText(rawDate)}”没有写年份，按 ${yearHint} 年读取。`);
    const fields: Omit<ReportFormRow, 'id'> = {
      status: status || null,
      progress: clip(cellText(at(row, COL.progress)), MAX_PROGRESS, COL.progress, line, w),
      doneOn: date.date,
      evidence: clip(cellText(at(row, COL.evidence)), MAX_EVIDENCE, COL.evidence, line, w),
    };
    let id = cellText(at(row, COL.id));
    const title = cellText(at(row, COL.title));
    if (!id) {
      const found = fromSheet?.titles.get(norm(title));
      if (found) {
        id = found;
        w.push(`第 ${line} 行的编号是空的，已按任务名称对应到编号 ${found}。`);
      } else {
        result.unmatched.push({ ...fields, title, rowNumber: line });
        w.push(
          `第 ${line} 行的编号是空的${title ? `，任务名称“${title.slice(0, 30)}”也对不上本表的任务` : ''}，需要按任务名称手工核对。`,
        );
        continue;
      }
    } else if (fromSheet && !fromSheet.ids.has(id)) {
      w.push(`第 ${line} 行的编号 ${id} 不是本表下发的任务。`);
    }
    if (seen.has(id)) {
      w.push(`编号 ${id} 出现了不止一行，只读取了第一行。`);
      continue;
    }
    seen.add(id);
    if (fields.status === '已完成' && !fields.doneOn) w.push(`第 ${line} 行填了“已完成”，但没有填完成日期。`);
    result.rows.push({ id, ...fields });
  }
  return result;
}
