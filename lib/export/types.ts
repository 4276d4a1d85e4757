import type { IndicatorStatus } from '../model/indicator/evaluate';

export type TaskStatus = 'done' | 'overdue' | 'due-soon' | 'open' | 'undated';

export interface TaskRow {
  id: string;
  ledgerId: string;
  ledgerTitle: string;
  seq: string;
  title: string;
  /** Lead departments joined with 、 for the sheet; `leads` keeps them apart for the summaries. */
  lead: string;
  leads: string[];
  partners: string;
  deadlineText: string;
  /** Effective due date (a recurring task's next occurrence); '' = none. */
  due: string;
  status: TaskStatus;
  doneAt: string | null;
  notes: string;
}

export interface GroupSummary {
  name: string;
  total: number;
  done: number;
  overdue: number;
  dueSoon: number;
  /** done / total, 0..1; null for an empty group. */
  rate: number | null;
}

export interface IndicatorRow {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  measure: string;
  month: string;
  value: number | null;
  target: string;
  gap: number | null;
  status: IndicatorStatus;
  /** value − value of the previous month; null when either is unknown. */
  vsPrevMonth: number | null;
  /** value − value in the last recorded snapshot; null when either is unknown. */
  vsLastSnapshot: number | null;
}

export interface MonthlyRow {
  unitName: string;
  indicator: string;
  measure: string;
  month: string;
  value: number | null;
  /** The raw figures behind the value that month (each 录入项 as aggregated: numerator, denominator…). */
  figures?: Array<{ label: string; value: number | null }>;
}

export interface Snapshot {
  asOf: string;
  month: string;
  soonDays: number;
  tasks: TaskRow[];
  byLedger: GroupSummary[];
  byDepartment: GroupSummary[];
  total: GroupSummary;
  indicators: IndicatorRow[];
  monthly: MonthlyRow[];
}
