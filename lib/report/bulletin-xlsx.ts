import { daysBetween } from '../model/calendar';
import { writeWorkbook, type CellInput, type SheetSpec } from '../model/xlsx/write';
import { type BulletinChanges, type BulletinData, share } from './bulletin';

/** The 通报 as a print-ready workbook (landscape, one page wide, header rows repeated, autofilter) and as CSV. */

export const BULLETIN_DEPT_HEADERS = [
  '单位',
  '任务数',
  '已完成',
  '按时完成',
  '逾期',
  '未报送',
  '完成率(%)',
  '按时完成率(%)',
  '本期是否报送',
] as const;
const OVERDUE_HEADERS = ['序号', '工作任务', '牵头单位', '截止日期', '逾期天数', '最新进展'] as const;
const CHANGE_HEADERS = ['变化', '序号', '工作任务', '牵头单位', '最新进展'] as const;
const FIGURE_SLOTS = 3;
const INDICATOR_HEADERS = [
  '指标',
  '单位',
  '目标',
  '月份',
  '指标值',
  ...Array.from({ length: FIGURE_SLOTS }, (_, i) => [`原始数据${i + 1}`, `数值${i + 1}`]).flat(),
];

const head = (s: string): CellInput => ({ value: s, bold: true, fill: true, align: 'center' });
const title = (s: string, columns: number): CellInput[] => [
  { value: s, bold: true, size: 14, border: false, nowrap: true },
  ...Array.from({ length: columns - 1 }, (): CellInput => ({ value: null, border: false })),
];

function daysLate(due: string | null, asOf: string): number | null {
  if (!due) return null;
  return Math.max(0, daysBetween(due, asOf));
}

export function deptRows(d: BulletinData): Array<Array<string | number>> {
  return d.departments.map((x) => [
    x.department,
    x.tasks,
    x.done,
    x.onTime,
    x.overdue,
    x.notReported,
    share(x.done, x.tasks),
    share(x.onTime, x.tasks),
    x.reported ? '已报送' : '未报送',
  ]);
}

function sheet(
  name: string,
  heading: string,
  headers: readonly string[],
  rows: CellInput[][],
  widths: number[],
): SheetSpec {
  return {
    name,
    rows: [title(heading, headers.length), headers.map(head), ...rows],
    widths,
    headerRows: 2,
    autoFilter: { headerRow: 2, columns: headers.length },
    landscape: true,
    printTitle: heading,
  };
}

export function bulletinWorkbook(d: BulletinData, changes: BulletinChanges, since: string | null): Uint8Array {
  const name = `${d.ledgerTitle} ${d.period.label}工作进展通报`;
  const overdue = d.tasks.filter((t) => t.state === 'overdue');
  const changeRows: CellInput[][] =
    since === null
      ? [['（首次通报，无可比较的上期通报）', null, null, null, null]]
      : (
          [
            ['新完成', changes.newlyDone],
            ['新逾期', changes.newlyOverdue],
            ['逾期后恢复', changes.recovered],
            ['新增任务', changes.added],
          ] as const
        ).flatMap(([kind, list]) => list.map((t): CellInput[] => [kind, t.seq ?? '', t.title, t.lead, t.progress]));
  const indicatorRows = d.indicators.flatMap((i) =>
    i.months.map((m): CellInput[] => [
      i.name,
      i.unit,
      i.target,
      m.month,
      { value: m.value, format: '0.0#' },
      ...Array.from({ length: FIGURE_SLOTS }, (_, k) => [
        m.figures[k]?.label ?? null,
        m.figures[k]?.value ?? null,
      ]).flat(),
    ]),
  );
  return writeWorkbook({
    sheets: [
      sheet(
        '各单位情况',
        `${name}（截至${d.asOf}）`,
        BULLETIN_DEPT_HEADERS,
        deptRows(d).map((r) => r.map((v, i): CellInput => (i === 6 || i === 7 ? { value: v, format: '0.0' } : v))),
        [22, 8, 8, 10, 8, 8, 11, 13, 12],
      ),
      sheet(
        '逾期事项',
        `${name}：逾期事项（${overdue.length}项）`,
        OVERDUE_HEADERS,
        overdue.map((t) => [
          t.seq ?? '',
          t.title,
          t.lead,
          { value: t.due, date: true },
          daysLate(t.due, d.asOf),
          t.progress,
        ]),
        [6, 46, 18, 12, 9, 46],
      ),
      sheet(
        '变化情况',
        `${name}：${since ? `自上期通报（${since}）以来的变化` : '变化情况'}`,
        CHANGE_HEADERS,
        changeRows,
        [12, 6, 46, 18, 46],
      ),
      sheet(
        '指标进展',
        `${name}：指标进展（月度原始数据）`,
        INDICATOR_HEADERS,
        indicatorRows,
        [28, 8, 14, 9, 9, 16, 10, 16, 10, 16, 10],
      ),
    ],
  });
}

/** The per-department table as CSV, numbers rounded as the screen shows them. */
export async function bulletinCsv(d: BulletinData): Promise<string> {
  const { default: Papa } = await import('papaparse');
  // BOM: without it Excel and WPS read the file in the local code page; formula-like names are quoted as text.
  return (
    '\uFEFF' +
    Papa.unparse({ fields: [...BULLETIN_DEPT_HEADERS], data: deptRows(d) }, { newline: '\r\n', escapeFormulae: true })
  );
}
