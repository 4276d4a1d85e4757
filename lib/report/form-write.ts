import type { CellInput, SheetSpec } from '../model/xlsx/write';
import { writeWorkbook } from '../model/xlsx/write';
import { columnName } from '../model/xlsx/xml';
import { formInput, type ReportFormInput } from './form-types';
import {
  COL,
  FORM_COLUMNS,
  FORM_MARK,
  FORM_SHEET,
  FORM_VERSION,
  META_ROWS,
  META_SHEET,
  META_TASKS_HEADER,
  NAME_OF,
  ROLE_LABEL,
  type MetaKey,
} from './form-layout';
import { REPORT_STATUSES } from './status';

type Task = ReportFormInput['tasks'][number];

function taskCell(key: (typeof FORM_COLUMNS)[number]['key'], t: Task): CellInput {
  switch (key) {
    case 'id':
      return { value: t.id };
    case 'seq':
      return { value: t.seq ?? '', align: 'center' };
    case 'title':
      return { value: t.title };
    case 'role':
      return { value: ROLE_LABEL[t.role], align: 'center' };
    case 'deadline':
      return { value: t.deadlineText };
    case 'due':
      return { value: t.due, date: true };
    case 'last':
      return { value: t.lastProgress ?? '' };
    case 'doneOn':
      return { value: t.filled?.doneOn ?? null, date: true, unlocked: true };
    case 'status':
      return { value: t.filled?.status ?? null, unlocked: true };
    case 'progress':
      return { value: t.filled?.progress || null, unlocked: true };
    case 'evidence':
      return { value: t.filled?.evidence || null, unlocked: true };
    default:
      return { value: null, unlocked: true };
  }
}

function formSheet(input: ReportFormInput): SheetSpec {
  const statusCol = columnName(FORM_COLUMNS.findIndex((c) => c.key === 'status'));
  const last = input.tasks.length + 1;
  // Lead tasks first: what the department answers for, then what it helps with.
  const tasks = [...input.tasks.filter((t) => t.role === 'lead'), ...input.tasks.filter((t) => t.role === 'partner')];
  return {
    name: FORM_SHEET,
    rows: [
      FORM_COLUMNS.map((c) => ({ value: COL[c.key], bold: true, fill: true, align: 'center' as const })),
      ...tasks.map((t) => FORM_COLUMNS.map((c) => taskCell(c.key, t))),
    ],
    widths: FORM_COLUMNS.map((c) => c.width),
    headerRows: 1,
    protect: true,
    landscape: true,
    printTitle: `${input.ledgerTitle} ${input.department} ${input.period.label}报送表`,
    validations: input.tasks.length
      ? [
          {
            ref: `${statusCol}2:${statusCol}${last}`,
            list: REPORT_STATUSES,
            prompt: REPORT_STATUSES.join('、'),
            error: `请从下拉列表中选择：${REPORT_STATUSES.join('、')}`,
          },
        ]
      : [],
  };
}

function metaSheet(input: ReportFormInput, meta: Record<MetaKey, string>): SheetSpec {
  return {
    name: META_SHEET,
    hidden: true,
    protect: true,
    rows: [
      ...META_ROWS.map(([key, label]): CellInput[] => [label, key === 'mark' ? FORM_MARK : meta[key]]),
      [],
      [...META_TASKS_HEADER],
      ...input.tasks.map((t): CellInput[] => [t.id, t.title]),
    ],
    widths: [16, 60],
  };
}

/** The department's 报送表 (.xlsx): its tasks, last progress, and the four columns to fill. */
export async function writeReportForm(raw: ReportFormInput): Promise<Uint8Array> {
  const input = formInput.parse(raw);
  const meta: Record<MetaKey, string> = {
    mark: FORM_MARK,
    version: FORM_VERSION,
    ledgerId: input.ledgerId,
    ledgerTitle: input.ledgerTitle,
    department: input.department,
    periodLabel: input.period.label,
    periodStart: input.period.start,
    periodEnd: input.period.end,
    writtenAt: new Date().toISOString(),
  };
  const names: Record<string, string> = {};
  for (const [key, name] of Object.entries(NAME_OF)) {
    // A defined name's formula is limited to 255 characters.
    if (name && meta[key as MetaKey].length <= 240) names[name] = meta[key as MetaKey];
  }
  return writeWorkbook({ sheets: [formSheet(input), metaSheet(input, meta)], names });
}
