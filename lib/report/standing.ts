import type { ReportPeriod } from './form-types';
import { type ReportEntry, type ReportTask, roleOf } from './types';

/**
 * 报送情况 for one period: per department, its tasks and how they stand, and whether it has reported.
 * A task's state is governed by its lead department: done when the task is done or a lead reported 已完成
 * this period; overdue when not done and past its due date, or a lead reported 滞后.
 */

export interface DepartmentStanding {
  department: string;
  tasks: number;
  lead: number;
  done: number;
  /** Done on or before the task's due date (or the task has none). */
  onTime: number;
  /** Not done and past its due date, or reported 滞后. */
  overdue: number;
  /** Tasks with no report from this department this period. */
  notReported: number;
  reported: boolean;
  lastReportedAt: number | null;
}

export interface TaskState {
  doneOn: string | null;
  onTime: boolean;
  overdue: boolean;
  /** The governing (lead's) report this period, if any. */
  lead: ReportEntry | null;
}

export function taskState(
  t: ReportTask,
  current: Map<string, ReportEntry>,
  period: ReportPeriod,
  today: string,
): TaskState {
  const lead = t.lead.map((d) => current.get(`${t.id}|${d}`)).find((r): r is ReportEntry => !!r) ?? null;
  const doneOn = t.done ? (t.doneAt ?? period.end) : lead?.status === '已完成' ? (lead.doneOn ?? period.end) : null;
  const due = t.due || null;
  return {
    doneOn,
    onTime: !!doneOn && (!due || doneOn <= due),
    overdue: !doneOn && ((!!due && due < today) || lead?.status === '滞后'),
    lead,
  };
}

export function departmentsOf(tasks: readonly ReportTask[]): string[] {
  const seen = new Set<string>();
  for (const t of tasks) for (const d of [...t.lead, ...t.partners]) seen.add(d);
  return [...seen];
}

/** This period's latest report per task × department. */
export function periodReports(reports: readonly ReportEntry[], period: ReportPeriod): Map<string, ReportEntry> {
  const out = new Map<string, ReportEntry>();
  for (const r of reports) {
    if (r.periodStart !== period.start) continue;
    const key = `${r.taskId}|${r.department}`;
    const had = out.get(key);
    if (!had || r.importedAt >= had.importedAt) out.set(key, r);
  }
  return out;
}

export function standings(
  tasks: readonly ReportTask[],
  reports: readonly ReportEntry[],
  period: ReportPeriod,
  today: string,
): DepartmentStanding[] {
  const current = periodReports(reports, period);
  return departmentsOf(tasks).map((department) => {
    const s: DepartmentStanding = {
      department,
      tasks: 0,
      lead: 0,
      done: 0,
      onTime: 0,
      overdue: 0,
      notReported: 0,
      reported: false,
      lastReportedAt: null,
    };
    for (const t of tasks) {
      const role = roleOf(t, department);
      if (!role) continue;
      s.tasks++;
      if (role === 'lead') s.lead++;
      const r = current.get(`${t.id}|${department}`);
      if (r) {
        s.reported = true;
        s.lastReportedAt = Math.max(s.lastReportedAt ?? 0, r.importedAt);
      } else s.notReported++;
      const state = taskState(t, current, period, today);
      if (state.doneOn) s.done++;
      if (state.onTime) s.onTime++;
      if (state.overdue) s.overdue++;
    }
    return s;
  });
}

/** The 催报 message a clerk pastes into 政务微信 or OA. */
export function chaseMessage(
  ledgerTitle: string,
  period: ReportPeriod & { due?: string },
  missing: readonly DepartmentStanding[],
): string {
  if (!missing.length) return '';
  const names = missing.map((m) => `${m.department}（${m.notReported}项未报）`).join('、');
  const due = period.due ? `${Number(period.due.slice(5, 7))}月${Number(period.due.slice(8, 10))}日前` : '尽快';
  return (
    `各成员单位：${ledgerTitle}${period.label}工作进展报送截至目前，${names}尚未报送。` +
    `请于${due}按下发的报送表填写完成状态、进展情况、完成日期和佐证材料，报送医改办。谢谢！`
  );
}
