import type { CellObject, Sheet } from 'write-excel-file/universal';
import { day, header, int, num, text } from './cells';
import type { SnapshotDiff } from './diff';
import {
  INDICATOR_HEADERS,
  INDICATOR_STATUS_LABEL,
  MONTHLY_HEADERS,
  SHEET_NAMES,
  SUMMARY_HEADERS,
  TASK_HEADERS,
  TASK_STATUS_LABEL,
} from './labels';
import type { GroupSummary, Snapshot } from './types';

type Row = Array<CellObject | null>;
type XlsxSheet = Sheet<never>;

const widths = (...w: number[]) => w.map((width) => ({ width }));

function summaryRow(g: GroupSummary): Row {
  return [text(g.name), int(g.total), int(g.done), int(g.overdue), int(g.dueSoon), num(g.rate, '0.0%')];
}

function changeRows(snapshot: Snapshot, diff: SnapshotDiff | null, lastAt: string | null): Row[] {
  if (!diff || lastAt === null) return [[text('自上次导出以来'), text('（首次导出，无可比较的记录）')]];
  const titles = new Map(snapshot.tasks.map((r) => [r.id, `${r.ledgerTitle}｜${r.title}`]));
  const names = new Map(snapshot.indicators.map((r) => [`${r.unitId}|${r.id}`, `${r.unitName}｜${r.name}`]));
  return [
    [header(`自上次导出（${lastAt}）以来`)],
    [text('新完成'), int(diff.newlyDone.length)],
    ...diff.newlyDone.map((id): Row => [null, text(titles.get(id) ?? id)]),
    [text('新逾期'), int(diff.newlyOverdue.length)],
    ...diff.newlyOverdue.map((id): Row => [null, text(titles.get(id) ?? id)]),
    [text('指标变动'), int(diff.moved.length)],
    ...diff.moved.map((m): Row => [null, text(names.get(`${m.unitId}|${m.id}`) ?? m.id), num(m.from), num(m.to)]),
  ];
}

function summarySheet(s: Snapshot, diff: SnapshotDiff | null, lastAt: string | null): XlsxSheet {
  const data: Row[] = [
    [{ ...text('医改工作进展快照'), fontWeight: 'bold', fontSize: 14 }],
    [text('截至'), day(s.asOf), text('指标月份'), text(s.month)],
    [],
    [header('按台账'), ...SUMMARY_HEADERS.slice(1).map(header)],
    ...s.byLedger.map(summaryRow),
    summaryRow(s.total),
    [],
    [header('按牵头部门'), ...SUMMARY_HEADERS.slice(1).map(header)],
    ...s.byDepartment.map(summaryRow),
    [],
    ...changeRows(s, diff, lastAt),
  ];
  return { sheet: SHEET_NAMES.summary, data, columns: widths(40, 10, 10, 10, 10, 10) };
}

/** A list sheet: one bold header row kept in view when scrolling, then a row per record. */
function listSheet(sheet: string, headers: readonly string[], rows: Row[], columnWidths: number[]): XlsxSheet {
  return { sheet, data: [headers.map(header), ...rows], columns: widths(...columnWidths), stickyRowsCount: 1 };
}

function tasksSheet(s: Snapshot): XlsxSheet {
  const rows = s.tasks.map((r): Row => [
    text(r.ledgerTitle),
    text(r.seq),
    text(r.title),
    text(r.lead),
    text(r.partners),
    text(r.deadlineText),
    day(r.due),
    text(TASK_STATUS_LABEL[r.status]),
    day(r.doneAt),
    text(r.notes),
    text(r.id),
  ]);
  return listSheet(SHEET_NAMES.tasks, TASK_HEADERS, rows, [28, 6, 50, 18, 18, 18, 12, 9, 12, 30, 16]);
}

function indicatorsSheet(s: Snapshot): XlsxSheet {
  const rows = s.indicators.map((r): Row => [
    text(r.unitName),
    text(r.name),
    text(r.measure),
    text(r.month),
    num(r.value),
    text(r.target),
    num(r.gap),
    text(INDICATOR_STATUS_LABEL[r.status]),
    num(r.vsPrevMonth),
    num(r.vsLastSnapshot),
    text(r.id),
  ]);
  return listSheet(SHEET_NAMES.indicators, INDICATOR_HEADERS, rows, [16, 28, 8, 9, 10, 14, 10, 8, 10, 12, 24]);
}

function monthlySheet(s: Snapshot): XlsxSheet {
  const rows = s.monthly.map((r): Row => [
    text(r.unitName),
    text(r.indicator),
    text(r.measure),
    text(r.month),
    num(r.value),
  ]);
  return listSheet(SHEET_NAMES.monthly, MONTHLY_HEADERS, rows, [16, 28, 8, 9, 10]);
}

/** The four sheets of the report, as plain data for the writer (pure: callable from Node and the bench). */
export function workbookSheets(
  snapshot: Snapshot,
  diff: SnapshotDiff | null = null,
  lastAt: string | null = null,
): XlsxSheet[] {
  return [
    summarySheet(snapshot, diff, lastAt),
    tasksSheet(snapshot),
    indicatorsSheet(snapshot),
    monthlySheet(snapshot),
  ];
}
