import { daysBetween } from '../model/calendar';
import { dueState, periodOf, type CyclePeriod, type ReportCycle } from './period';
import { periodReports, standings } from './standing';
import { roleOf, type ReportEntry, type ReportLedger, type ReportTask } from './types';

/**
 * The reminder before the cycle's report due day (每月25日前 → from remindDays days before it until the day
 * itself): for each ledger, who has not reported yet this period. On the office's machine that is the
 * departments; on a department's machine (a ledger imported from a dispatch package) its own tasks not filled.
 */

export interface ReminderLedger {
  ledger: ReportLedger;
  tasks: readonly ReportTask[];
  reports: readonly ReportEntry[];
  /** Set on a department's machine: the department this ledger was dispatched to. */
  department: string | null;
}

export interface ReminderItem {
  ledgerTitle: string;
  /** 'departments': departments not reported (office); 'tasks': own tasks not reported (department). */
  kind: 'departments' | 'tasks';
  missing: string[];
}

export interface ReportReminder {
  period: CyclePeriod;
  /** Days from today to the due day (0 = due today). */
  daysLeft: number;
  items: ReminderItem[];
}

function missingOf(l: ReminderLedger, period: CyclePeriod, today: string): ReminderItem | null {
  if (l.department !== null) {
    const current = periodReports(l.reports, period);
    const department = l.department;
    const missing = l.tasks
      .filter((t) => roleOf(t, department) && !t.done && !current.has(`${t.id}|${department}`))
      .map((t) => t.title);
    return missing.length ? { ledgerTitle: l.ledger.title, kind: 'tasks', missing } : null;
  }
  const missing = standings(l.tasks, l.reports, period, today)
    .filter((s) => !s.reported)
    .map((s) => s.department);
  return missing.length ? { ledgerTitle: l.ledger.title, kind: 'departments', missing } : null;
}

/** The reminder to show on `today`, or null: not yet in the reminder days, past the due day, or all reported. */
export function reportReminder(
  cycle: ReportCycle,
  today: string,
  ledgers: readonly ReminderLedger[],
): ReportReminder | null {
  const period = periodOf(cycle, today);
  const state = dueState(cycle, period, today);
  if (state !== 'remind' && state !== 'dueToday') return null;
  const items = ledgers.flatMap((l) => missingOf(l, period, today) ?? []);
  return items.length ? { period, daysLeft: daysBetween(today, period.due), items } : null;
}
