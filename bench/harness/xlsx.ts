import type { FigureRecord, TaskRecord } from '../../lib/db/records';

/**
 * Which code builds the .xlsx. lib/export/ (the pure workbook builder) had not landed when the bench was written,
 * so this measures write-excel-file directly on rows equivalent to an export. To switch: import the builder from
 * lib/export here, call it in buildXlsx, and set XLSX_SOURCE to its path.
 */
export const XLSX_SOURCE = 'write-excel-file（直接调用，lib/export 尚未就绪）';

const TASK_HEADER = ['台账', '序号', '重点任务', '牵头部门', '配合部门', '完成时限', '截止日期', '状态'];

const header = (values: string[]) => values.map((value) => ({ value, fontWeight: 'bold' as const }));

export async function buildXlsx(tasks: TaskRecord[], figures: FigureRecord[], indicatorIds: string[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const taskRows = tasks.map((t) => [
    t.ledgerId, t.seq ?? '', t.title, t.lead.join('、'), t.partners.join('、'), t.deadlineText, t.due, t.done ? '已完成' : '未完成',
  ]);
  const months = figures.map((f) => f.month);
  const figureRows = indicatorIds.map((id) => [id, ...figures.map((f) => f.values[id] ?? '')]);
  return writeXlsxFile([
    { data: [header(TASK_HEADER), ...taskRows], sheet: '任务台账' },
    { data: [header(['指标', ...months]), ...figureRows], sheet: '指标月度值' },
  ]).toBlob();
}
