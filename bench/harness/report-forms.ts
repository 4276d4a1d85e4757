import { readReportForm, writeReportForm, type ReportFormInput } from '../../lib/report/form';

/** 50 departments × 200 tasks: the dispatch of a big county's cycle, written and read back. */
export const REPORT_FORMS_SOURCE = 'writeReportForm + readReportForm（lib/report/form）';

export function departmentForms(departments: number, tasksEach: number): ReportFormInput[] {
  return Array.from({ length: departments }, (_, d) => ({
    ledgerId: 'bench-ledger',
    ledgerTitle: '某市深化医药卫生体制改革重点工作任务台账',
    department: `成员单位${d + 1}`,
    period: { label: '2026年11月', start: '2026-11-01', end: '2026-11-30' },
    tasks: Array.from({ length: tasksEach }, (_task, i) => ({
      id: `task-${d}-${i}`,
      seq: String(i + 1),
      title: `第${i + 1}项：推进紧密型县域医共体建设，完善医保总额付费、结余留用、合理超支分担机制`,
      role: i % 3 ? ('partner' as const) : ('lead' as const),
      deadlineText: '2026年12月底前',
      due: '2026-12-31',
      lastProgress: i % 2 ? '已完成方案起草，正在征求意见' : null,
    })),
  }));
}

/** Writes every form, reads every form back; the ratio is reading over writing the same files. */
export async function reportFormsRoundTrip(departments: number, tasksEach: number) {
  const inputs = departmentForms(departments, tasksEach);
  let start = performance.now();
  const files: Uint8Array[] = [];
  for (const input of inputs) files.push(await writeReportForm(input));
  const writeMs = performance.now() - start;
  start = performance.now();
  let rows = 0;
  for (const f of files) {
    const back = await readReportForm(f);
    if (back.error || back.rows.length !== tasksEach)
      throw new Error(`read back ${back.rows.length} rows: ${back.error}`);
    rows += back.rows.length;
  }
  const readMs = performance.now() - start;
  return {
    source: REPORT_FORMS_SOURCE,
    departments,
    tasksEach,
    rows,
    bytes: files.reduce((s, f) => s + f.length, 0),
    writeMs,
    readMs,
  };
}
