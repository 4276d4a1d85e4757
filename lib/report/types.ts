import type { ReportPeriod } from './form-types';
import type { ReportRecord } from '../model/records';

/** One department's progress report on one task for one period (schema v2's reports table). */
export type ReportEntry = ReportRecord;

/** What report logic needs of a task. */
export interface ReportTask {
  id: string;
  ledgerId: string;
  seq: string | null;
  title: string;
  lead: string[];
  partners: string[];
  deadlineText: string;
  deadlineKind: 'date' | 'span' | 'recurring' | 'open';
  due: string;
  done: 0 | 1;
  doneAt: string | null;
  progress: string | null;
}

export interface ReportLedger {
  id: string;
  title: string;
}

export type Role = 'lead' | 'partner';

export function roleOf(task: ReportTask, department: string): Role | null {
  if (task.lead.includes(department)) return 'lead';
  if (task.partners.includes(department)) return 'partner';
  return null;
}

export const samePeriod = (a: ReportPeriod, b: { start: string; end: string }) =>
  a.start === b.start && a.end === b.end;

/** The latest report of each task × department (by import time, then report time). */
export function latestReports(reports: readonly ReportEntry[]): Map<string, ReportEntry> {
  const out = new Map<string, ReportEntry>();
  for (const r of reports) {
    const key = `${r.taskId}|${r.department}`;
    const had = out.get(key);
    if (
      !had ||
      r.periodStart > had.periodStart ||
      (r.periodStart === had.periodStart && r.importedAt >= had.importedAt)
    )
      out.set(key, r);
  }
  return out;
}
